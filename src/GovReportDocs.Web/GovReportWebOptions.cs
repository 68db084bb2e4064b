using GovReportDocs.Pdf;

namespace GovReportDocs.Web;

/// <summary>What the web editor works on and how it guards itself.</summary>
public sealed record GovReportWebOptions
{
    /// <summary>The folder of input files (.yaml, .yml, .json) the editor lists, opens and writes; nothing outside it is touched.</summary>
    public required string Directory { get; init; }

    /// <summary>Narrative templates and other options for checking and rendering; its file resolver is replaced by one confined to <see cref="Directory"/>.</summary>
    public ReportOptions Report { get; init; } = ReportOptions.Default;

    /// <summary>Fonts for the PDF download.</summary>
    public PdfRenderOptions Pdf { get; init; } = new();

    /// <summary>
    /// The downloads the editor offers, one button each, in this order; null offers the core's writers with the PDF
    /// (using <see cref="Pdf"/>): .docx, PDF, HTML and the workbook of the tables. A platform adds its own writer here.
    /// </summary>
    public ReportWriters? Writers { get; init; }

    /// <summary>The downloads offered: <see cref="Writers"/>, or the default ones.</summary>
    internal ReportWriters Outputs => Writers ?? PdfReportWriter.With(ReportWriters.Core, Pdf);

    /// <summary>
    /// Accept only requests whose Host is a loopback name (127.0.0.1, localhost, [::1]): a page elsewhere cannot reach a
    /// local editor through a DNS name rebound to 127.0.0.1. Right for <c>govreport serve</c>; a platform behind its own
    /// host names leaves it off.
    /// </summary>
    public bool LoopbackHostOnly { get; init; }

    /// <summary>
    /// When set, every request (pages, assets and API) must carry this token: once in the address (<c>?token=…</c>, which
    /// sets an HttpOnly, SameSite=Strict cookie and sends the browser on without it) or as <c>Authorization: Bearer …</c>;
    /// any other is refused with 401. <c>govreport serve --urls</c> sets a random one for an address other computers reach.
    /// </summary>
    public string? AccessToken { get; init; }
}
