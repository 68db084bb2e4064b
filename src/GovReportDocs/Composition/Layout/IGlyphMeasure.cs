using GovReportDocs.NationalFormat;

namespace GovReportDocs.Composition.Layout;

/// <summary>
/// How wide text is in a role's face: the one thing layout asks of fonts. The PDF's GlyphMetrics measures the
/// chosen faces; <see cref="FixedPitchGlyphs"/> measures without any font, so line breaking and pagination can be
/// tested on any machine.
/// </summary>
internal interface IGlyphMeasure
{
    /// <summary>Advance width of <paramref name="text"/> at <paramref name="size"/> points, unscaled.</summary>
    double Width(string text, FontRole role, double size);
}
