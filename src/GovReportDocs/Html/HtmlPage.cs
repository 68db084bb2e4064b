using System.Text;
using GovReportDocs.Composition;

namespace GovReportDocs.Html;

/// <summary>The page around the report: HTML5 shell, head with the one style sheet, nothing that loads anything.</summary>
internal static class HtmlPage
{
    public static void Open(StringBuilder html, ComposedReport report)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").AppendEscaped(report.Title).Append("</title>\n");
        html.Append("<meta name=\"author\" content=\"").AppendEscaped(report.Report.Agency).Append("\">\n");
        html.Append("<style>\n").Append(HtmlStyle.Css).Append("</style>\n");
        html.Append("</head>\n<body>\n<main>\n");
    }

    public static void Close(StringBuilder html) => html.Append("</main>\n</body>\n</html>\n");
}
