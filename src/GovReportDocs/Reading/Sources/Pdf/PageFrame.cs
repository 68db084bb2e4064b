namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>
/// A page's visible box (its crop box, in PDF units from the bottom-left) and how a letter drawn on it becomes a
/// <see cref="PdfGlyph"/>: one rule for both ways of reading a page (<see cref="TextOperatorPage"/> and PdfPig's).
/// </summary>
internal readonly record struct PageFrame(double Left, double Top, double Width, double Height)
{
    /// <summary>
    /// Keeps a letter whose advance runs from <paramref name="startX"/> to <paramref name="endX"/> on the baseline
    /// <paramref name="baselineY"/> (PDF coordinates) when it has a size and its middle lies on the page. A letter
    /// <paramref name="stroked"/> as well as filled (text render mode 2) is heavy: a face without a bold is thickened
    /// so (ours, LibreOffice's), as it is by drawing it twice (<see cref="TextLine"/>).
    /// </summary>
    public void Keep(List<PdfGlyph> glyphs, string text, double startX, double endX, double baselineY, double size, string? fontName, bool stroked)
    {
        var glyph = new PdfGlyph(text, startX - Left, endX - Left, Top - baselineY, size) { Heavy = stroked || HeavyFace.Is(fontName) };
        if (size > 0 && glyph.CenterX >= 0 && glyph.CenterX <= Width && glyph.CenterY >= 0 && glyph.CenterY <= Height)
        {
            glyphs.Add(glyph);
        }
    }
}
