using System.Globalization;
using System.Text;
using GovReportDocs.Html;

namespace GovReportDocs.Summary;

/// <summary>
/// A year's table of offices: one row per office, its status, key figures, findings by rule and publish date against
/// the deadline; its name links to its findings. Each cell carries the value it sorts by (<c>data-v</c>); the filter
/// above it is hidden until the page's script shows it, so without script the page is the full table.
/// </summary>
internal static class OfficeTable
{
    public static string FindingsId(RegionYear year, int index) =>
        $"f{year.Year.ToString(CultureInfo.InvariantCulture)}-{(index + 1).ToString(CultureInfo.InvariantCulture)}";

    public static void Write(StringBuilder html, RegionYear year)
    {
        var y = SummaryPage.Int(year.Year);
        var id = "offices-" + y;
        var rules = year.Rules;
        html.Append("<h3>各机关情况</h3>\n");
        html.Append("<div class=\"filters\" data-for=\"").Append(id).Append("\" hidden>")
            .Append("<label>按机关名称筛选 <input type=\"search\" name=\"q\" autocomplete=\"off\"></label> ")
            .Append("<label>状态 <select name=\"status\"><option value=\"\">全部</option>");
        foreach (var status in Enum.GetValues<SummaryStatus>().Where(s => s != SummaryStatus.Unreadable))
        {
            html.Append("<option value=\"").Append(SummaryStatuses.Key(status)).Append("\">").Append(SummaryStatuses.Text(status)).Append("</option>");
        }

        html.Append("<option value=\"late\">逾期发布</option></select></label> <span class=\"count\" role=\"status\" aria-live=\"polite\"></span></div>\n");
        html.Append("<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"").Append(id).Append("-cap\" tabindex=\"0\">\n");
        html.Append("<table class=\"offices\" id=\"").Append(id).Append("\">\n<caption id=\"").Append(id).Append("-cap\">").Append(y)
            .Append("年度各机关报告情况（点击机关名称查看发现的问题及其在报告中的位置）</caption>\n<thead>\n<tr>");
        Header(html, "机关", "text");
        Header(html, "状态", "number");
        foreach (var figure in KeyFigures.Columns)
        {
            Header(html, figure.Name, "number");
        }

        foreach (var rule in rules)
        {
            Header(html, SummaryPage.RuleName(rule) + "问题数", "number");
        }

        Header(html, "发布日期", "number");
        Header(html, "发布时限", "number");
        html.Append("</tr>\n</thead>\n<tbody>\n");
        for (var i = 0; i < year.Offices.Count; i++)
        {
            Row(html, year.Offices[i], FindingsId(year, i), rules);
        }

        html.Append("</tbody>\n</table>\n</div>\n");
    }

    private static void Header(StringBuilder html, string text, string kind) =>
        html.Append("<th scope=\"col\" data-sort=\"").Append(kind).Append("\">").AppendEscaped(text).Append("</th>");

    private static void Row(StringBuilder html, OfficeYear office, string findingsId, IReadOnlyList<string> rules)
    {
        var report = office.Report;
        html.Append("<tr data-status=\"").Append(SummaryStatuses.Key(report.Status)).Append('"');
        if (report.IsLate)
        {
            html.Append(" data-late=\"true\"");
        }

        html.Append(" data-agency=\"").AppendEscaped(office.Agency).Append("\">");
        html.Append("<th scope=\"row\"><a href=\"#").Append(findingsId).Append("\">").AppendEscaped(office.Agency).Append("</a></th>");
        Cell(html, ((int)report.Status).ToString(CultureInfo.InvariantCulture), SummaryStatuses.Text(report.Status), "status " + SummaryStatuses.Key(report.Status));
        foreach (var figure in KeyFigures.Columns)
        {
            var value = figure.Value(report);
            Cell(html, value?.ToString(CultureInfo.InvariantCulture) ?? "", figure.Text(report), null);
        }

        var counts = RuleCounts.Of(report);
        foreach (var rule in rules)
        {
            var count = counts.GetValueOrDefault(rule);
            Cell(html, count.ToString(CultureInfo.InvariantCulture), count == 0 ? "" : count.ToString(CultureInfo.InvariantCulture), null);
        }

        Cell(html, report.PublishedOn?.DayNumber.ToString(CultureInfo.InvariantCulture) ?? "",
            report.PublishedOn is { } on ? SummaryPage.Date(on) : "未写明", null);
        var deadline = report.Deadline is { } by ? $"（时限{SummaryPage.Date(by)}）" : "";
        Cell(html, report.DaysLate.ToString(CultureInfo.InvariantCulture),
            report.IsLate ? $"逾期{report.DaysLate}天{deadline}" : report.PublishedOn is null ? "无法判断" + deadline : "按时" + deadline,
            report.IsLate ? "late" : null);
        html.Append("</tr>\n");
    }

    private static void Cell(StringBuilder html, string sortValue, string text, string? cssClass)
    {
        html.Append("<td data-v=\"").Append(sortValue).Append('"');
        if (cssClass is not null)
        {
            html.Append(" class=\"").Append(cssClass).Append('"');
        }

        html.Append('>').AppendEscaped(text).Append("</td>");
    }
}
