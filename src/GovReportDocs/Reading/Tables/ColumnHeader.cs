namespace GovReportDocs.Reading.Tables;

/// <summary>A header label of a block of a table, normalised, and the column of numbers under it (-1: none, e.g. 信息内容).</summary>
internal sealed record ColumnHeader(string Compared, int Column);
