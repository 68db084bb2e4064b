using System.Text;

namespace GovReportDocs.Html;

/// <summary>
/// Escapes text for HTML content and attribute values. Narrative text comes from users: markup in it must come out
/// as text, and characters an HTML5 parser reports as errors (controls, noncharacters, lone surrogates) become U+FFFD.
/// </summary>
internal static class HtmlText
{
    private const char Replacement = '\uFFFD';

    /// <summary>Appends <paramref name="text"/> escaped for element content or a double-quoted attribute value.</summary>
    public static StringBuilder AppendEscaped(this StringBuilder html, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&':
                    html.Append("&amp;");
                    break;
                case '<':
                    html.Append("&lt;");
                    break;
                case '>':
                    html.Append("&gt;");
                    break;
                case '"':
                    html.Append("&quot;");
                    break;
                case '\t' or '\n':
                    html.Append(c);
                    break;
                case '\r':
                    break;
                case < ' ' or (>= '\u007F' and <= '\u009F'):
                    html.Append(Replacement);
                    break;
                case >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF':
                    html.Append(Replacement);
                    break;
                case var high when char.IsHighSurrogate(high):
                    if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        var low = text[++i];
                        var scalar = char.ConvertToUtf32(high, low);
                        if ((scalar & 0xFFFE) == 0xFFFE)
                        {
                            html.Append(Replacement);
                        }
                        else
                        {
                            html.Append(high).Append(low);
                        }
                    }
                    else
                    {
                        html.Append(Replacement);
                    }

                    break;
                case var low when char.IsLowSurrogate(low):
                    html.Append(Replacement);
                    break;
                default:
                    html.Append(c);
                    break;
            }
        }

        return html;
    }

    /// <summary>The text escaped, as a string.</summary>
    public static string Escape(string text) => new StringBuilder(text.Length).AppendEscaped(text).ToString();
}
