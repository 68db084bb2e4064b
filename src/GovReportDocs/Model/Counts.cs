namespace GovReportDocs.Model;

/// <summary>The invariant of every number in the model: a count is 0 … <see cref="Limits.MaxCount"/>, an amount 0 … <see cref="Limits.MaxAmount"/>.</summary>
internal static class Counts
{
    public static int Checked(int value, string name) =>
        value is >= 0 and <= Limits.MaxCount
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"应为0至{Limits.MaxCount}之间的整数");

    public static decimal Checked(decimal value, string name) =>
        value >= 0 && value <= Limits.MaxAmount
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"应为0至{Limits.MaxAmount}之间的数");
}
