using GovReportDocs.Diagnostics;

namespace GovReportDocs.Input;

/// <summary>The outcome of reading an input file.</summary>
/// <param name="Loaded">The report, or null when the file could not be read.</param>
/// <param name="Diagnostics">What was wrong: input errors, and R1/R4 errors found while reading table rows.</param>
public sealed record InputLoadResult(LoadedReport? Loaded, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether the file (or last year's file it names) could not be read at all.</summary>
    public bool IsUnreadable => Loaded is null || Diagnostics.Any(d => d.Rule == RuleIds.Input);
}
