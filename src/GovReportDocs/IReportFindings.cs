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
}

/// <summary>Counting findings.</summary>
public static class ReportFindings
{
    /// <summary>Whether any finding is an error.</summary>
    public static bool HasErrors(this IReportFindings findings) => findings.Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The errors.</summary>
    public static IEnumerable<Diagnostic> Errors(this IReportFindings findings) => findings.Diagnostics.Where(d => d.Severity == Severity.Error);

    /// <summary>The warnings.</summary>
    public static IEnumerable<Diagnostic> Warnings(this IReportFindings findings) => findings.Diagnostics.Where(d => d.Severity == Severity.Warning);

    /// <summary>The number of errors.</summary>
    public static int ErrorCount(this IReportFindings findings) => findings.Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>The number of warnings.</summary>
    public static int WarningCount(this IReportFindings findings) => findings.Diagnostics.Count(d => d.Severity == Severity.Warning);
}
