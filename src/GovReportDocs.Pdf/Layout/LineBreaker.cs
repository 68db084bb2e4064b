using System.Text;
using GovReportDocs.Composition;

namespace GovReportDocs.Pdf.Layout;

/// <summary>
/// Breaks runs of text into lines: CJK characters break anywhere, digit and Latin runs stay whole, no closing
/// punctuation opens a line and no opening punctuation ends one; every line but the last is marked for
/// justification. Widths are natural (unscaled); the caller decides how a line is stretched to its measure.
/// </summary>
internal static class LineBreaker
{
    public static IReadOnlyList<LaidLine> Break(IEnumerable<StyledRun> runs, IGlyphMeasure metrics, double width, double firstIndent, bool justify)
    {
        var units = Units(runs, metrics, width);
        var lines = new List<LaidLine>();
        var start = 0;
        while (start < units.Count)
        {
            var indent = lines.Count == 0 ? firstIndent : 0;
            var end = Fit(units, start, width - indent);
            end = Adjust(units, start, end);
            var slice = units.GetRange(start, end - start);
            lines.Add(new LaidLine(slice, indent, justify && end < units.Count && slice.Count > 1));
            start = end;
        }

        return lines;
    }

    /// <summary>One past the last unit that fits from <paramref name="start"/>; at least one unit.</summary>
    private static int Fit(List<TextUnit> units, int start, double width)
    {
        var used = 0.0;
        var end = start;
        while (end < units.Count && (end == start || used + units[end].Width <= width + 0.01))
        {
            used += units[end].Width;
            end++;
        }

        return end;
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
        var units = new List<TextUnit>();
        foreach (var run in runs)
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
            foreach (var rune in run.Text.EnumerateRunes())
            {
                if (rune.IsBmp && Kinsoku.IsAtomic((char)rune.Value))
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

    /// <summary>A run of digits and Latin is one unit, unless it is wider than a line (a long address): then by character.</summary>
    private static void AddAtomic(List<TextUnit> units, string text, StyledRun run, IGlyphMeasure metrics, double width)
    {
        var runWidth = metrics.Width(text, run.Role, run.Size);
        if (runWidth <= width)
        {
            units.Add(new TextUnit(text, run.Role, run.Size, runWidth));
            return;
        }

        foreach (var c in text)
        {
            var single = c.ToString();
            units.Add(new TextUnit(single, run.Role, run.Size, metrics.Width(single, run.Role, run.Size)));
        }
    }
}
