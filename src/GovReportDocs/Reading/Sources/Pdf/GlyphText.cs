using System.Text;

namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>
/// The text of a run of letters on one line. PDFs rarely draw spaces (Word and WPS place each letter or word
/// by position), so a space is put back only between Latin letters or digits that stand apart; never next to
/// a CJK character, whose lines have no spaces, and not inside a number that justification spread out.
/// </summary>
internal static class GlyphText
{
    private const double WordGap = 0.25;
    private const double NumberGap = 0.6;

    /// <summary>Letters [from, to) of a line.</summary>
    public static string Compose(IReadOnlyList<PdfGlyph> glyphs, int from, int to)
    {
        var text = new StringBuilder(to - from);
        for (var i = from; i < to; i++)
        {
            var letter = glyphs[i].Text;
            if (i > from && text.Length > 0)
            {
                var before = text[^1];
                var after = letter[0];
                var gap = glyphs[i].Left - glyphs[i - 1].Right;
                var apart = char.IsDigit(before) && char.IsDigit(after) ? NumberGap : WordGap;
                if (!IsWide(before) && !IsWide(after) && (glyphs[i].AfterSpace || gap > apart * glyphs[i].Size))
                {
                    text.Append(' ');
                }
            }

            text.Append(letter);
        }

        return text.ToString();
    }

    /// <summary>CJK characters and full-width punctuation: text set without spaces.</summary>
    public static bool IsWide(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFFEF'
            or '—' or '…' or '“' or '”' or '‘' or '’' or '·' || char.IsSurrogate(c);
}
