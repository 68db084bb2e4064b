using GovReportDocs.NationalFormat;

namespace GovReportDocs.Composition.Layout;

/// <summary>
/// The font-free measure (<see cref="NominalWidth"/>: full-width characters one em, ASCII half an em), with the
/// proportions of the CJK faces. The .docx plans where its tables break with it, since Word sets the document with
/// whatever faces the machine has; layout tests use it to run where no CJK font is installed.
/// </summary>
internal sealed class FixedPitchGlyphs : IGlyphMeasure
{
    public static readonly FixedPitchGlyphs Instance = new();

    public double Width(string text, FontRole role, double size) => NominalWidth.Points(text, size);
}
