namespace GovReportDocs.Model;

/// <summary>
/// 一、总体情况: an opening summary and the five aspects. A null aspect is written from the data by the
/// default template; a null introduction is left out.
/// </summary>
public sealed record Overview(
    string? Proactive = null,
    string? OnRequest = null,
    string? Management = null,
    string? Platform = null,
    string? Supervision = null)
{
    /// <summary>The summary paragraphs before （一）; real reports almost always open with one.</summary>
    public string? Introduction { get; init; }

    /// <summary>Every aspect left to the default templates.</summary>
    public static Overview Default { get; } = new();
}
