namespace GovReportDocs.Composition;

/// <summary>
/// Breaks a title or an agency name into lines between meaningful units (administrative levels, 人民政府,
/// 办公室, the year, 政府信息公开工作年度报告): the fewest lines that fit, then the most even widths, never one
/// character alone on a line (GB/T 9704). Only a unit wider than a line is broken inside.
/// </summary>
internal static class TitleLines
{
    /// <summary>The fixed end of every title.</summary>
    public const string Suffix = "政府信息公开工作年度报告";

    /// <summary>How much one extra em of unevenness costs against one step of break quality.</summary>
    private const double QualityWeight = 2;

    /// <summary>Lines for a text whose line holds <paramref name="lineEms"/> full-width characters.</summary>
    public static IReadOnlyList<string> Split(string text, double lineEms)
    {
        if (Width(text) <= lineEms)
        {
            return [text];
        }

        var quality = UnitBoundaries.Qualities(text);
        var fewest = (int)Math.Ceiling(Width(text) / lineEms);
        for (var lines = fewest; lines <= text.Length / 2; lines++)
        {
            if (Best(text, quality, UnitBoundaries.Weak, 0, lines, Width(text) / lines, lineEms, []) is { } best)
            {
                return best.Lines;
            }
        }

        // A unit wider than a line (a name without any level in it): a break inside a unit, never inside digits or Latin.
        for (var lines = fewest; ; lines++)
        {
            if (Best(text, quality, UnitBoundaries.InsideUnit, 0, lines, Width(text) / lines, lineEms, []) is { } best)
            {
                return best.Lines;
            }
        }
    }

    /// <summary>Width in ems: CJK and full-width characters 1, ASCII ½.</summary>
    public static double Width(string text) => text.Sum(c => c < 128 ? 0.5 : 1.0);

    private static (double Cost, List<string> Lines)? Best(string text, int[] quality, int least, int start, int lines, double target, double lineEms,
        Dictionary<(int, int), (double, List<string>)?> memo)
    {
        if (memo.TryGetValue((start, lines), out var known))
        {
            return known;
        }

        (double Cost, List<string> Lines)? best = null;
        if (lines == 1)
        {
            var rest = text[start..];
            if (rest.Length >= 2 && Width(rest) <= lineEms)
            {
                best = (Math.Pow(Width(rest) - target, 2), [rest]);
            }
        }
        else
        {
            for (var end = start + 2; end <= text.Length - 2; end++)
            {
                var line = text[start..end];
                if (Width(line) > lineEms)
                {
                    break;
                }

                if (quality[end] < least || Best(text, quality, least, end, lines - 1, target, lineEms, memo) is not { } tail)
                {
                    continue;
                }

                var cost = Math.Pow(Width(line) - target, 2) + QualityWeight * (UnitBoundaries.Strongest - quality[end]) + tail.Cost;
                if (best is null || cost < best.Value.Cost)
                {
                    best = (cost, [line, .. tail.Lines]);
                }
            }
        }

        memo[(start, lines)] = best;
        return best;
    }
}
