namespace GovReportDocs.Composition;

/// <summary>
/// Breaks a title or an agency name into lines between meaningful units (<see cref="UnitBoundaries"/>): a bracketed
/// part whole where it fits, no 、，。）》 opening a line and no （《 closing one, never one character alone on a line.
/// A title whose agency fits one line breaks as offices set it: the agency, then 2025年政府信息公开工作年度报告.
/// Otherwise it takes the fewest lines that fit (one more when that avoids a rectangle), shaped as GB/T 9704 §7.3.1
/// asks: a 梯形 (each line longer, or each shorter, than the one above) or a 菱形 (longest in the middle), never an
/// hourglass nor lines all of one width. Only a unit wider than a line is broken inside.
/// </summary>
internal static class TitleLines
{
    /// <summary>The fixed end of every title.</summary>
    public const string Suffix = "政府信息公开工作年度报告";

    /// <summary>How much one step of break quality costs, in squared ems of unevenness.</summary>
    private const double QualityWeight = 4;

    /// <summary>The cost of lines narrower in the middle (沙漏), or all of one width (a rectangle, not a title).</summary>
    private const double HourglassCost = 60, RectangleCost = 30;

    /// <summary>The cost of each line beyond the fewest that fit.</summary>
    private const double ExtraLineCost = 20;

    /// <summary>
    /// Line counts tried beyond the fewest that could fit: a title needs one or two more at most, and each count is a
    /// search of its own.
    /// </summary>
    private const int MoreLinesTried = 3;

    /// <summary>
    /// Break placements one search may try. The search is exponential in the number of lines; real titles need a few
    /// hundred, a long name that breaks almost anywhere would need billions (a validate of such a name never ended).
    /// Past the budget the best found so far is kept: the same text always stops at the same place.
    /// </summary>
    private const int SearchBudget = 100_000;

    /// <summary>Lines for a text whose line holds <paramref name="lineEms"/> full-width characters.</summary>
    public static IReadOnlyList<string> Split(string text, double lineEms)
    {
        if (NominalWidth.Ems(text) <= lineEms)
        {
            return [text];
        }

        var quality = UnitBoundaries.Qualities(text);
        if (OfficeBreak(text, quality, lineEms) is { } office)
        {
            return [text[..office], text[office..]];
        }

        var fewest = (int)Math.Ceiling(NominalWidth.Ems(text) / lineEms);
        foreach (var least in new[] { UnitBoundaries.Weak, UnitBoundaries.InsideBrackets, UnitBoundaries.InsideUnit })
        {
            (double Cost, List<string> Lines)? best = null;
            int? first = null;
            for (var lines = fewest; lines <= Math.Min(fewest + MoreLinesTried, Math.Max(fewest, text.Length / 2)) && (first is null || lines <= first + 1); lines++)
            {
                var found = Best(text, quality, least, lines, lineEms);
                if (found is { } candidate)
                {
                    first ??= lines;
                    var cost = candidate.Cost + ExtraLineCost * (lines - first.Value);
                    if (best is null || cost < best.Value.Cost)
                    {
                        best = (cost, candidate.Lines);
                    }
                }
            }

            if (best is { } chosen)
            {
                return chosen.Lines;
            }
        }

        // Nothing breaks but digits and Latin: cut between characters as a last resort.
        return [.. text.Chunk((int)Math.Max(2, Math.Floor(lineEms))).Select(c => new string(c))];
    }

    /// <summary>
    /// The break before the year (or before the suffix when there is no year) of a title that ends with the suffix,
    /// when the agency and the rest each fit one line; null otherwise.
    /// </summary>
    private static int? OfficeBreak(string text, int[] quality, double lineEms)
    {
        var suffix = text.LastIndexOf(Suffix, StringComparison.Ordinal);
        if (suffix <= 0 || suffix + Suffix.Length != text.Length)
        {
            return null;
        }

        var year = text.LastIndexOf('年', suffix - 1) is var y and >= 4 && UnitBoundaries.IsYear(text, y - 4) && y + 1 == suffix ? y - 4 : suffix;
        return year >= 2 && quality[year] >= UnitBoundaries.Unit && NominalWidth.Ems(text[..year]) <= lineEms && NominalWidth.Ems(text[year..]) <= lineEms ? year : null;
    }

    /// <summary>The cheapest way to set the text in exactly <paramref name="lines"/> lines breaking where quality allows.</summary>
    private static (double Cost, List<string> Lines)? Best(string text, int[] quality, int least, int lines, double lineEms)
    {
        var target = NominalWidth.Ems(text) / lines;
        (double Cost, List<string> Lines)? best = null;
        var breaks = new List<int>();
        var budget = SearchBudget;

        void Search(int start, int left, double cost)
        {
            if (--budget < 0 || (best is { } known && cost >= known.Cost))
            {
                return;
            }

            if (left == 1)
            {
                var rest = text[start..];
                if (rest.Length < 2 || NominalWidth.Ems(rest) > lineEms)
                {
                    return;
                }

                var all = new List<string>();
                var from = 0;
                foreach (var at in breaks)
                {
                    all.Add(text[from..at]);
                    from = at;
                }

                all.Add(rest);
                var total = cost + Math.Pow(NominalWidth.Ems(rest) - target, 2) + ShapeCost(all);
                if (best is null || total < best.Value.Cost)
                {
                    best = (total, all);
                }

                return;
            }

            for (var end = start + 2; end <= text.Length - 2; end++)
            {
                var line = text[start..end];
                if (NominalWidth.Ems(line) > lineEms)
                {
                    break;
                }

                if (quality[end] < least)
                {
                    continue;
                }

                breaks.Add(end);
                Search(end, left - 1, cost + Math.Pow(NominalWidth.Ems(line) - target, 2) + QualityWeight * (UnitBoundaries.Strongest - quality[end]));
                breaks.RemoveAt(breaks.Count - 1);
            }
        }

        Search(0, lines, 0);
        return best;
    }

    /// <summary>What a shape other than a 梯形 or a 菱形 costs.</summary>
    private static double ShapeCost(List<string> lines)
    {
        var widths = lines.Select(NominalWidth.Ems).ToList();
        var cost = 0.0;
        for (var i = 1; i < widths.Count - 1; i++)
        {
            if (widths[i] < widths[i - 1] - 0.5 && widths[i] < widths[i + 1] - 0.5)
            {
                cost += HourglassCost;
            }
        }

        if (widths.Max() - widths.Min() < 2)
        {
            cost += RectangleCost;
        }

        return cost;
    }
}
