using GovReportDocs.Diagnostics;

namespace GovReportDocs.Cli;

/// <summary>
/// What a batch keeps of one input once its document is released: enough for the closing lines, the JSON and the
/// exit code, so memory stays flat however many inputs a batch has. Diagnostics are kept only for the JSON.
/// </summary>
internal sealed class RenderOutcome(ReportDocument document, string? refusal, bool nameConflict, bool keepDiagnostics) : IReportFindings
{
    public string Source { get; } = document.Source;

    public string? Agency { get; } = document.Agency;

    public int? Year { get; } = document.Year;

    public string? Title { get; } = document.Title;

    public IReadOnlyList<Diagnostic> Diagnostics { get; } = keepDiagnostics ? document.Diagnostics : [];

    public bool IsUnreadable { get; } = document.IsUnreadable;

    public bool CanRender { get; } = document.CanRender;

    /// <summary>Why it is not rendered (its errors, or its file name cannot be written), or null.</summary>
    public string? Refusal { get; } = refusal;

    /// <summary>Refused because its title is too long for a file name or another input claimed it first.</summary>
    public bool NameConflict { get; } = nameConflict;

    public List<string> Outputs { get; } = [];

    /// <summary>What the writers warn of (characters the PDF fonts lack).</summary>
    public List<string> Warnings { get; } = [];

    public string? Failure { get; set; }
}
