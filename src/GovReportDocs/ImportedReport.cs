using GovReportDocs.Diagnostics;
using GovReportDocs.Model;

namespace GovReportDocs;

/// <summary>A published report turned into an input model.</summary>
/// <param name="Report">The model: what the report printed; numbers it lacks are 0.</param>
/// <param name="Notes">Warnings: the numbers (grouped as a check groups them) and tables the report lacks, to be checked by hand.</param>
/// <param name="Appendix">Parts 五 and 六 as published, as YAML comments to append to the input file.</param>
public sealed record ImportedReport(AnnualReport Report, IReadOnlyList<Diagnostic> Notes, string Appendix);
