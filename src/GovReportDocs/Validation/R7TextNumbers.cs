using System.Globalization;
using System.Text.RegularExpressions;
using GovReportDocs.Diagnostics;
using GovReportDocs.Format;
using GovReportDocs.Model;

namespace GovReportDocs.Validation;

/// <summary>
/// R7: the numbers the text quotes — 新收, 上年结转, 办结, 结转下年度, 行政复议, 行政诉讼 — equal the tables.
/// Checked on the composed text (<see cref="ValidationContext.Texts"/>); nothing to check without it.
/// </summary>
internal sealed partial class R7TextNumbers : IReportRule
{
    private sealed record Quote(Regex Pattern, string What, Func<StatisticsSheet, decimal?> Expected, Func<StatisticsSheet, decimal?> Parts, string Source);

    private static readonly Quote[] Quotes =
    [
        Row(NewlyReceived(), "新收申请", ApplicationRow.NewlyReceived, "表三第一行“本年新收”总计"),
        Row(CarriedOver(), "上年结转", ApplicationRow.CarriedOver, "表三第二行“上年结转”总计"),
        Row(Completed(), "办结", ApplicationRow.ResultsTotal, "表三第三行（七）“总计”"),
        Row(CarriedForward(), "结转下年度", ApplicationRow.CarriedForward, "表三第四行“结转下年度”总计"),
        Row(CarriedForwardAfter(), "结转下年度", ApplicationRow.CarriedForward, "表三第四行“结转下年度”总计"),
        new(Reviews(), "行政复议", s => s[ReviewGroup.Review, ReviewOutcome.Total], s => Outcomes(s, ReviewGroup.Review), "表四行政复议“总计”"),
        new(Lawsuits(), "行政诉讼",
            s => Sums.Of([s[ReviewGroup.LitigationDirect, ReviewOutcome.Total], s[ReviewGroup.LitigationAfterReview, ReviewOutcome.Total]]),
            s => Sums.Of([Outcomes(s, ReviewGroup.LitigationDirect), Outcomes(s, ReviewGroup.LitigationAfterReview)]),
            "表四行政诉讼两组“总计”之和"),
    ];

    /// <summary>A table-3 total, and the sum of its applicant columns (a published total may be the wrong one; R4 says so).</summary>
    private static Quote Row(Regex pattern, string what, ApplicationRow row, string source) =>
        new(pattern, what, s => s[row, ApplicantColumn.Total],
            s => Sums.Of(Model.ApplicantCounts.ApplicantColumns.Select(c => s[row, c])), source);

    private static decimal? Outcomes(StatisticsSheet s, ReviewGroup group) =>
        Sums.Of(ReviewLabels.Outcomes.Where(o => o != ReviewOutcome.Total).Select(o => s[group, o]));

    /// <inheritdoc />
    public string Id => RuleIds.R7;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        foreach (var text in context.Texts)
        {
            foreach (var quote in Quotes)
            {
                foreach (Match match in quote.Pattern.Matches(text))
                {
                    var quoted = decimal.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
                    if (quote.Expected(context.Sheet) is { } expected && expected != quoted && quote.Parts(context.Sheet) != quoted)
                    {
                        yield return Diagnostic.Error(Id,
                            $"正文“{match.Value}”中的{quote.What}数应为{Sums.Text(expected)}（{quote.Source}），实际为{Sums.Text(quoted)}") with { Quote = match.Value };
                    }
                }
            }
        }
    }

    private const string Gap = @"[^，。；、,;\d]";

    [GeneratedRegex($@"(新收|收到){Gap}{{0,15}}?申请{Gap}{{0,8}}?(?<n>\d+)(件|个|条)")]
    private static partial Regex NewlyReceived();

    [GeneratedRegex($@"(上年结转|上年度结转|上一年度结转|上一年度转办|上年度转办){Gap}{{0,8}}?(?<n>\d+)(件|个|条)")]
    private static partial Regex CarriedOver();

    [GeneratedRegex($@"(?<!未)办结{Gap}{{0,6}}?(?<n>\d+)(件|个|条)")]
    private static partial Regex Completed();

    [GeneratedRegex($@"结转下一?年度{Gap}{{0,8}}?(?<n>\d+)(件|个|条)")]
    private static partial Regex CarriedForward();

    [GeneratedRegex(@"(?<n>\d+)(件|个|条)(申请)?(结转|转)(至|入)?下一?年度")]
    private static partial Regex CarriedForwardAfter();

    [GeneratedRegex($@"行政复议(案件)?{Gap}{{0,2}}?(?<n>\d+)(件|起)")]
    private static partial Regex Reviews();

    [GeneratedRegex($@"行政诉讼(案件)?{Gap}{{0,2}}?(?<n>\d+)(件|起)")]
    private static partial Regex Lawsuits();
}
