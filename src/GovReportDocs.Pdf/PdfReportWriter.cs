namespace GovReportDocs.Pdf;

/// <summary>
/// The PDF as one of a host's outputs (<see cref="ReportWriters"/>): a host that offers PDF registers it with the
/// fonts it found, e.g. <c>ReportWriters.Core.Insert(new PdfReportWriter(options), beforeId: "html")</c>. Characters
/// the fonts lack are returned as warnings.
/// </summary>
public sealed class PdfReportWriter(PdfRenderOptions? options = null) : IReportWriter
{
    private readonly PdfRenderOptions _options = options ?? new();

    /// <inheritdoc />
    public OutputFormat Format { get; } = new("pdf", ".pdf", "application/pdf", "PDF", "供发布");

    /// <inheritdoc />
    /// <exception cref="Fonts.FontNotFoundException">A role has no usable font.</exception>
    public ReportOutput Write(ReportDocument document, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = PdfRenderer.Render(document.Renderable(), _options, cancellation);
        return new ReportOutput(result.Bytes) { Warnings = [.. result.MissingGlyphs.Select(m => $"字体 {m}")] };
    }

    /// <summary>The core's writers with the PDF between .docx and HTML, the order the command line and the editor list them.</summary>
    public static ReportWriters With(ReportWriters writers, PdfRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writers);
        return writers.Insert(new PdfReportWriter(options), beforeId: "html");
    }
}
