
namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>
/// One drawn letter, in page coordinates measured from the top-left corner (y grows downwards, as a reader
/// scans), so sorting by <see cref="Baseline"/> is reading order.
/// </summary>
/// <param name="Text">The letter (a ligature may hold several).</param>
/// <param name="Left">Where its advance starts.</param>
/// <param name="Right">Where its advance ends.</param>
/// <param name="Baseline">Its baseline.</param>
/// <param name="Size">Its size in points, after every text scaling.</param>
internal readonly record struct PdfGlyph(string Text, double Left, double Right, double Baseline, double Size)
{
    /// <summary>Middle of the advance.</summary>
    public double CenterX => (Left + Right) / 2;

    /// <summary>About the middle of a CJK glyph's body, which stands mostly above the baseline.</summary>
    public double CenterY => Baseline - Size * 0.35;

    /// <summary>Whether the PDF drew a space just before this letter.</summary>
    public bool AfterSpace { get; init; }

    /// <summary>
    /// Whether the letter is set heavy: in a bold or 黑体 face (`XEKKFX+黑体`, `SimHei`, `…-Bold`), or thickened by being
    /// drawn twice (Word, WPS) or filled and stroked (ours). Part titles are set so.
    /// </summary>
    public bool Heavy { get; init; }

    /// <summary>Whether the letter is white space (drawn spaces, ideographic spaces).</summary>
    public bool IsSpace => string.IsNullOrWhiteSpace(Text) || Text == "\u3000";
}

/// <summary>A straight horizontal or vertical stroke of the page (a table border, a rule), top-left coordinates.</summary>
/// <param name="IsHorizontal">Horizontal (runs along x) or vertical (runs along y).</param>
/// <param name="At">Its y when horizontal, its x when vertical.</param>
/// <param name="From">Where it starts along its direction.</param>
/// <param name="To">Where it ends (≥ <paramref name="From"/>).</param>
internal readonly record struct Ruling(bool IsHorizontal, double At, double From, double To);

/// <summary>What one page holds for the reader: its size, its letters and its strokes.</summary>
internal sealed record PdfPageContent(int Number, double Width, double Height, IReadOnlyList<PdfGlyph> Glyphs, IReadOnlyList<Ruling> Rulings);
