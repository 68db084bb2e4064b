using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace GovReportDocs.Reading.Sources.Markdown;

/// <summary>
/// Markdown as converters (pandoc, markdownify, Docling) and OCR tools write a report, turned into the text
/// <see cref="PlainText.TextSourceReader"/> reads: headings, emphasis, links, escapes and block markers are taken off, the
/// `|---|` separator rows and rules left out, pipe tables kept as `|` rows (an HTML table, as some OCR tools embed
/// it, becomes one such row). Every source line stays one line, so findings name the line of the .md file.
/// </summary>
internal static partial class MarkdownText
{
    public static string ToText(string markdown)
    {
        var lines = HtmlTablesAsRows(markdown.Replace("\r\n", "\n").Replace('\r', '\n')).Split('\n');
        var text = new StringBuilder();
        var inFence = false;
        foreach (var line in lines)
        {
            if (Fence().IsMatch(line))
            {
                inFence = !inFence;
            }
            else if (inFence)
            {
                text.Append(line);
            }
            else if (!Rule().IsMatch(line) && !SeparatorRow().IsMatch(line))
            {
                text.Append(line.Contains('|') ? Row(line) : Inline(BlockMarks().Replace(line, "")));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>A pipe row with each cell's inline syntax taken off; its cells, empty ones included, stay where they are.</summary>
    private static string Row(string line)
    {
        var cells = UnescapedPipe().Split(line.Trim());
        return string.Join(" | ", cells.Select(c => Inline(c.Replace("\\|", "｜", StringComparison.Ordinal))));
    }

    private static string Inline(string text)
    {
        text = Image().Replace(text, "");
        text = Link().Replace(text, "${text}");
        text = Tag().Replace(text, "");
        text = Emphasis().Replace(text, "");
        text = SingleEmphasis().Replace(text, "${text}");
        text = Escape().Replace(text, "${char}");
        return WebUtility.HtmlDecode(text).Trim();
    }

    /// <summary>
    /// Each `&lt;table&gt;` becomes one `|` row of all its cells in order, followed by the line breaks it took. Found
    /// by a plain scan, so a page of unclosed tables costs one pass.
    /// </summary>
    private static string HtmlTablesAsRows(string markdown)
    {
        var start = markdown.IndexOf("<table", StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return markdown;
        }

        var text = new StringBuilder();
        var done = 0;
        while (start >= 0)
        {
            var end = markdown.IndexOf("</table", start, StringComparison.OrdinalIgnoreCase);
            end = end < 0 ? markdown.Length : Math.Min(markdown.Length, markdown.IndexOf('>', end) is var close and >= 0 ? close + 1 : markdown.Length);
            var table = markdown[start..end];
            var cells = HtmlCell().Matches(table).Select(c => Inline(c.Groups["text"].Value.Replace('\n', ' ')));
            text.Append(markdown, done, start - done).Append("| ").AppendJoin(" | ", cells).Append(" |")
                .Append('\n', table.Count(c => c == '\n'));
            done = end;
            start = markdown.IndexOf("<table", end, StringComparison.OrdinalIgnoreCase);
        }

        return text.Append(markdown, done, markdown.Length - done).ToString();
    }

    [GeneratedRegex(@"^\s{0,3}(```|~~~)")]
    private static partial Regex Fence();

    /// <summary>Thematic breaks and setext underlines.</summary>
    [GeneratedRegex(@"^\s{0,3}(={2,}|-{2,}|(\*\s*){3,}|(_\s*){3,}|(-\s+){2,}-)\s*$")]
    private static partial Regex Rule();

    /// <remarks>No two runs of spaces may meet (<c>\s*\|?\s*</c>): on a line of spaces they split it every way, quadratic.</remarks>
    [GeneratedRegex(@"^\s*(\|\s*)?:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$|^\s*\|\s*:?-+:?\s*\|\s*$")]
    private static partial Regex SeparatorRow();

    /// <summary>
    /// Heading hashes (`## 一、总体情况`, OCR output without the space too), quote marks and bullets. Closing hashes
    /// are matched only from the start of a run of spaces: tried from inside the run, each start re-scanned the rest of
    /// it, and a line of 200,000 full-width spaces never finished.
    /// </summary>
    [GeneratedRegex(@"^\s{0,3}((#{1,6}(?=[^#])\s*)|(>\s?)+|[-*+]\s+)|(?<!\s)\s+#+\s*$")]
    private static partial Regex BlockMarks();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();

    [GeneratedRegex(@"!\[[^\[\]]{0,500}\]\([^()]{0,2000}\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\[\]]{0,500})\](\([^()]{0,2000}\)|\[[^\[\]]{0,200}\])")]
    private static partial Regex Link();

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<!\\)(\*\*|__|~~|`)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"(?<!\\)\*(?<text>[^\s*](?:[^*]*[^\s*\\])?)\*")]
    private static partial Regex SingleEmphasis();

    [GeneratedRegex(@"\\(?<char>[\\`*_{}\[\]()#+\-.!|<>~""'])")]
    private static partial Regex Escape();

    /// <summary>A cell's text runs to the next cell or row tag, closed or not.</summary>
    [GeneratedRegex(@"<t[dh]\b[^<>]*>(?<text>(?:[^<]|<(?!/?t[dhr]\b))*)", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlCell();
}
