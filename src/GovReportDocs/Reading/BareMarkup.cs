using System.Text;

namespace GovReportDocs.Reading;

/// <summary>
/// A stretch of a web page with the attributes taken out of its start tags (`&lt;td style="…" valign="center"&gt;` →
/// `&lt;td&gt;`), the line breaks inside them kept so that every element stays on its line. The reader needs no
/// attribute, and on pages exported from Word or edited in a portal's editor the attributes are most of the article
/// (72 K of a 100 K-character page): parsing them was most of the time a saved page took to read. Comments, the text
/// of script and style, and end tags are copied as they are.
/// </summary>
internal static class BareMarkup
{
    /// <summary>Elements whose content is text to the HTML tokenizer, not markup, up to their own end tag.</summary>
    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

    public static string Of(string html, int start, int end)
    {
        var bare = new StringBuilder();
        var i = start;
        while (i < end)
        {
            var open = html.IndexOf('<', i, end - i);
            if (open < 0 || open + 1 >= end)
            {
                bare.Append(html, i, end - i);
                break;
            }

            bare.Append(html, i, open - i);
            var next = html[open + 1];
            if (char.IsAsciiLetter(next))
            {
                i = StartTag(html, open, end, bare);
            }
            else if (next == '!' && string.CompareOrdinal(html, open, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", Math.Min(open + 4, end), end - Math.Min(open + 4, end), StringComparison.Ordinal);
                i = close < 0 ? end : close + 3;
                bare.Append(html, open, i - open);
            }
            else
            {
                // End tags, doctypes and a lone '<' in text: copied as they are.
                bare.Append('<');
                i = open + 1;
            }
        }

        return bare.ToString();
    }

    /// <summary>Writes the start tag at <paramref name="open"/> without its attributes; returns where reading goes on.</summary>
    private static int StartTag(string html, int open, int end, StringBuilder bare)
    {
        var nameEnd = open + 1;
        while (nameEnd < end && !IsSpace(html[nameEnd]) && html[nameEnd] is not '/' and not '>')
        {
            nameEnd++;
        }

        bare.Append(html, open, nameEnd - open);
        var (tagEnd, selfClosing) = AttributesEnd(html, nameEnd, end, bare);
        if (tagEnd >= end)
        {
            return end;
        }

        bare.Append(selfClosing ? "/>" : ">");
        if (RawTextNamed(html.AsSpan(open + 1, nameEnd - open - 1)) is not { } rawText)
        {
            return tagEnd + 1;
        }

        var closing = html.IndexOf("</" + rawText, tagEnd + 1, end - tagEnd - 1, StringComparison.OrdinalIgnoreCase);
        var contentEnd = closing < 0 ? end : closing;
        bare.Append(html, tagEnd + 1, contentEnd - tagEnd - 1);
        return contentEnd;
    }

    /// <summary>The raw-text element of that name, or null (without allocating: every start tag is asked).</summary>
    private static string? RawTextNamed(ReadOnlySpan<char> name)
    {
        foreach (var rawText in RawText)
        {
            if (name.Equals(rawText, StringComparison.OrdinalIgnoreCase))
            {
                return rawText;
            }
        }

        return null;
    }

    /// <summary>
    /// The '&gt;' that ends a start tag, as the HTML tokenizer finds it (a quoted value may hold '&gt;'), and whether the
    /// tag closes itself; the line breaks among the attributes go to <paramref name="bare"/>.
    /// </summary>
    private static (int End, bool SelfClosing) AttributesEnd(string html, int from, int end, StringBuilder bare)
    {
        var quote = '\0';
        var afterEquals = false;
        var inUnquotedValue = false;
        var slashLast = false;
        for (var i = from; i < end; i++)
        {
            var c = html[i];
            if (c is '\n' or '\r')
            {
                bare.Append(c);
            }

            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
                continue;
            }

            if (c == '>')
            {
                return (i, slashLast);
            }

            if (IsSpace(c))
            {
                inUnquotedValue = false;
                continue;
            }

            // A quote opens a value only where a value starts: after '=', spaces between allowed.
            if (afterEquals && c is '"' or '\'')
            {
                quote = c;
            }
            else if (afterEquals)
            {
                inUnquotedValue = true;
            }

            afterEquals = !inUnquotedValue && c == '=';
            slashLast = c == '/' && !inUnquotedValue;
        }

        return (end, false);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
