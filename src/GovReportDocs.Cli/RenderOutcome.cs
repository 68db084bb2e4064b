using GovReportDocs.Diagnostics;

namespace GovReportDocs.Cli;

/// <summary>What happened to one input of `govreport render`.</summary>
internal enum RenderStatus
{
    Rendered,
    Refused,
    Unreadable,
}

/// <summary>One input's result: its findings, and the documents to write when it rendered.</summary>
internal sealed record RenderOutcome(string Input, RenderStatus Status, IReadOnlyList<Diagnostic> Diagnostics)
{
    public string? Title { get; init; }

    /// <summary>Extension (".docx") → bytes.</summary>
    public IReadOnlyList<(string Extension, byte[] Bytes)> Documents { get; init; } = [];
}
