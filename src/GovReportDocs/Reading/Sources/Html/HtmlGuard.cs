
namespace GovReportDocs.Reading.Sources.Html;

/// <summary>
/// Counts a web page's elements before it is parsed, including those the HTML parser rebuilds: a formatting tag
/// left open (<c>&lt;b&gt;</c>, <c>&lt;font&gt;</c>…) is reopened by the parser in every following paragraph, so 190
/// distinct open <c>&lt;b&gt;</c> tags in a 42 KB page made millions of elements (17 s, 1.1 GB); an 880,000-row table
/// under the size limit took 1.4 GB. Past <see cref="ReadingLimits.MaxHtmlElements"/> the page is refused.
/// </summary>
internal static class HtmlGuard
{
    private static readonly HashSet<string> Formatting =
        ["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"];

    /// <summary>Tags at which the parser reopens the formatting elements still open.</summary>
    private static readonly HashSet<string> Reopening =
        ["p", "div", "li", "td", "th", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "ul", "ol", "dd", "dt", "blockquote"];

    /// <exception cref="RefusedContentException">The page makes more elements than the limit.</exception>
    public static void Check(string html)
    {
        long elements = 0;
        var open = new Dictionary<string, int>(StringComparer.Ordinal);
        var openCount = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var start = i + (closing ? 2 : 1);
            var end = start;
            while (end < html.Length && end - start < 12 && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }

            i = end;
            if (end == start || !char.IsAsciiLetter(html[start]))
            {
                continue;
            }

            var name = html[start..end].ToLowerInvariant();
            if (closing)
            {
                if (Formatting.Contains(name) && open.TryGetValue(name, out var count) && count > 0)
                {
                    open[name] = count - 1;
                    openCount--;
                }

                continue;
            }

            elements += 1 + (Reopening.Contains(name) ? openCount : 0);
            if (Formatting.Contains(name))
            {
                open[name] = open.GetValueOrDefault(name) + 1;
                openCount++;
            }

            if (elements > ReadingLimits.MaxHtmlElements)
            {
                throw new RefusedContentException(openCount > 0
                    ? $"网页元素过多（超过{ReadingLimits.MaxHtmlElements:#,0}个，其中包括未闭合的格式标记在每个段落中重复生成的元素），不是年度报告的网页"
                    : $"网页元素过多（超过{ReadingLimits.MaxHtmlElements:#,0}个），不是年度报告的网页");
            }
        }
    }
}
