using GovReportDocs.Diagnostics;

namespace GovReportDocs;

/// <summary>What checking one report found, whether it came from an input file or was published.</summary>
public interface IReportFindings
{
    /// <summary>The file (or name) it was read from.</summary>
    string Source { get; }

    /// <summary>机关全称, when known.</summary>
    string? Agency { get; }

    /// <summary>报告年度, when known.</summary>
    int? Year { get; }

    /// <summary>Every finding, errors first.</summary>
    IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the file could not be read at all (missing, undecodable, not a report).</summary>
    bool IsUnreadable { get; }

    /// <summary>The title as printed, when known (a report read from an input file); null by default.</summary>
    string? Title => null;
}

/// <summary>Counting findings.</summary>
public static class ReportFindings
{
    /// <summary>Whether any finding not accepted by a reviewer is an error.</summary>
    public static bool HasErrors(this IReportFindings findings) => findings.Errors().Any();

    /// <summary>The errors, but those a reviewer accepted.</summary>
    public static IEnumerable<Diagnostic> Errors(this IReportFindings findings) =>
        findings.Diagnostics.Where(d => d.Severity == Severity.Error && !d.IsAccepted);

    /// <summary>The warnings, but those a reviewer accepted.</summary>
    public static IEnumerable<Diagnostic> Warnings(this IReportFindings findings) =>
        findings.Diagnostics.Where(d => d.Severity == Severity.Warning && !d.IsAccepted);

    /// <summary>The findings a reviewer accepted.</summary>
    public static IEnumerable<Diagnostic> Accepted(this IReportFindings findings) => findings.Diagnostics.Where(d => d.IsAccepted);

    /// <summary>The number of errors, but those a reviewer accepted.</summary>
    public static int ErrorCount(this IReportFindings findings) => findings.Errors().Count();

    /// <summary>The number of warnings, but those a reviewer accepted.</summary>
    public static int WarningCount(this IReportFindings findings) => findings.Warnings().Count();

    /// <summary>The number of findings a reviewer accepted.</summary>
    public static int AcceptedCount(this IReportFindings findings) => findings.Diagnostics.Count(d => d.IsAccepted);
}
