using System.Collections.Concurrent;
using GovReportDocs.Format;
using GovReportDocs.Pdf.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GovReportDocs.Pdf.Layout;

/// <summary>
/// Character widths of the chosen faces, measured once per face and character at 1,000 pt and cached for the
/// process; measuring never touches a page.
/// </summary>
internal sealed class GlyphMetrics
{
    private const double Reference = 1000;
    private static readonly ConcurrentDictionary<(string Face, char Character), double> Widths = new();
    private static readonly object MeasureLock = new();
    private static XGraphics? _measure;
    private readonly FontSelection _fonts;

    public GlyphMetrics(FontSelection fonts) => _fonts = fonts;

    public double Width(string text, FontRole role, double size)
    {
        var face = FaceResolver.Instance.Register(_fonts[role]);
        var total = 0.0;
        foreach (var c in text)
        {
            total += Widths.GetOrAdd((face, c), key => Measure(key.Face, key.Character));
        }

        return total * size / Reference;
    }

    public XFont Font(FontRole role, double size) =>
        new(FaceResolver.Instance.Register(_fonts[role]), size, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    private static double Measure(string face, char c)
    {
        lock (MeasureLock)
        {
            _measure ??= XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
            var font = new XFont(face, Reference, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
            return _measure.MeasureString(c.ToString(), font).Width;
        }
    }
}
