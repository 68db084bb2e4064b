namespace GovReportDocs.NationalFormat;

/// <summary>
/// A table row that holds numbers, as readers walk it: its rightmost label starting on the row (null for a row of
/// numbers only, as in 表四) and its data in column order.
/// </summary>
internal sealed record DataRow(int Row, string? Label, IReadOnlyList<Datum> Data);
