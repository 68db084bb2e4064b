namespace GovReportDocs.Model;

/// <summary>The invariant of every number in the model: a count is 0 … <see cref="Limits.MaxCount"/>, an amount 0 … <see cref="Limits.MaxAmount"/>.</summary>
internal static class Counts
{
    public static int Checked(int value, string name) =>
        value is >= 0 and <= Limits.MaxCount
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"应为0至{Limits.MaxCount}之间的整数");

    /// <summary>
    /// Largest value of a row of 表三 that is a sum (三（七）总计 adds 21 rows): totals are not cells, so a total of cells
    /// within <see cref="Limits.MaxCount"/> never fails; 7 columns of it still fit an int.
    /// </summary>
    public const int MaxRowSum = 21 * Limits.MaxCount;

    /// <summary>A value of a row of 表三, which may be a sum of rows (<see cref="MaxRowSum"/>).</summary>
    public static int CheckedRow(int value, string name) =>
        value is >= 0 and <= MaxRowSum
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"应为0至{MaxRowSum}之间的整数");

    public static decimal Checked(decimal value, string name) =>
        value >= 0 && value <= Limits.MaxAmount
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"应为0至{Limits.MaxAmount}之间的数");
}
