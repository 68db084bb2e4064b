using GovReportDocs.NationalFormat;
using GovReportDocs.Normalization;

namespace GovReportDocs.Reading.Tables;

/// <summary>
/// A table row with numbers as the readers look for it: its label and the label's variants normalised once (none for
/// 表四's rows of numbers only), and its data in column order.
/// </summary>
internal sealed record ReadableRow(string[] Labels, IReadOnlyList<Datum> Data)
{
    private static readonly Dictionary<TableDescription, IReadOnlyList<ReadableRow>> ByTable =
        ReportTables.All.ToDictionary(t => t, t => (IReadOnlyList<ReadableRow>)[.. t.DataRows.Select(From)]);

    /// <summary>The normalised label, or null for a row of numbers only.</summary>
    public string? Label => Labels.FirstOrDefault();

    /// <summary>The label as the format prints it.</summary>
    public string? Original { get; init; }

    /// <summary>The rows of a table that hold numbers, in order.</summary>
    public static IReadOnlyList<ReadableRow> Of(TableDescription table) => ByTable[table];

    /// <summary>The rows that hold numbers of every table, 表二 to 表四.</summary>
    public static IReadOnlyList<ReadableRow> All { get; } = [.. ReportTables.All.SelectMany(Of)];

    private static ReadableRow From(DataRow row) =>
        new(row.Label is null ? [] : [.. new[] { row.Label }.Concat(LabelVariants.Of(row.Label)).Select(ChineseNormalizer.Normalize)], row.Data)
        {
            Original = row.Label,
        };
}
