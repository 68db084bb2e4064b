using GovReportDocs.NationalFormat;

namespace GovReportDocs.Reading.Lines;

/// <summary>The cells of one table row read from numbers a copy printed together.</summary>
/// <param name="Printed">The row's numbers as printed, cut at white space (`8018`, `20 0 0 0 02`).</param>
/// <param name="Splits">
/// Each way of cutting them into the row's cells that the row's own rules (its totals, 现行有效件数) allow, likeliest
/// first; the first is the one read. More than one makes the row a guess, unless the rest of the report settles it.
/// </param>
/// <param name="Data">The row's cells, in column order.</param>
internal sealed record GluedRow(IReadOnlyList<string> Printed, IReadOnlyList<IReadOnlyList<string>> Splits, IReadOnlyList<Datum> Data)
{
    /// <summary>
    /// The digits of a group no split fits (表四 split group by group), left missing while the other groups are read;
    /// null when every cell was read.
    /// </summary>
    public string? Unsplit { get; init; }

    /// <summary>Each cell's text as read.</summary>
    public IReadOnlyList<string> Pieces => Splits[0];

    /// <summary>Each cell's value as read; null where the row printed a missing mark.</summary>
    public IReadOnlyList<decimal?> Values => ValuesOf(Pieces);

    /// <summary>Whether the row's own rules left more than one split and the likeliest was taken.</summary>
    public bool IsGuess => Splits.Count > 1;

    /// <summary>What a reviewer is told of a guess: the row, the digits as printed, the cells they were read as.</summary>
    public string GuessNote
    {
        get
        {
            // 表四's one row of numbers spans three groups: it is named by its table alone.
            var row = Data.Select(d => d.RowLabel).Distinct().Count() == 1 ? $"{Data[0].Table}“{Data[0].RowLabel}”行的数字" : $"{Data[0].Table}的数字";
            return $"{row}“{string.Join(" ", Printed)}”连在一起，按{string.Join("、", Pieces)}读出，请核对原报告";
        }
    }

    /// <summary>The values of a split: a number, or null for a missing mark.</summary>
    public static IReadOnlyList<decimal?> ValuesOf(IReadOnlyList<string> pieces) => pieces.Select(ValueOf).ToList();

    /// <summary>A cell's value as read: a number, or null for a missing mark; plain digits (every piece of a split) read at once.</summary>
    public static decimal? ValueOf(string piece) =>
        CellValue.PlainCount(piece) ?? (CellValue.TryRead(new SourceCell(piece, 0), out var value) ? value : null);
}
