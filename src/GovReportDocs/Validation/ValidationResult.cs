using GovReportDocs.Diagnostics;

namespace GovReportDocs.Validation;

/// <summary>The findings of a validation, errors first.</summary>
internal sealed record ValidationResult(IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether any finding is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The errors.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);

    /// <summary>The warnings.</summary>
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == Severity.Warning);
}
