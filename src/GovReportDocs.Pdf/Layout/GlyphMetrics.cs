using GovReportDocs.NationalFormat;
using GovReportDocs.Composition.Layout;
using GovReportDocs.Pdf.Fonts;

namespace GovReportDocs.Pdf.Layout;

/// <summary>
/// Character widths of the chosen faces, from their own character maps and advance widths (read once per face for
/// the process); measuring never touches a page.
/// </summary>
internal sealed class GlyphMetrics : IGlyphMeasure
{
    private readonly Dictionary<FontRole, TrueTypeFace> _faces;

    public GlyphMetrics(FontSelection fonts) =>
        _faces = Enum.GetValues<FontRole>().ToDictionary(role => role, role => TrueTypeFace.Of(fonts[role]));

    public double Width(string text, FontRole role, double size)
    {
        var face = _faces[role];
        var total = 0L;
        foreach (var rune in text.EnumerateRunes())
        {
            total += face.Advance(face.Glyph(rune.Value));
        }

        return total * size / face.UnitsPerEm;
    }
}
