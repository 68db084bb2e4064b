using GovReportDocs.Composition;
using GovReportDocs.Composition.Layout;
using GovReportDocs.Pdf;
using GovReportDocs.Pdf.Layout;
using GovReportDocs.Pdf.Writing;

namespace GovReportDocs.Tests.Stress;

/// <summary>
/// The PDF laid out with the gap LibreOffice 7.4 puts between a Chinese character and a digit or Latin letter, for
/// <see cref="StressRenderingTests"/> only. Measured on its print of a .docx of test lines (年1年1…, 1111年, hhhh年,
/// 1111，, 年-) with Stress/fonts.conf: 0.2 em either way round (3.2 pt at 16 pt, 2.1 pt at 10.5 pt), none beside
/// Chinese punctuation or a hyphen, though the .docx turns it off (w:autoSpaceDE/DN). Word and WPS add none.
/// </summary>
internal static class LibreOfficeSpacing
{
    /// <summary>LibreOffice's gap beside digits and Latin letters, in ems.</summary>
    public const double HanLatinGapEm = 0.2;

    public static byte[] Render(ComposedReport report)
    {
        var fonts = PdfRenderer.Fonts();
        var canvas = new DocumentLayout(new GlyphMetrics(fonts), HanLatinGapEm).Lay(report);
        return PdfDocumentWriter.Write(canvas, fonts, report, tagged: false, CancellationToken.None).Bytes;
    }
}
