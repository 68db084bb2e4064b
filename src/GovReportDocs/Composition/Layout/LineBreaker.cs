using System.Text;
using GovReportDocs.Composition;

namespace GovReportDocs.Composition.Layout;

/// <summary>
/// Breaks runs of text into lines: CJK characters break anywhere, digit and Latin runs stay whole (a number with
/// thousands separators too; a web address breaks after / ? &amp; . - _ =, a phone number after its area code's
/// hyphen), no closing punctuation opens a line and no
/// opening punctuation ends one, no last line holds a single character; every line but the last is marked for
/// justification. Widths are natural (unscaled); the caller decides how a line is stretched to its measure.
/// </summary>
internal static class LineBreaker
{
    /// <summary>
    /// The lines of <paramref name="runs"/>; <paramref name="hanLatinGapEm"/> is the space added between a Chinese
    /// character and a digit or Latin letter, in ems: 0 as 公文 are set; a test gives LibreOffice 7.4's to lay the text
    /// out as LibreOffice sets our .docx (<see cref="DocumentLayout"/>).
    /// </summary>
    public static IReadOnlyList<LaidLine> Break(IEnumerable<StyledRun> runs, IGlyphMeasure metrics, double width, double firstIndent, bool justify,
        double hanLatinGapEm = 0)
    {
        var units = Units(runs, metrics, width);
        if (hanLatinGapEm > 0)
        {
            AddHanLatinGaps(units, hanLatinGapEm);
        }

        var lines = new List<LaidLine>();
        var start = 0;
        while (start < units.Count)
        {
            var indent = lines.Count == 0 ? firstIndent : 0;
            var end = Fit(units, start, width - indent);
            end = Adjust(units, start, end);
            if (justify)
            {
                end = Tighten(units, start, end, width - indent);
            }

            var slice = units.GetRange(start, end - start);
            lines.Add(new LaidLine(slice, indent, justify && end < units.Count && slice.Count > 1));
            start = end;
        }

        // A justified paragraph gives up a character only from a long line, which spacing then hardly loosens, and ends
        // on three at least (形象。 alone read as a runt, issue 24); a centred label (表三's …禁止公 / 开) gives one up from
        // any line of three or more and ends on two (…禁止 / 公开).
        AvoidRunt(lines, justify ? 8 : 3, justify ? 3 : 2);

        return lines;
    }

    /// <summary>One past the last unit that fits from <paramref name="start"/>; at least one unit.</summary>
    private static int Fit(List<TextUnit> units, int start, double width)
    {
        var used = 0.0;
        var end = start;
        while (end < units.Count && (end == start || used + units[end].Width <= width + Points.Tolerance))
        {
            used += units[end].Width;
            end++;
        }

        return end;
    }

    /// <summary>
    /// A justified line condensed at most this far (of the measure) to take the unbreakable unit that would otherwise
    /// go down and leave it loose: 2828531件， after 结转下年度继续办理 is 1.8 % too wide, and left out it spread the
    /// line by a third of a character between every two.
    /// </summary>
    private const double MaxTightening = 0.03;

    /// <summary>
    /// Takes the unit after the break, with the closing marks that must follow it, onto the line when that condenses
    /// the line less than leaving the unit out would spread it, and by no more than <see cref="MaxTightening"/>: a
    /// typesetter tightens a line a little rather than letter-space it before a number and its measure word.
    /// </summary>
    private static int Tighten(List<TextUnit> units, int start, int end, double width)
    {
        if (end >= units.Count || end == start)
        {
            return end;
        }

        var used = 0.0;
        for (var i = start; i < end; i++)
        {
            used += units[i].Width;
        }

        var through = end + 1;
        while (through < units.Count && Kinsoku.CannotStartLine(units[through].Text[0]))
        {
            through++;
        }

        var taken = used;
        for (var i = end; i < through; i++)
        {
            taken += units[i].Width;
        }

        var over = taken - width;
        var loose = width - used;
        var fits = through < units.Count && over > Points.Tolerance && over < loose && over <= MaxTightening * width
            && !Kinsoku.CannotEndLine(units[through - 1].Text[^1]);
        return fits ? through : end;
    }

    /// <summary>Moves a break back so the next line opens with no closing mark and this one ends with no opening mark.</summary>
    private static int Adjust(List<TextUnit> units, int start, int end)
    {
        if (end >= units.Count)
        {
            return end;
        }

        var adjusted = end;
        while (adjusted - start > 1 && Kinsoku.CannotStartLine(units[adjusted].Text[0]))
        {
            adjusted--;
        }

        while (adjusted - start > 1 && Kinsoku.CannotEndLine(units[adjusted - 1].Text[^1]))
        {
            adjusted--;
        }

        return adjusted - start >= 1 ? adjusted : end;
    }

    private static List<TextUnit> Units(IEnumerable<StyledRun> runs, IGlyphMeasure metrics, double width)
    {
        // At most one unit per character: sized once, the list is never grown and copied (that was a tenth of layout).
        var list = runs as IReadOnlyList<StyledRun> ?? runs.ToList();
        var characters = 0;
        for (var i = 0; i < list.Count; i++)
        {
            characters += list[i].Text.Length;
        }

        var units = new List<TextUnit>(characters);
        foreach (var run in list)
        {
            var atomic = new StringBuilder();
            void FlushAtomic()
            {
                if (atomic.Length == 0)
                {
                    return;
                }

                AddAtomic(units, atomic.ToString(), run, metrics, width);
                atomic.Clear();
            }

            // By code point: a character outside the BMP (𠀀, an emoji) is one unit, never split between lines.
            var runes = run.Text.EnumerateRunes().ToArray();
            for (var r = 0; r < runes.Length; r++)
            {
                var rune = runes[r];
                if (rune.IsBmp && (Kinsoku.IsAtomic((char)rune.Value) || ThousandsComma(atomic, rune, r + 1 < runes.Length ? runes[r + 1] : default)))
                {
                    atomic.Append((char)rune.Value);
                    continue;
                }

                if (atomic.Length > 0 && rune.IsBmp && KeptTogether.Joins(atomic[^1], (char)rune.Value))
                {
                    atomic.Append((char)rune.Value);
                    FlushAtomic();
                    continue;
                }

                FlushAtomic();
                if (rune.Value is '\n' or '\r')
                {
                    continue;
                }

                var text = rune.ToString();
                units.Add(new TextUnit(text, run.Role, run.Size, metrics.Width(text, run.Role, run.Size)));
            }

            FlushAtomic();
        }

        return units;
    }

    /// <summary>A comma between digits (1,234,567) belongs to the number: it is one unit, never 1,234, / 567.</summary>
    private static bool ThousandsComma(StringBuilder atomic, System.Text.Rune rune, System.Text.Rune next) =>
        rune.Value == ',' && atomic.Length > 0 && char.IsAsciiDigit(atomic[^1]) && next.IsAscii && char.IsAsciiDigit((char)next.Value);

    /// <summary>
    /// A run of digits and Latin is one unit. A web address is broken only after / ? &amp; . - _ = (https:// whole),
    /// so that it neither leaves a loose line before it nor is cut inside a word, and a phone number only after the
    /// hyphen behind its area code (<see cref="Kinsoku.BreakablePieces"/>); anything else wider than a line (which has
    /// nowhere better to break) by character.
    /// </summary>
    private static void AddAtomic(List<TextUnit> units, string text, StyledRun run, IGlyphMeasure metrics, double width)
    {
        var pieces = Kinsoku.BreakablePieces(text).ToList();
        for (var p = 0; p < pieces.Count; p++)
        {
            var piece = pieces[p];
            var pieceWidth = metrics.Width(piece, run.Role, run.Size);
            if (pieceWidth <= width)
            {
                units.Add(new TextUnit(piece, run.Role, run.Size, pieceWidth, Glued: p > 0));
                continue;
            }

            foreach (var c in piece)
            {
                var single = c.ToString();
                units.Add(new TextUnit(single, run.Role, run.Size, metrics.Width(single, run.Role, run.Size)));
            }
        }
    }

    /// <summary>
    /// Widens a unit by <paramref name="em"/> of its size for each place where a Chinese character meets a digit or
    /// Latin letter before it, or the reverse, as LibreOffice 7.4 spaces them: Chinese punctuation takes no gap, and
    /// . - % and the like side with the character before them (1.属 has one, 年-8 none).
    /// </summary>
    private static void AddHanLatinGaps(List<TextUnit> units, double em)
    {
        var script = Script.None;
        for (var i = 0; i < units.Count; i++)
        {
            var gaps = 0;
            foreach (var c in units[i].Text)
            {
                var next = c >= '\u2E80' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherLetter ? Script.Han
                    : char.IsAsciiLetterOrDigit(c) ? Script.Latin
                    : c < 128 ? script
                    : Script.None;
                gaps += script != Script.None && next != Script.None && next != script ? 1 : 0;
                script = next;
            }

            units[i] = units[i] with { Width = units[i].Width + gaps * em * units[i].Size };
        }
    }

    private enum Script
    {
        None,
        Han,
        Latin,
    }

    /// <summary>
    /// A last line of fewer than <paramref name="leastLast"/> characters besides its punctuation (象。, 形象。, 开) takes
    /// the last characters of the line above with it; a justified line above is set a little looser. A number counts its
    /// digits (8223456）。 after 0858- is no runt: taking 0858- down with it left the line above letter-spaced).
    /// </summary>
    private static void AvoidRunt(List<LaidLine> lines, int leastAbove, int leastLast)
    {
        while (lines.Count >= 2)
        {
            var last = lines[^1];
            var above = lines[^2];
            var printing = last.Units.Where(u => !Kinsoku.CannotStartLine(u.Text[0])).Sum(u => u.Text.EnumerateRunes().Count());
            if (printing >= leastLast || above.Units.Count < leastAbove)
            {
                return;
            }

            var moved = above.Units[^1];
            var newEnd = above.Units[^2];
            if (Kinsoku.CannotStartLine(moved.Text[0]) || Kinsoku.CannotEndLine(newEnd.Text[^1]))
            {
                return;
            }

            lines[^2] = above with { Units = [.. above.Units.Take(above.Units.Count - 1)] };
            lines[^1] = last with { Units = [moved, .. last.Units] };
        }
    }
}
