using System.Net;
using System.Text.RegularExpressions;
using GovReportDocs.NationalFormat;

namespace GovReportDocs.Reading.Sources.Html;

/// <summary>
/// The article of a saved web page found by a plain scan of its tags, before anything is parsed: the smallest element
/// that holds the first part's title and the last's. Parsing only that (a third to a half of a portal's page, without
/// its navigation, scripts and footer) made a saved page three times faster to read. The page's own title is taken from its
/// head (meta ArticleTitle, else &lt;title&gt;) by the same scan.
/// </summary>
internal static partial class RawArticle
{
    /// <summary>Elements a page leaves open without harm (void, or closed by the next of their kind).</summary>
    private static readonly HashSet<string> LeftOpen =
    [
        "p", "li", "td", "th", "tr", "dt", "dd", "option", "br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr", "source",
        "embed", "param", "track", "html", "head", "body", "tbody", "thead", "tfoot", "colgroup", "!doctype", "!--",
    ];

    /// <summary>Words of the first and the last part title that inline markup does not split in real pages.</summary>
    private static readonly string FirstPart = PartTitles.Overview[2..];

    private static readonly string LastPart = PartTitles.OtherMatters[2..];

    /// <summary>Where the article starts and ends in the page, or null when no element short of the body holds it.</summary>
    /// <exception cref="RefusedContentException">
    /// The page's tags nest deeper than any report's. Refused before anything parses it: the HTML parser's work grows
    /// with the square of the depth of nested tables (20,000 `&lt;table&gt;&lt;tr&gt;&lt;td&gt;` take tens of seconds).
    /// </exception>
    public static (int Start, int End)? Find(string html)
    {
        var first = html.IndexOf(FirstPart, StringComparison.Ordinal);
        var last = html.LastIndexOf(LastPart, StringComparison.Ordinal);
        var found = first >= 0 && last >= first;
        var open = new List<(string Name, int Start)>();
        var depth = 0;
        (int Start, int End)? best = null;
        foreach (var (name, start, end, closing) in Tags(html))
        {
            depth = closing ? Math.Max(0, depth - 1) : depth + 1;
            if (depth > ReadingLimits.MaxNesting)
            {
                throw new RefusedContentException($"网页元素嵌套超过{ReadingLimits.MaxNesting}层，不是年度报告的网页");
            }

            if (!found)
            {
                continue;
            }

            if (!closing)
            {
                open.Add((name, start));
                found = open.Count <= 2 * ReadingLimits.MaxNesting;
                continue;
            }

            var k = open.FindLastIndex(o => o.Name == name);
            if (k < 0)
            {
                continue;
            }

            if (open[k].Start < first && end > last && (best is null || open[k].Start > best.Value.Start))
            {
                best = (open[k].Start, end);
            }

            open.RemoveRange(k, open.Count - k);
        }

        return found ? best : null;
    }

    /// <summary>
    /// Every tag that nests (<see cref="LeftOpen"/> ones aside), with where it starts and ends; the text of script
    /// and style is no markup (`if (a&lt;b)` opens nothing).
    /// </summary>
    private static IEnumerable<(string Name, int Start, int End, bool Closing)> Tags(string html)
    {
        for (var i = html.IndexOf('<'); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && end - start < 12 && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is '!' or '-'))
            {
                end++;
            }

            var name = html[start..end];
            name = name.Any(char.IsAsciiLetterUpper) ? name.ToLowerInvariant() : name;
            if (name.Length == 0 || LeftOpen.Contains(name) || name.StartsWith("!--", StringComparison.Ordinal))
            {
                continue;
            }

            var tagEnd = html.IndexOf('>', end);
            tagEnd = tagEnd < 0 ? html.Length : tagEnd + 1;
            if (!closing && name is "script" or "style")
            {
                var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                // Unclosed, it runs to the end of the page (the loop's next search starts just past it).
                i = close < 0 ? html.Length - 1 : close;
                continue;
            }

            if (!closing && tagEnd >= 2 && html[tagEnd - 2] == '/')
            {
                continue;
            }

            yield return (name, i, tagEnd, closing);
        }
    }

    /// <summary>The page's own title before <paramref name="end"/>, with its line: meta ArticleTitle, else &lt;title&gt;.</summary>
    public static (string Text, int Line, bool IsMeta)? PageTitle(string html, int end)
    {
        foreach (var meta in MetaTag().EnumerateMatches(html.AsSpan(0, end)))
        {
            var tag = html.Substring(meta.Index, meta.Length);
            if (Attribute(tag, "name") == "ArticleTitle" && Attribute(tag, "content") is { Length: > 0 } content)
            {
                return (WebUtility.HtmlDecode(content), LineAt(html, meta.Index), true);
            }
        }

        return TitleTag().Match(html, 0, end) is { Success: true } title
            ? (WebUtility.HtmlDecode(title.Groups["text"].Value), LineAt(html, title.Index), false)
            : null;
    }

    public static int LineAt(string text, int index)
    {
        var line = 1;
        for (var i = text.IndexOf('\n'); i >= 0 && i < index; i = text.IndexOf('\n', i + 1))
        {
            line++;
        }

        return line;
    }

    private static string? Attribute(string tag, string name) =>
        AttributeValue().Matches(tag).FirstOrDefault(m => string.Equals(m.Groups["name"].Value, name, StringComparison.OrdinalIgnoreCase))?.Groups["value"].Value;

    [GeneratedRegex(@"<meta\b[^<>]{0,2000}>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"<title\b[^<>]{0,200}>(?<text>[^<]{0,1000})</title", RegexOptions.IgnoreCase)]
    private static partial Regex TitleTag();

    [GeneratedRegex(@"(?<name>[A-Za-z-]+)\s*=\s*(""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s""'>]+))")]
    private static partial Regex AttributeValue();
}
