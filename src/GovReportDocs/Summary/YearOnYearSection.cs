using System.Globalization;
using System.Text;
using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Html;
using GovReportDocs.Model;

namespace GovReportDocs.Summary;

/// <summary>
/// Offices with two or more years: each key count year by year with its change, the jumps R16 questions marked (a
/// thick dashed outline and ▲R16), and every cross-year finding listed.
/// </summary>
internal static class YearOnYearSection
{
    /// <summary>The counts R16 compares, each with the cell its finding names.</summary>
    private static readonly (KeyFigure Figure, Datum At)[] Compared =
    [
        (KeyFigures.NewlyReceived, new ApplicationDatum(ApplicationRow.NewlyReceived, ApplicantColumn.Total)),
        (KeyFigures.ResultsTotal, new ApplicationDatum(ApplicationRow.ResultsTotal, ApplicantColumn.Total)),
        (KeyFigures.Review, new ReviewDatum(ReviewGroup.Review, ReviewOutcome.Total)),
        (KeyFigures.Litigation, new ReviewDatum(ReviewGroup.LitigationDirect, ReviewOutcome.Total)),
    ];

    public static void Write(StringBuilder html, RegionModel model)
    {
        var offices = model.MultiYear;
        if (offices.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"year-on-year\" aria-labelledby=\"year-on-year-h\">\n<h2 id=\"year-on-year-h\">年度对比（")
            .Append(SummaryPage.Int(offices.Count)).Append("个机关有两个以上年度的报告）</h2>\n");
        html.Append("<p>每个机关逐年一条横条；与上年相比变化超过").Append(SummaryPage.Int(Validation.R16YearOnYear.Factor))
            .Append("倍的（R16）以粗虚线框出并标“▲R16”。</p>\n");
        foreach (var (figure, at) in Compared)
        {
            Chart(html, offices, figure, at);
        }

        html.Append("<h3>跨年度核对发现的问题</h3>\n");
        var any = false;
        foreach (var (agency, years) in offices)
        {
            foreach (var office in years.Where(o => o.CrossYear.Count > 0))
            {
                any = true;
                html.Append("<table class=\"data finding-list\"><caption>").AppendEscaped(agency).Append(' ').Append(SummaryPage.Int(office.Year))
                    .Append("年度与上年度对照</caption>\n<thead><tr><th scope=\"col\">规则</th><th scope=\"col\">位置</th><th scope=\"col\">说明</th></tr></thead>\n<tbody>\n");
                foreach (var finding in office.CrossYear)
                {
                    html.Append("<tr><td>").Append(finding.Diagnostic.Rule).Append("</td><td>").AppendEscaped(finding.Place).Append("</td><td>")
                        .AppendEscaped(finding.Diagnostic.Message).Append("</td></tr>\n");
                }

                html.Append("</tbody></table>\n");
            }
        }

        if (!any)
        {
            html.Append("<p>跨年度核对（R6、R15、R16）未发现问题。</p>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>Whether R16 questioned this figure of this year against the year before.</summary>
    private static bool Jumped(OfficeYear office, Datum at) =>
        office.CrossYear.Any(f => f.Diagnostic.Rule == RuleIds.R16 && f.Diagnostic.Datum == at);

    private static void Chart(StringBuilder html, IReadOnlyList<(string Agency, IReadOnlyList<OfficeYear> Years)> offices, KeyFigure figure, Datum at)
    {
        var rows = new List<SvgChart.Row>();
        var table = new List<IReadOnlyList<string>>();
        foreach (var (agency, years) in offices)
        {
            for (var i = 0; i < years.Count; i++)
            {
                var office = years[i];
                var change = i > 0 ? Change(figure.Value(years[i - 1].Report), figure.Value(office.Report)) : "";
                var jumped = Jumped(office, at);
                var label = $"{agency} {SummaryPage.Int(office.Year)}";
                var text = figure.Text(office.Report) + (change.Length > 0 ? $"（{change}）" : "") + (jumped ? " ▲R16" : "");
                rows.Add(new SvgChart.Row(label, [figure.Value(office.Report) ?? 0], text, jumped));
                table.Add([agency, SummaryPage.Int(office.Year), figure.Text(office.Report), change.Length > 0 ? change : "—", jumped ? "是（R16）" : "否"]);
            }
        }

        var key = figure.Key;
        SvgChart.Figure(html, "chart-yoy-" + key, $"{figure.Name}：逐年对比",
            $"每个有两个以上年度报告的机关，逐年的{figure.Name}，括号内为与上年相比的变化；标“▲R16”的为变化超过{Validation.R16YearOnYear.Factor}倍。",
            rows, [], null, ["机关", "年度", figure.Name, "与上年相比", "R16 大幅变化"], table);
    }

    /// <summary>`+35%`, `−50%`, or `上年为0` when there is nothing to compare with.</summary>
    private static string Change(decimal? before, decimal? now) => (before, now) switch
    {
        ({ } b, { } n) when b > 0 => ((n - b) / b * 100) switch
        {
            var p when p >= 0 => "+" + p.ToString("0.#", CultureInfo.InvariantCulture) + "%",
            var p => "−" + (-p).ToString("0.#", CultureInfo.InvariantCulture) + "%",
        },
        (0m, { } n) when n > 0 => "上年为0",
        ({ }, { }) => "无变化",
        _ => "",
    };
}
