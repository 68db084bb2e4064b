using System.Text;
using GovReportDocs.Composition;
using GovReportDocs.Model;
using GovReportDocs.Narrative;

namespace GovReportDocs.Html;

/// <summary>
/// Renders a report as one self-contained HTML5 page for the 政府信息公开专栏: real headings for the title and
/// the six parts, the three tables walked from their descriptions with rowspan/colspan and scoped header cells,
/// one inline style sheet, no script, nothing fetched. Stateless and thread-safe; the same report gives the same bytes.
/// </summary>
internal static class HtmlRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Composes and renders a report.</summary>
    /// <exception cref="NarrativeException">A template or a text of the input cannot be rendered.</exception>
    public static string Render(AnnualReport report, NarrativeTemplates? templates = null) =>
        Render(ReportComposer.Compose(report, templates));

    /// <summary>Renders a composed report to the page's text.</summary>
    public static string Render(ComposedReport report)
    {
        var html = new StringBuilder(64 * 1024);
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
    /// One h1. The composer's line breaks and the natural break before 政府信息公开工作年度报告 become the only
    /// places the title may wrap (word-break:keep-all in the style sheet), so a phone breaks it where print does.
    /// </summary>
    private static void Title(StringBuilder html, TitleBlock title)
    {
        html.Append("<h1>");
        for (var i = 0; i < title.Lines.Count; i++)
        {
            var line = title.Lines[i];
            if (i > 0)
            {
                html.Append("<wbr>");
            }

            var natural = line.Length - TitleLines.Suffix.Length;
            if (natural > 0 && line.EndsWith(TitleLines.Suffix, StringComparison.Ordinal))
            {
                html.AppendEscaped(line[..natural]).Append("<wbr>").AppendEscaped(TitleLines.Suffix);
            }
            else
            {
                html.AppendEscaped(line);
            }
        }

        html.Append("</h1>\n");
    }

    private static void Paragraph(StringBuilder html, ParagraphBlock paragraph)
    {
        html.Append("<p>");
        if (paragraph.LeadIn is not null)
        {
            html.Append("<b class=\"lead-in-").Append(paragraph.LeadInLevel == 2 ? '2' : '3').Append("\">")
                .AppendEscaped(paragraph.LeadIn).Append("</b>");
        }

        html.AppendEscaped(paragraph.Text).Append("</p>\n");
    }
}
