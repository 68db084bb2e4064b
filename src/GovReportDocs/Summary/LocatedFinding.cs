using GovReportDocs.Diagnostics;

namespace GovReportDocs.Summary;

/// <summary>A finding with its place in the report as a reader of the report names it: 第三部分 表三 第二行…, not a source line.</summary>
/// <param name="Diagnostic">The finding as the check gave it.</param>
/// <param name="Place">第几部分, and the table's row and column for a number; 全文 when it is about the whole report.</param>
internal sealed record LocatedFinding(Diagnostic Diagnostic, string Place);
