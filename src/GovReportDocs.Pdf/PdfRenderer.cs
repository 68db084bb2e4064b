using System.Collections.Concurrent;
using GovReportDocs.Composition;
using GovReportDocs.Pdf.Fonts;
using GovReportDocs.Composition.Layout;
using GovReportDocs.Pdf.Layout;
using GovReportDocs.Pdf.Writing;

namespace GovReportDocs.Pdf;

/// <summary>
/// Renders a report as PDF for publication: the same parts and tables as the .docx, CJK fonts embedded as
/// subsets, laid out per GB/T 9704. Thread-safe; fonts are discovered once per set of sources and cached;
/// the same report gives the same bytes.
/// </summary>
public static class PdfRenderer
{
    private static readonly ConcurrentDictionary<FontCatalog, FontSelection> Selections = new();

    /// <summary>Renders a checked report.</summary>
    /// <exception cref="FontNotFoundException">A role has no usable font.</exception>
    /// <exception cref="InvalidOperationException">The report has errors (see <see cref="ReportDocument.Diagnostics"/>).</exception>
    public static PdfRenderResult ToPdf(this ReportDocument document, PdfRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Render(document.Renderable(), options);
    }

    /// <summary>Renders a checked report to a stream.</summary>
    /// <inheritdoc cref="ToPdf(ReportDocument, PdfRenderOptions?)"/>
    public static PdfRenderResult WritePdf(this ReportDocument document, Stream output, PdfRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var result = document.ToPdf(options);
        output.Write(result.Bytes);
        return result;
    }

    /// <summary>Renders a checked report to a stream asynchronously.</summary>
    /// <inheritdoc cref="ToPdf(ReportDocument, PdfRenderOptions?)"/>
    public static async Task<PdfRenderResult> WritePdfAsync(this ReportDocument document, Stream output, PdfRenderOptions? options = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        // The rendering honours the token too: a cancelled call stops before the next step or page, not after all of them.
        cancellation.ThrowIfCancellationRequested();
        var result = Render(document.Renderable(), options, cancellation);
        await output.WriteAsync(result.Bytes, cancellation).ConfigureAwait(false);
        return result;
    }

    /// <summary>The substitutions the fonts found here imply, without rendering: call once at start-up to report them.</summary>
    /// <exception cref="FontNotFoundException">A role has no usable font.</exception>
    public static IReadOnlyList<FontSubstitution> CheckFonts(PdfRenderOptions? options = null) => Fonts(options).Substitutions;

    /// <summary>Renders a composed report.</summary>
    internal static PdfRenderResult Render(ComposedReport report, PdfRenderOptions? options = null, CancellationToken cancellation = default)
    {
        var fonts = Fonts(options);
        var metrics = new GlyphMetrics(fonts);
        cancellation.ThrowIfCancellationRequested();
        var canvas = new DocumentLayout(metrics).Lay(report);
        cancellation.ThrowIfCancellationRequested();
        var written = PdfDocumentWriter.Write(canvas, fonts, report, options?.Tagged ?? true, cancellation);
        return new PdfRenderResult(written.Bytes, fonts.Substitutions, canvas.Pages.Count)
        {
            MissingGlyphs = [.. written.MissingGlyphs.Select(m => new MissingGlyphs(m.Key, fonts[m.Key], m.Value))],
        };
    }

    /// <summary>The faces each role will use, and the substitutions.</summary>
    internal static FontSelection Fonts(PdfRenderOptions? options = null) =>
        Selections.GetOrAdd(FontCatalog.Discover(options?.FontSources), FontSelection.Choose);
}
