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
internal sealed class GlyphMetrics : IGlyphMeasure
{
    private const double Reference = 1000;
    private static readonly ConcurrentDictionary<(string Face, int CodePoint), double> Widths = new();
    private static readonly object MeasureLock = new();
    private static XGraphics? _measure;
    private readonly Dictionary<FontRole, string> _faces;

    /// <summary>Registers each role's face with the resolver once, for every later measure and draw.</summary>
    public GlyphMetrics(FontSelection fonts) =>
        _faces = Enum.GetValues<FontRole>().ToDictionary(role => role, role => FaceResolver.Instance.Register(fonts[role]));

    public double Width(string text, FontRole role, double size)
    {
        var face = _faces[role];
        var total = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            total += Widths.GetOrAdd((face, rune.Value), key => Measure(key.Face, key.CodePoint));
        }

        return total * size / Reference;
    }

    public XFont Font(FontRole role, double size) =>
        new(_faces[role], size, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    private static double Measure(string face, int codePoint)
    {
        lock (MeasureLock)
        {
            _measure ??= XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
            var font = new XFont(face, Reference, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
            return _measure.MeasureString(char.ConvertFromUtf32(codePoint), font).Width;
        }
    }
}
