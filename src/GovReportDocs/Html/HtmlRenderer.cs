using System.Text;
using GovReportDocs.Composition;

namespace GovReportDocs.Html;

/// <summary>
/// Renders a report as one self-contained HTML5 page for the 政府信息公开专栏: real headings for the title and
/// the six parts, the three tables walked from their descriptions with rowspan/colspan and scoped header cells,
/// one inline style sheet, no script, nothing fetched. Stateless and thread-safe; the same report gives the same bytes.
/// </summary>
internal static class HtmlRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Renders a composed report to the page's text.</summary>
    public static string Render(ComposedReport report)
    {
        // Room for a usual page (17-22 K characters) in 64 KB, under the 85,000 bytes from which .NET puts an array on the
        // large-object heap: a builder of 64 K characters (128 KB) there cost every report a share of a full collection
        // (41 gen-2 collections a 1,000-report batch, ~0.6 ms a report).
        var html = new StringBuilder(32 * 1024);
        HtmlPage.Open(html, report);
        var tables = 0;
        foreach (var block in report.Blocks)
        {
            switch (block)
            {
                case TitleBlock title:
                    Title(html, title);
                    break;
                case HeadingBlock heading:
                    var tag = "h" + (heading.Level + 1);
                    html.Append('<').Append(tag).Append('>').AppendEscaped(heading.Text).Append("</").Append(tag).Append(">\n");
                    break;
                case ParagraphBlock paragraph:
                    Paragraph(html, paragraph);
                    break;
                case TableBlock table:
                    HtmlTables.Write(html, table, ++tables);
                    break;
                case ClosingBlock closing:
                    html.Append("<footer class=\"closing\">\n");
                    foreach (var line in closing.Lines)
                    {
                        html.Append("<p>").AppendEscaped(line.Text).Append("</p>\n");
                    }

                    html.Append("</footer>\n");
                    break;
            }
        }

        HtmlPage.Close(html);
        return html.ToString();
    }

    /// <summary>Renders a composed report to UTF-8 bytes (no byte order mark).</summary>
    public static byte[] RenderBytes(ComposedReport report) => Utf8.GetBytes(Render(report));

    /// <summary>Renders a composed report to a stream as UTF-8 (no byte order mark).</summary>
    public static void Render(ComposedReport report, Stream output)
    {
        var bytes = RenderBytes(report);
        output.Write(bytes, 0, bytes.Length);
    }

    /// <summary>
    /// One h1 in the composer's lines (each a block, as printed); inside a line, word-break:keep-all in
    /// the style sheet leaves only the unit boundaries marked here with wbr (and brackets) for a phone to wrap at.
    /// </summary>
    private static void Title(StringBuilder html, TitleBlock title)
    {
        html.Append("<h1>");
        for (var i = 0; i < title.Lines.Count; i++)
        {
            // A span per line, set as a block by the style sheet: a reader of the page (ours included) still reads one
            // title, where a <br> would make two lines of text.
            html.Append("<span>");
            var line = title.Lines[i];
            var quality = UnitBoundaries.Qualities(line);
            var from = 0;
            for (var at = 1; at < line.Length; at++)
            {
                if (quality[at] >= UnitBoundaries.Unit)
                {
                    html.AppendEscaped(line[from..at]).Append("<wbr>");
                    from = at;
                }
            }

            html.AppendEscaped(line[from..]).Append("</span>");
        }

        html.Append("</h1>\n");
    }

    /// <summary>
    /// Text with a wbr after / ? &amp; . - _ = in each web address and after a phone number's area code (0858-), where a
    /// browser may then break it as the PDF does (<see cref="Kinsoku.BreakablePieces"/>; a browser never breaks between
    /// a hyphen and a digit itself): a justified line before a run it could not break would be letter-spaced across
    /// the column.
    /// </summary>
    private static void AppendBreakable(StringBuilder html, string text)
    {
        var from = 0;
        for (var i = 0; i < text.Length;)
        {
            if (!Kinsoku.IsAtomic(text[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && Kinsoku.IsAtomic(text[end]))
            {
                end++;
            }

            var run = text[i..end];
            var pieces = Kinsoku.BreakablePieces(run).ToList();
            if (pieces.Count > 1)
            {
                html.AppendEscaped(text[from..i]);
                for (var p = 0; p < pieces.Count; p++)
                {
                    html.Append(p > 0 ? "<wbr>" : "").AppendEscaped(pieces[p]);
                }

                from = end;
            }

            i = end;
        }

        html.AppendEscaped(text[from..]);
    }

    private static void Paragraph(StringBuilder html, ParagraphBlock paragraph)
    {
        html.Append("<p>");
        if (paragraph.LeadIn is not null)
        {
            html.Append("<b class=\"lead-in-").Append(paragraph.LeadInLevel == 2 ? '2' : '3').Append("\">")
                .AppendEscaped(paragraph.LeadIn).Append("</b>");
        }

        AppendBreakable(html, paragraph.Text);
        html.Append("</p>\n");
    }
}
