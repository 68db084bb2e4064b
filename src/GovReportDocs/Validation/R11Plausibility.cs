using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;

namespace GovReportDocs.Validation;

/// <summary>
/// R11: numbers that add up but that a reviewer would question. Warnings only.
/// </summary>
internal sealed class R11Plausibility : IReportRule
{
    private static readonly string[] SupervisionTopics = ["考核", "评议", "责任追究"];

    /// <inheritdoc />
    public string Id => RuleIds.R11;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var report = context.Report;
        var sheet = context.Sheet;
        var namedTownship = AgencyKinds.NamesTownship(report.Agency);
        var isTownship = report.Kind == AgencyKind.Township || namedTownship;

        if (report.Kind != AgencyKind.Township && namedTownship)
        {
            yield return Diagnostic.Warning(Id,
                $"机关名称“{report.Agency}”是乡镇或街道，机关类型应为township（乡镇），实际为{AgencyKinds.Describe(report.Kind)}") with { Field = "agencyKind" };
        }

        if (isTownship)
        {
            foreach (var item in ProactiveItems.All.Where(s => s.Row == ProactiveLabels.Rules).Select(s => s.Item))
            {
                if (sheet[item] is { } value && value > 0)
                {
                    var datum = new ProactiveDatum(item);
                    yield return Diagnostic.Warning(Id,
                        $"{datum.Describe()}：乡镇（街道）无权制定规章，应为0，实际为{Sums.Text(value)}", datum);
                }
            }
        }

        foreach (var warning in DoubleCounting(sheet))
        {
            yield return warning;
        }

        var reviews = sheet[ReviewGroup.Review, ReviewOutcome.Total];
        var suitsAfterReview = sheet[ReviewGroup.LitigationAfterReview, ReviewOutcome.Total];
        if (reviews is not null && suitsAfterReview is not null && suitsAfterReview > reviews)
        {
            var datum = new ReviewDatum(ReviewGroup.LitigationAfterReview, ReviewOutcome.Total);
            yield return Diagnostic.Warning(Id,
                $"{datum.Describe()}（{Sums.Text(suitsAfterReview.Value)}）多于行政复议总计（{Sums.Text(reviews.Value)}）：" +
                "复议后起诉的案件通常不多于本年行政复议案件，请核对（上年复议、本年起诉的情况可在正文说明）", datum);
        }

        if (report.Kind == AgencyKind.Government && report.Overview.Supervision is { } supervision
            && !SupervisionTopics.Any(supervision.Contains))
        {
            yield return Diagnostic.Warning(Id,
                "总体情况（监督保障）：各级人民政府的报告应写明工作考核、社会评议和责任追究结果情况，正文中未见“考核”“评议”“责任追究”") with { Field = "overview.supervision" };
        }
        else if (report.Kind == AgencyKind.Government && report.Overview.Supervision is null && context.Published is null)
        {
            yield return Diagnostic.Warning(Id,
                "总体情况（监督保障）未填写：各级人民政府的报告应写明工作考核、社会评议和责任追究结果情况，默认文字在此处留有“【请填写】”，发布前须补写")
                with { Field = "overview" };
        }
    }

    /// <summary>
    /// A request handled by 部分公开 counts only there; counted again under a 不予公开 reason it makes the
    /// results exceed what was received.
    /// </summary>
    private IEnumerable<Diagnostic> DoubleCounting(StatisticsSheet sheet)
    {
        const ApplicantColumn column = ApplicantColumn.Total;
        var received = Sums.Of([sheet[ApplicationRow.NewlyReceived, column], sheet[ApplicationRow.CarriedOver, column]]);
        var handled = Sums.Of([sheet[ApplicationRow.ResultsTotal, column], sheet[ApplicationRow.CarriedForward, column]]);
        var partial = sheet[ApplicationRow.PartiallyGranted, column];
        var denied = Sums.Of(ApplicationRows.All
            .Where(r => r.Row is >= ApplicationRow.DeniedStateSecret and <= ApplicationRow.DeniedAdministrativeQuery)
            .Select(r => sheet[r.Row, column]));
        if (received is null || handled is null || partial is not > 0 || denied is not > 0 || handled <= received)
        {
            yield break;
        }

        var datum = new ApplicationDatum(ApplicationRow.PartiallyGranted, column);
        yield return Diagnostic.Warning(Id,
            $"办理结果与结转之和（{Sums.Text(handled.Value)}）比收到的申请（{Sums.Text(received.Value)}）多" +
            $"{Sums.Text(handled.Value - received.Value)}件，且有部分公开{Sums.Text(partial.Value)}件、不予公开{Sums.Text(denied.Value)}件：" +
            "区分处理的申请只计入“部分公开”，不应同时计入不予公开等情形", datum);
    }
}
