using GovReportDocs.NationalFormat;

namespace GovReportDocs.Pdf.Layout;

/// <summary>
/// A font-free measure with the proportions of a CJK face: full-width characters one em, ASCII half an em.
/// Layout tests use it to run where no CJK font is installed.
/// </summary>
internal sealed class FixedPitchGlyphs : IGlyphMeasure
{
    public static readonly FixedPitchGlyphs Instance = new();

    public double Width(string text, FontRole role, double size) => text.Sum(c => c < 128 ? 0.5 : 1.0) * size;
}
