using System.Collections.Concurrent;
using GovReportDocs.Composition;
using GovReportDocs.Model;
using GovReportDocs.Narrative;
using GovReportDocs.Pdf.Fonts;
using GovReportDocs.Pdf.Layout;
using GovReportDocs.Pdf.Licensing;

namespace GovReportDocs.Pdf;

/// <summary>
/// Renders a report as PDF for publication: the same parts and tables as the .docx, CJK fonts embedded as
/// subsets, laid out per GB/T 9704. Thread-safe; fonts are discovered once per set of sources and cached;
/// the same report gives the same bytes. Choose the PDFsharp licence first (<see cref="PdfLicence"/>).
/// </summary>
public static class PdfRenderer
{
    private static readonly ConcurrentDictionary<FontCatalog, FontSelection> Selections = new();

    /// <summary>Composes and renders a report.</summary>
    /// <exception cref="PdfLicenceException">No PDFsharp licence was chosen.</exception>
    /// <exception cref="FontNotFoundException">A role has no usable font.</exception>
    /// <exception cref="NarrativeException">A template or a text of the input cannot be rendered.</exception>
    public static PdfRenderResult Render(AnnualReport report, NarrativeTemplates? templates = null, PdfRenderOptions? options = null) =>
        Render(ReportComposer.Compose(report, templates), options);

    /// <summary>Renders a composed report.</summary>
    /// <exception cref="PdfLicenceException">No PDFsharp licence was chosen.</exception>
    /// <exception cref="FontNotFoundException">A role has no usable font.</exception>
    public static PdfRenderResult Render(ComposedReport report, PdfRenderOptions? options = null)
    {
        PdfLicence.EnsureChosen();
        var fonts = Fonts(options);
        var metrics = new GlyphMetrics(fonts);
        var canvas = new DocumentLayout(metrics).Lay(report);
        var bytes = DeterministicPdf.Normalize(PdfWriter.Write(canvas, metrics, report));
        return new PdfRenderResult(bytes, fonts.Substitutions, canvas.Pages.Count);
    }

    /// <summary>The faces each role will use, and the substitutions, without rendering.</summary>
    /// <exception cref="FontNotFoundException">A role has no usable font.</exception>
    public static FontSelection Fonts(PdfRenderOptions? options = null) =>
        Selections.GetOrAdd(FontCatalog.Discover(options?.FontSources), FontSelection.Choose);
}
