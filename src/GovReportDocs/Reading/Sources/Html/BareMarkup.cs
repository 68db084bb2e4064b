using System.Text;

namespace GovReportDocs.Reading.Sources.Html;

/// <summary>
/// A stretch of a web page with the attributes taken out of its start tags (`&lt;td style="…" valign="center"&gt;` →
/// `&lt;td&gt;`), the line breaks inside them kept so that every element stays on its line. The reader needs no
/// attribute, and on pages exported from Word or edited in a portal's editor the attributes are most of the article
/// (72 K of a 100 K-character page): parsing them was most of the time a saved page took to read. Everything else is
/// copied as it is, ended where the HTML tokenizer ends it (comments, end tags, doctypes, CDATA, the text of script,
/// style and the other raw-text elements; all from &lt;plaintext&gt;, &lt;svg&gt;, &lt;math&gt; or &lt;select&gt; on), so that
/// the parser builds the same tree.
/// </summary>
internal static class BareMarkup
{
    /// <summary>Elements whose content is text to the HTML tokenizer, not markup, up to their own end tag.</summary>
    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

    /// <summary>
    /// Elements whose attributes decide what the parser builds: an `&lt;isindex prompt&gt;` (which the parser still
    /// expands into a form) prints its prompt, an `&lt;input type=hidden&gt;` stays in a table where another input is put
    /// before it, between the text put there. Their start tags are copied as they are.
    /// </summary>
    private static readonly string[] KeptAttributes = ["isindex", "input"];

    /// <summary>
    /// Elements after which the tokenizer's states hang on the tree (in SVG and MathML a `&lt;font color&gt;` leaves,
    /// `&lt;![CDATA[` opens a section, `&lt;style&gt;` holds markup; a select ignores `&lt;style&gt;`, and the tokenizer
    /// reads on as markup): from their start tag to the end, everything is copied as it is.
    /// </summary>
    private static readonly string[] CopiedToTheEnd = ["plaintext", "svg", "math", "select"];

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
                continue;
            }

            // Everything else is copied as it is, up to where the tokenizer ends it: a lone '<' in text at once, an end
            // tag at its '>' (attributes, an error there, may hold one in quotes too), a comment at `-->`, `--!>` or an
            // abrupt `<!-->`, a doctype, `<!…>`, `<?…>` or `</…>` at its first '>'. A CDATA section (`]]>` ends it in SVG
            // and MathML, its first '>' elsewhere) and the rest are copied as they are.
            i = next == '/' && open + 2 < end && char.IsAsciiLetter(html[open + 2]) ? AttributesEnd(html, NameEnd(html, open + 2, end), end, null).End + 1
                : next == '!' && string.CompareOrdinal(html, open, "<!--", 0, 4) == 0 ? CommentEnd(html, open + 4, end)
                : next == '!' && string.CompareOrdinal(html, open, "<![CDATA[", 0, 9) == 0 ? end
                : next is '!' or '?' or '/' ? After(html, ">", open + 2, end)
                : open + 1;
            i = Math.Min(i, end);
            bare.Append(html, open, i - open);
        }

        return bare.ToString();
    }

    /// <summary>Writes the start tag at <paramref name="open"/> without its attributes; returns where reading goes on.</summary>
    private static int StartTag(string html, int open, int end, StringBuilder bare)
    {
        var nameEnd = NameEnd(html, open + 1, end);
        var name = html.AsSpan(open + 1, nameEnd - open - 1);
        if (Named(name, CopiedToTheEnd) is not null)
        {
            bare.Append(html, open, end - open);
            return end;
        }

        var kept = Named(name, KeptAttributes) is not null;
        if (!kept)
        {
            bare.Append(html, open, nameEnd - open);
        }

        var (tagEnd, selfClosing) = AttributesEnd(html, nameEnd, end, kept ? null : bare);
        if (tagEnd >= end)
        {
            return end;
        }

        if (kept)
        {
            bare.Append(html, open, tagEnd + 1 - open);
        }
        else
        {
            bare.Append(selfClosing ? "/>" : ">");
        }

        if (Named(name, RawText) is not { } rawText)
        {
            return tagEnd + 1;
        }

        var contentEnd = rawText == "script" ? ScriptEnd(html, tagEnd + 1, end) : RawTextEnd(html, rawText, tagEnd + 1, end);
        bare.Append(html, tagEnd + 1, contentEnd - tagEnd - 1);
        return contentEnd;
    }

    /// <summary>Where a tag's name ends: at white space, '/' or '&gt;'.</summary>
    private static int NameEnd(string html, int from, int end)
    {
        var nameEnd = from;
        while (nameEnd < end && !IsSpace(html[nameEnd]) && html[nameEnd] is not '/' and not '>')
        {
            nameEnd++;
        }

        return nameEnd;
    }

    /// <summary>Where raw text ends: at its own end tag, `&lt;/title` followed by white space, '/' or '&gt;' (not `&lt;/titles`).</summary>
    private static int RawTextEnd(string html, string rawText, int from, int end)
    {
        var closing = "</" + rawText;
        while (from < end && html.IndexOf(closing, from, end - from, StringComparison.OrdinalIgnoreCase) is var at and >= 0)
        {
            var after = at + closing.Length;
            if (after < end && (IsSpace(html[after]) || html[after] is '/' or '>'))
            {
                return at;
            }

            from = at + 1;
        }

        return end;
    }

    /// <summary>
    /// Where a script ends, as the tokenizer's script data states find it: after `&lt;!--`, a `&lt;script&gt;` holds
    /// the first `&lt;/script&gt;` (`document.write("&lt;script …&gt;&lt;/script&gt;")`) until `--&gt;`.
    /// </summary>
    private static int ScriptEnd(string html, int from, int end)
    {
        bool escaped = false, doubleEscaped = false;
        var dashes = 0;
        for (var i = from; i < end; i++)
        {
            var c = html[i];
            if (!escaped)
            {
                if (c == '<' && string.CompareOrdinal(html, i, "<!--", 0, 4) == 0 && i + 4 <= end)
                {
                    (escaped, dashes, i) = (true, 2, i + 3);
                }
                else if (c == '<' && ScriptTagAt(html, i, end, closing: true))
                {
                    return i;
                }

                continue;
            }

            if (c == '-')
            {
                dashes++;
                continue;
            }

            if (c == '>' && dashes >= 2)
            {
                (escaped, doubleEscaped) = (false, false);
            }
            else if (c == '<' && ScriptTagAt(html, i, end, closing: true))
            {
                if (!doubleEscaped)
                {
                    return i;
                }

                doubleEscaped = false;
            }
            else if (c == '<' && ScriptTagAt(html, i, end, closing: false))
            {
                doubleEscaped = true;
            }

            dashes = 0;
        }

        return end;
    }

    /// <summary>Whether `&lt;script` (or `&lt;/script`) stands at <paramref name="at"/>, followed by white space, '/' or '&gt;'.</summary>
    private static bool ScriptTagAt(string html, int at, int end, bool closing)
    {
        var tag = closing ? "</script" : "<script";
        var after = at + tag.Length;
        return after < end && string.Compare(html, at, tag, 0, tag.Length, StringComparison.OrdinalIgnoreCase) == 0
               && (IsSpace(html[after]) || html[after] is '/' or '>');
    }

    /// <summary>Where a comment whose text starts at <paramref name="from"/> ends, as the tokenizer ends it.</summary>
    private static int CommentEnd(string html, int from, int end)
    {
        // `<!-->` and `<!--->` are whole (empty) comments.
        if (from < end && html[from] == '>')
        {
            return from + 1;
        }

        if (from + 1 < end && html[from] == '-' && html[from + 1] == '>')
        {
            return from + 2;
        }

        for (var i = html.IndexOf("--", from, end - from, StringComparison.Ordinal); i >= 0; i = html.IndexOf("--", i + 1, end - i - 1, StringComparison.Ordinal))
        {
            if (i + 2 < end && html[i + 2] == '>')
            {
                return i + 3;
            }

            if (i + 3 < end && html[i + 2] == '!' && html[i + 3] == '>')
            {
                return i + 4;
            }
        }

        return end;
    }

    /// <summary>Just after the first <paramref name="closing"/> from <paramref name="from"/>, or the end.</summary>
    private static int After(string html, string closing, int from, int end)
    {
        from = Math.Min(from, end);
        var at = html.IndexOf(closing, from, end - from, StringComparison.Ordinal);
        return at < 0 ? end : at + closing.Length;
    }

    /// <summary>The element of that name in <paramref name="names"/>, or null (without allocating: every start tag is asked).</summary>
    private static string? Named(ReadOnlySpan<char> name, string[] names)
    {
        foreach (var known in names)
        {
            if (name.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return null;
    }

    /// <summary>
    /// The '&gt;' that ends a tag, found through the states of its attributes as the HTML tokenizer goes (a quoted value
    /// may hold '&gt;'; a quote opens a value only after a name and its '='), and whether the tag closes itself; the line
    /// breaks among the attributes go to <paramref name="bare"/> when one is given.
    /// </summary>
    private static (int End, bool SelfClosing) AttributesEnd(string html, int from, int end, StringBuilder? bare)
    {
        var state = State.BeforeName;
        for (var i = from; i < end; i++)
        {
            var c = html[i];
            if (state is State.DoubleQuoted or State.SingleQuoted)
            {
                // A quoted value (most of an attribute-heavy page) is skipped at once, its line breaks kept.
                var close = html.IndexOf(state == State.DoubleQuoted ? '"' : '\'', i, end - i);
                var valueEnd = close < 0 ? end : close;
                AppendLineBreaks(html.AsSpan(i, valueEnd - i), bare);
                (i, state) = (valueEnd, State.AfterQuoted);
                continue;
            }

            if (state is State.Name or State.Unquoted && c > ' ' && c is not '>' and not '=' and not '/')
            {
                continue;
            }

            if (c is '\n' or '\r')
            {
                bare?.Append(LineBreak(html.AsSpan(0, end), i));
            }

            var next = (state, c) switch
            {
                (State.BeforeValue, '"') => State.DoubleQuoted,
                (State.BeforeValue, '\'') => State.SingleQuoted,
                (_, '>') => State.Ended,
                (State.SelfClosing, _) when IsSpace(c) => State.BeforeName,
                (_, _) when IsSpace(c) => state is State.Name or State.AfterName ? State.AfterName : state is State.BeforeValue ? state : State.BeforeName,
                (State.Unquoted, _) => state,
                (State.BeforeValue, _) => State.Unquoted,
                (State.Name or State.AfterName, '=') => State.BeforeValue,
                (State.Name, _) when c != '/' => state,
                (_, '/') => State.SelfClosing,
                _ => State.Name,
            };
            if (next == State.Ended)
            {
                return (i, state == State.SelfClosing);
            }

            state = next;
        }

        return (end, false);
    }

    private static void AppendLineBreaks(ReadOnlySpan<char> text, StringBuilder? bare)
    {
        for (var at = text.IndexOfAny('\n', '\r'); bare is not null && at >= 0; at = text.IndexOfAny('\n', '\r'))
        {
            bare.Append(LineBreak(text, at));
            text = text[(at + 1)..];
        }
    }

    /// <summary>
    /// The line break at <paramref name="at"/> as it is kept: a CR alone becomes a LF, since the characters between it
    /// and a later LF go, and the two must not make one CRLF (one line where the page has two).
    /// </summary>
    private static char LineBreak(ReadOnlySpan<char> text, int at) =>
        text[at] == '\r' && (at + 1 >= text.Length || text[at + 1] != '\n') ? '\n' : text[at];

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private enum State
    {
        BeforeName,
        Name,
        AfterName,
        BeforeValue,
        DoubleQuoted,
        SingleQuoted,
        Unquoted,
        AfterQuoted,
        SelfClosing,
        Ended,
    }
}
