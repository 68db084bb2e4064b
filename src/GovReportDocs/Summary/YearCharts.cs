using System.Globalization;
using System.Text;
using GovReportDocs.NationalFormat;

namespace GovReportDocs.Summary;

/// <summary>A year's charts: applications per office, outcomes per office stacked, and 纠错率 per office against the region's median.</summary>
internal static class YearCharts
{
    public static void Write(StringBuilder html, RegionYear year)
    {
        var y = year.Year.ToString(CultureInfo.InvariantCulture);
        Applications(html, year, y);
        Outcomes(html, year, y);
        CorrectionRates(html, year, y);
    }

    private static void Applications(StringBuilder html, RegionYear year, string y)
    {
        var figure = KeyFigures.NewlyReceived;
        var offices = year.Offices.OrderByDescending(o => figure.Value(o.Report) ?? -1).ThenBy(o => o.Agency, StringComparer.Ordinal).ToList();
        var rows = offices.Select(o => new SvgChart.Row(o.Agency, [figure.Value(o.Report) ?? 0], figure.Text(o.Report))).ToList();
        var total = offices.Sum(o => figure.Value(o.Report) ?? 0);
        SvgChart.Figure(html, $"chart-{y}-applications", $"{y}年度各机关本年新收政府信息公开申请数量",
            $"横条长度为各机关本年新收申请数，由多到少排列；全区域合计{NumberText.Format(total)}件。未印数字的机关记为“—”。",
            rows, [], null, ["机关", "本年新收（件）"], [.. offices.Select(o => (IReadOnlyList<string>)[o.Agency, figure.Text(o.Report)])]);
    }

    private static void Outcomes(StringBuilder html, RegionYear year, string y)
    {
        var groups = OutcomeGroups.All;
        var rows = year.Offices.Select(o => new SvgChart.Row(o.Agency,
            [.. groups.Select(g => o.Report.Sheet is { } s ? g.Value(s) ?? 0 : 0)],
            KeyFigures.ResultsTotal.Text(o.Report))).ToList();
        var table = year.Offices.Select(o => (IReadOnlyList<string>)
            [o.Agency, .. groups.Select(g => o.Report.Sheet is { } s && g.Value(s) is { } v ? NumberText.Format(v) : "—"), KeyFigures.ResultsTotal.Text(o.Report)]).ToList();
        SvgChart.Figure(html, $"chart-{y}-outcomes", $"{y}年度各机关办理结果构成",
            "每个机关一条横条，按表三“三、本年度办理结果”的六类依次分段（图例从深到浅，第三类为斜线），条后为办理结果总计。",
            rows, [.. groups.Select(g => g.Name)], null, ["机关", .. groups.Select(g => g.Name), "总计"], table);
    }

    private static void CorrectionRates(StringBuilder html, RegionYear year, string y)
    {
        var figure = KeyFigures.CorrectionRate;
        var median = year.Median(figure);
        var offices = year.Offices.Where(o => figure.Value(o.Report) is not null)
            .OrderByDescending(o => figure.Value(o.Report)).ThenBy(o => o.Agency, StringComparer.Ordinal).ToList();
        var without = year.Offices.Count - offices.Count;
        var rows = offices.Select(o => new SvgChart.Row(o.Agency, [figure.Value(o.Report)!.Value],
            $"{figure.Text(o.Report)}（{KeyFigures.Corrected.Text(o.Report)}/{CasesText(o.Report)}）")).ToList();
        var medianText = KeyFigure.Format(median, isShare: true);
        SvgChart.Figure(html, $"chart-{y}-corrections", $"{y}年度各机关纠错率与全区域中位数",
            $"纠错率为行政复议、行政诉讼中被纠错件数占案件总数的比例；虚线为有案件的{offices.Count}个机关的中位数{medianText}；{without}个机关没有复议、诉讼案件或未印数字，不列入。",
            rows, [], median is { } m ? (m, "中位数 " + medianText) : null,
            ["机关", "纠错率", "被纠错件数", "复议和诉讼案件数"],
            [.. offices.Select(o => (IReadOnlyList<string>)[o.Agency, figure.Text(o.Report), KeyFigures.Corrected.Text(o.Report), CasesText(o.Report)])]);
    }

    private static string CasesText(SummaryReport report) =>
        KeyFigures.Review.Value(report) is { } review && KeyFigures.Litigation.Value(report) is { } litigation
            ? NumberText.Format(review + litigation)
            : "—";
}
