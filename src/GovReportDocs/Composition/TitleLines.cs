namespace GovReportDocs.Composition;

/// <summary>
/// Breaks a long title into balanced lines (GB/T 9704: a title is centred and never leaves one character
/// alone on a line), preferring the natural break before 政府信息公开工作年度报告.
/// </summary>
internal static class TitleLines
{
    /// <summary>The fixed end of every title.</summary>
    public const string Suffix = "政府信息公开工作年度报告";

    /// <summary>Lines for a title whose line holds <paramref name="lineEms"/> full-width characters.</summary>
    public static IReadOnlyList<string> Split(string title, double lineEms)
    {
        if (Width(title) <= lineEms)
        {
            return [title];
        }

        var natural = title.Length - Suffix.Length;
        if (title.EndsWith(Suffix, StringComparison.Ordinal) && natural >= 2
            && Width(title[..natural]) <= lineEms && Width(Suffix) <= lineEms)
        {
            return [title[..natural], Suffix];
        }

        return Balanced(title, lineEms);
    }

    /// <summary>Width in ems: CJK and full-width characters 1, ASCII ½.</summary>
    public static double Width(string text) => text.Sum(c => c < 128 ? 0.5 : 1.0);

    /// <summary>Fewest lines that fit, then the most even widths; breaks never split an ASCII run.</summary>
    private static IReadOnlyList<string> Balanced(string title, double lineEms)
    {
        var lines = (int)Math.Ceiling(Width(title) / lineEms);
        while (true)
        {
            var target = Width(title) / lines;
            var best = Best(title, 0, lines, target, lineEms, []);
            if (best is not null)
            {
                return best.Value.Lines;
            }

            lines++;
        }
    }

    private static (double Cost, List<string> Lines)? Best(string title, int start, int lines, double target, double lineEms,
        Dictionary<(int, int), (double, List<string>)?> memo)
    {
        if (memo.TryGetValue((start, lines), out var known))
        {
            return known;
        }

        (double Cost, List<string> Lines)? best = null;
        if (lines == 1)
        {
            var rest = title[start..];
            if (rest.Length >= 2 && Width(rest) <= lineEms)
            {
                best = (Math.Pow(Width(rest) - target, 2), [rest]);
            }
        }
        else
        {
            for (var end = start + 2; end <= title.Length - 2; end++)
            {
                var line = title[start..end];
                if (Width(line) > lineEms)
                {
                    break;
                }

                if (title[end] < 128 && title[end - 1] < 128 && char.IsLetterOrDigit(title[end]) && char.IsLetterOrDigit(title[end - 1]))
                {
                    continue;
                }

                if (Best(title, end, lines - 1, target, lineEms, memo) is { } tail)
                {
                    var cost = Math.Pow(Width(line) - target, 2) + tail.Cost;
                    if (best is null || cost < best.Value.Cost)
                    {
                        best = (cost, [line, .. tail.Lines]);
                    }
                }
            }
        }

        memo[(start, lines)] = best;
        return best;
    }
}
