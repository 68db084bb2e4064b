using System.Globalization;
using System.Text;
using GovReportDocs.Composition;
using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Html;
using GovReportDocs.Validation;

namespace GovReportDocs.Summary;

/// <summary>
/// The reviewer's page 汇总.html: what could not be read first; then per year a table of offices (sortable and
/// filterable by the page's small script, readable without it), the charts, each office's findings placed in the
/// report, and the region's totals as 表二、表三、表四 drawn by the report page's own table writer; last, year on year.
/// One style sheet and one script inside the page, nothing fetched. Stateless; the same model gives the same text.
/// </summary>
internal static class SummaryPage
{
    public const string Title = "政府信息公开工作年度报告汇总";

    public static string Render(RegionModel model)
    {
        var html = new StringBuilder(256 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(Title).Append("</title>\n<style>").Append(SummaryAssets.Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<a class=\"skip\" href=\"#main\">跳到正文</a>\n<main id=\"main\">\n<h1>").Append(Title).Append("</h1>\n");
        SvgChart.Definitions(html);
        Lead(html, model);
        NotPlaced(html, model);
        var ordinal = 0;
        foreach (var year in model.Years)
        {
            Year(html, year, ref ordinal);
        }

        YearOnYearSection.Write(html, model);
        html.Append("</main>\n<script>").Append(SummaryAssets.Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Lead(StringBuilder html, RegionModel model)
    {
        var files = model.NotPlaced.Count + model.Years.Sum(y => y.Offices.Sum(o => 1 + o.Others.Count));
        var offices = model.Years.SelectMany(y => y.Offices).Select(o => o.Agency).Distinct(StringComparer.Ordinal).Count();
        html.Append("<p class=\"lead\">共读取").Append(Int(files)).Append("个文件：").Append(Int(offices)).Append("个机关");
        if (model.Years.Count > 0)
        {
            html.Append('，').Append(string.Join("、", model.Years.Select(y => Int(y.Year)))).Append("年度");
        }

        html.Append('；').Append(Int(model.NotPlaced.Count)).Append("个文件无法读取或无法归入机关、年度。</p>\n");
        html.Append("<nav aria-label=\"页内导航\"><ul class=\"toc\">");
        if (model.NotPlaced.Count > 0)
        {
            html.Append("<li><a href=\"#not-placed\">无法读取的文件</a></li>");
        }

        foreach (var year in model.Years)
        {
            html.Append("<li><a href=\"#y").Append(Int(year.Year)).Append("\">").Append(Int(year.Year)).Append("年度</a></li>");
        }

        if (model.MultiYear.Count > 0)
        {
            html.Append("<li><a href=\"#year-on-year\">年度对比</a></li>");
        }

        html.Append("</ul></nav>\n");
    }

    private static void NotPlaced(StringBuilder html, RegionModel model)
    {
        if (model.NotPlaced.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"not-placed\" aria-labelledby=\"not-placed-h\">\n<h2 id=\"not-placed-h\">无法读取或无法归入机关、年度的文件（")
            .Append(Int(model.NotPlaced.Count)).Append("个）</h2>\n");
        html.Append("<p>以下文件未计入任何机关和区域合计，请逐一核对。</p>\n");
        html.Append("<table class=\"data\"><caption>无法读取的文件及原因</caption>\n<thead><tr><th scope=\"col\">文件</th><th scope=\"col\">状态</th><th scope=\"col\">原因</th></tr></thead>\n<tbody>\n");
        foreach (var report in model.NotPlaced)
        {
            html.Append("<tr><th scope=\"row\">").AppendEscaped(report.File).Append("</th><td>").Append(SummaryStatuses.Text(report.Status))
                .Append("</td><td>").AppendEscaped(report.NotPlacedBecause ?? "").Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n</section>\n");
    }

    private static void Year(StringBuilder html, RegionYear year, ref int ordinal)
    {
        var y = Int(year.Year);
        html.Append("<section id=\"y").Append(y).Append("\" aria-labelledby=\"y").Append(y).Append("-h\">\n<h2 id=\"y").Append(y).Append("-h\">")
            .Append(y).Append("年度（").Append(Int(year.Offices.Count)).Append("个机关）</h2>\n");
        var counts = Enum.GetValues<SummaryStatus>().Where(s => s != SummaryStatus.Unreadable)
            .Select(s => $"{SummaryStatuses.Text(s)}{year.Offices.Count(o => o.Report.Status == s)}个");
        var late = year.Offices.Count(o => o.Report.IsLate);
        html.Append("<p>").Append(string.Join("，", counts)).Append("；逾期发布").Append(Int(late)).Append("个。</p>\n");
        OfficeTable.Write(html, year);
        html.Append("<h3>图表</h3>\n");
        YearCharts.Write(html, year);
        html.Append("<h3 id=\"y").Append(y).Append("-findings\">各机关发现的问题</h3>\n");
        for (var i = 0; i < year.Offices.Count; i++)
        {
            OfficeFindings(html, year.Offices[i], OfficeTable.FindingsId(year, i));
        }

        html.Append("<h3>全区域合计</h3>\n<p>").Append(Int(year.Offices.Count)).Append("个机关").Append(y)
            .Append("年度报告所印数字逐格相加（某格各机关均未印数字时留空）；同一机关同一年度有多个文件时只计一个。</p>\n");
        html.Append("<div class=\"region-tables\">\n");
        foreach (var table in ReportTables.All)
        {
            HtmlTables.Write(html, new TableBlock(table, year.Totals), ++ordinal);
        }

        html.Append("</div>\n</section>\n");
    }

    private static void OfficeFindings(StringBuilder html, OfficeYear office, string id)
    {
        var report = office.Report;
        var errors = report.Findings.Count(f => f.Diagnostic.Severity == Severity.Error && !f.Diagnostic.IsAccepted);
        var warnings = report.Findings.Count(f => f.Diagnostic.Severity == Severity.Warning && !f.Diagnostic.IsAccepted);
        html.Append("<details class=\"findings\" id=\"").Append(id).Append("\" data-status=\"").Append(SummaryStatuses.Key(report.Status)).Append("\">\n<summary>")
            .AppendEscaped(office.Agency).Append('：').Append(SummaryStatuses.Text(report.Status)).Append("（错误").Append(Int(errors))
            .Append("个，警告").Append(Int(warnings)).Append('个');
        if (office.CrossYear.Count > 0)
        {
            html.Append("；跨年度核对").Append(Int(office.CrossYear.Count)).Append('项');
        }

        html.Append("）</summary>\n<p class=\"file\">文件：").AppendEscaped(report.File);
        if (office.Others.Count > 0)
        {
            html.Append("；同一报告的其他文件（未计入合计）：").AppendEscaped(string.Join("、", office.Others.Select(o => $"{o.File}（{SummaryStatuses.Text(o.Status)}）")));
        }

        html.Append("</p>\n");
        FindingTable(html, "本报告的问题", report.Findings);
        if (office.CrossYear.Count > 0)
        {
            FindingTable(html, "与上年度报告对照（R6、R15、R16）", office.CrossYear);
        }
        else if (!office.HasPreviousYear)
        {
            html.Append("<p class=\"muted\">汇总中没有该机关上一年度的报告，未做跨年度核对。</p>\n");
        }

        html.Append("</details>\n");
    }

    private static void FindingTable(StringBuilder html, string caption, IReadOnlyList<LocatedFinding> findings)
    {
        if (findings.Count == 0)
        {
            html.Append("<p>").AppendEscaped(caption).Append("：未发现问题。</p>\n");
            return;
        }

        html.Append("<table class=\"data finding-list\"><caption>").AppendEscaped(caption).Append("</caption>\n<thead><tr><th scope=\"col\">类别</th><th scope=\"col\">规则</th><th scope=\"col\">位置</th><th scope=\"col\">说明</th></tr></thead>\n<tbody>\n");
        foreach (var finding in findings)
        {
            var d = finding.Diagnostic;
            html.Append("<tr class=\"").Append(d.Severity == Severity.Error ? "error" : "warning").Append("\"><td>")
                .Append(d.IsAccepted ? "已接受的" + d.SeverityText : d.SeverityText).Append("</td><td>").AppendEscaped(RuleWithName(d.Rule)).Append("</td><td>")
                .AppendEscaped(finding.Place).Append("</td><td>").AppendEscaped(d.Message).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    /// <summary>A rule's column heading: its number, or 输入 for a finding of the input file itself.</summary>
    public static string RuleName(string rule) => rule == RuleIds.Input ? "输入" : rule;

    /// <summary>A finding's rule as the list shows it: <c>R2 表三各列平衡</c>, the catalogue's name after the number.</summary>
    public static string RuleWithName(string rule) => RuleCatalogue.Of(rule) is { } entry ? $"{entry.Id} {entry.Name}" : RuleName(rule);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>`2025年1月20日`.</summary>
    public static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
