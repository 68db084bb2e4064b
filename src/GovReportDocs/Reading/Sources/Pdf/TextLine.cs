
namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>One visual line of letters, left to right, with its extent on the page (top-left coordinates).</summary>
internal sealed class TextLine(IReadOnlyList<PdfGlyph> glyphs)
{
    /// <summary>The letters, left to right, without drawn spaces and doubled (fake bold) strokes.</summary>
    public IReadOnlyList<PdfGlyph> Glyphs { get; } = glyphs;

    public string Text { get; } = GlyphText.Compose(glyphs, 0, glyphs.Count);

    public double Left => Glyphs[0].Left;

    public double Right => Glyphs[^1].Right;

    /// <summary>The baseline of the first letter.</summary>
    public double Baseline => Glyphs[0].Baseline;

    /// <summary>The largest letter size.</summary>
    public double Size { get; } = glyphs.Max(g => g.Size);

    /// <summary>Whether most of its letters are set heavy (bold, 黑体): a title's look.</summary>
    public bool IsHeavy { get; } = glyphs.Count(g => g.Heavy) * 2 > glyphs.Count;

    /// <summary>Roughly where the letters' tops are.</summary>
    public double Top => Baseline - Size * 0.9;
}

/// <summary>Groups letters into lines: letters whose baselines are within a fraction of their size share a line.</summary>
internal static class TextLines
{
    private const double SameBaseline = 0.4;
    private const double SamePlace = 0.3;

    /// <summary>The lines of some letters, top to bottom.</summary>
    public static List<TextLine> Of(List<PdfGlyph> glyphs)
    {
        var lines = new List<TextLine>();
        if (glyphs.Count == 0)
        {
            return lines;
        }

        glyphs.Sort(static (a, b) => a.Baseline != b.Baseline ? a.Baseline.CompareTo(b.Baseline) : a.Left.CompareTo(b.Left));
        var start = 0;
        for (var i = 1; i <= glyphs.Count; i++)
        {
            if (i == glyphs.Count || glyphs[i].Baseline - glyphs[start].Baseline > SameBaseline * Math.Max(glyphs[start].Size, glyphs[i].Size))
            {
                if (Line(glyphs, start, i) is { } line)
                {
                    lines.Add(line);
                }

                start = i;
            }
        }

        return lines;
    }

    private static TextLine? Line(List<PdfGlyph> glyphs, int from, int to)
    {
        var letters = glyphs.GetRange(from, to - from);
        letters.Sort(static (a, b) => a.Left.CompareTo(b.Left));
        var kept = new List<PdfGlyph>(letters.Count);
        var spaceBefore = false;
        foreach (var glyph in letters)
        {
            if (glyph.IsSpace)
            {
                spaceBefore = true;
                continue;
            }

            // Word and WPS thicken 黑体 by drawing each letter twice, a fraction of a point apart.
            if (kept.Count > 0 && kept[^1].Text == glyph.Text && Math.Abs(kept[^1].Left - glyph.Left) < SamePlace * glyph.Size)
            {
                kept[^1] = kept[^1] with { Heavy = true };
                continue;
            }

            kept.Add(glyph with { AfterSpace = spaceBefore && kept.Count > 0 });
            spaceBefore = false;
        }

        return kept.Count == 0 ? null : new TextLine(kept);
    }
}
