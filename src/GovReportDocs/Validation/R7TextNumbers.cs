using System.Globalization;
using System.Text.RegularExpressions;
using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;

namespace GovReportDocs.Validation;

/// <summary>
/// R7: the numbers the text quotes — 新收, 上年结转, 办结, 结转下年度, 行政复议, 行政诉讼 — equal the tables.
/// Checked on the composed text (<see cref="ValidationContext.Texts"/>); nothing to check without it. A finding quotes
/// the whole sentence (<see cref="QuotedSentence"/>).
/// </summary>
/// <remarks>
/// The phrasings are those of real reports (the reading corpus and the seeds):
/// 新收 — `本年度新收政府信息公开申请33件`, `收到依申请公开信件33件`, `收到公开政府信息的申请1件`, `收到申请公开信息要求0件`,
/// `共受理政府信息公开申请21件`, `全年受理依申请公开3件`, `接收通过邮寄、网络提交的各类政府信息公开申请共计81件`,
/// `收到群众通过邮寄、网络提交的各类政府信息公开申请共计8件`, `共收到33件政府信息公开申请`;
/// 上年结转 — `上一年度转办4件`, `上年度结转办理件0件`, `上年结转4件`;
/// 办结 — `已办结34件`, `办结依申请2件`, `办结依申请公开81件`, `共办结148件`, `共答复申请34件`;
/// 结转下年度 — `3件转下年度继续办理`, `结转下年度继续办理2件`, `结转至2026年6件`;
/// 行政复议 — `引起行政复议3件`, `行政复议案件2件`, `行政复议36起`, `被申请行政复议1件`;
/// 行政诉讼 — `引起行政诉讼2件`, `行政诉讼案件7件`, `行政诉讼9起`, `被提起行政诉讼1件`.
/// Not the same quantity, so never quoted: 受理 or 收到 that count 上年结转 in (`共受理申请37件（含上年结转4件）`: 新收 + 上年结转
/// is accepted for them), an application that is no 政府信息公开 one (`受理行政许可申请1200件`, `收到行政复议申请5件`),
/// one result (`公开答复1件`, `同意公开答复 1 件`), `按时答复` (late answers are not counted), and rates (`办结率100%`).
/// </remarks>
internal sealed partial class R7TextNumbers : IReportRule
{
    private sealed record Quote(Regex Pattern, string What, Func<StatisticsSheet, decimal?> Expected, Func<StatisticsSheet, IEnumerable<decimal?>> Accepted, string Source)
    {
        /// <summary>Words that show the match speaks of something else (a 行政复议 application is no 新收).</summary>
        public string[] NotAbout { get; init; } = [];

        /// <summary>Words the match must hold to be about this quantity (受理 alone may be any application).</summary>
        public string[] About { get; init; } = [];
    }

    private static readonly string[] OtherApplications = ["复议", "诉讼", "许可", "审批", "信访", "举报", "投诉", "咨询", "办件", "事项"];

    private static readonly Quote[] Quotes =
    [
        Row(NewlyReceived(), "新收申请", ApplicationRow.NewlyReceived, "表三第一行“本年新收”总计") with { NotAbout = OtherApplications },
        Received(ReceivedOrAccepted()),
        Received(ReceivedOrAcceptedBefore()),
        Row(CarriedOver(), "上年结转", ApplicationRow.CarriedOver, "表三第二行“上年结转”总计"),
        Row(Completed(), "办结", ApplicationRow.ResultsTotal, "表三第三行（七）“总计”"),
        Row(CarriedForward(), "结转下年度", ApplicationRow.CarriedForward, "表三第四行“结转下年度”总计"),
        Row(CarriedForwardAfter(), "结转下年度", ApplicationRow.CarriedForward, "表三第四行“结转下年度”总计"),
        Row(CarriedForwardToYear(), "结转下年度", ApplicationRow.CarriedForward, "表三第四行“结转下年度”总计"),
        new(Reviews(), "行政复议", s => s[ReviewGroup.Review, ReviewOutcome.Total], s => [Outcomes(s, ReviewGroup.Review)], "表四行政复议“总计”"),
        new(Lawsuits(), "行政诉讼",
            s => Sums.Of([s[ReviewGroup.LitigationDirect, ReviewOutcome.Total], s[ReviewGroup.LitigationAfterReview, ReviewOutcome.Total]]),
            s => [Sums.Of([Outcomes(s, ReviewGroup.LitigationDirect), Outcomes(s, ReviewGroup.LitigationAfterReview)])],
            "表四行政诉讼两组“总计”之和"),
    ];

    /// <summary>A table-3 total, and the sum of its applicant columns (a published total may be the wrong one; R4 says so).</summary>
    private static Quote Row(Regex pattern, string what, ApplicationRow row, string source) =>
        new(pattern, what, s => s[row, ApplicantColumn.Total], s => [Applicants(s, row)], source);

    /// <summary>受理/收到/接收 of 政府信息公开 applications: 新收, or 新收 and 上年结转 together.</summary>
    private static Quote Received(Regex pattern) =>
        new(pattern, "新收申请", s => s[ApplicationRow.NewlyReceived, ApplicantColumn.Total],
            s =>
            [
                Applicants(s, ApplicationRow.NewlyReceived),
                Sums.Of([s[ApplicationRow.NewlyReceived, ApplicantColumn.Total], s[ApplicationRow.CarriedOver, ApplicantColumn.Total]]),
                Sums.Of([Applicants(s, ApplicationRow.NewlyReceived), Applicants(s, ApplicationRow.CarriedOver)]),
            ],
            "表三第一行“本年新收”总计") { About = ["公开"], NotAbout = OtherApplications };

    private static decimal? Applicants(StatisticsSheet s, ApplicationRow row) =>
        Sums.Of(Model.ApplicantCounts.ApplicantColumns.Select(c => s[row, c]));

    private static decimal? Outcomes(StatisticsSheet s, ReviewGroup group) =>
        Sums.Of(ReviewLabels.Outcomes.Where(o => o != ReviewOutcome.Total).Select(o => s[group, o]));

    /// <inheritdoc />
    public string Id => RuleIds.R7;

    /// <summary>
    /// The input key of the text an office typed the quoted words in, so that the editor marks that box; null on a
    /// published report (located by its line instead) or when the words come from the template around the fields.
    /// </summary>
    private static string? TypedIn(ValidationContext context, string words) =>
        context.Published is null
            ? ReportTexts.Of(context.Report).FirstOrDefault(t => t.Text.Contains(words, StringComparison.Ordinal)).Field
            : null;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        foreach (var text in context.Texts)
        {
            var told = new HashSet<int>();
            foreach (var quote in Quotes)
            {
                foreach (Match match in quote.Pattern.Matches(text))
                {
                    var number = match.Groups["n"];
                    if (quote.NotAbout.Any(w => match.Value.Contains(w, StringComparison.Ordinal))
                        || (quote.About.Length > 0 && !quote.About.Any(w => match.Value.Contains(w, StringComparison.Ordinal)))
                        || !told.Add(number.Index))
                    {
                        continue;
                    }

                    var quoted = decimal.Parse(number.Value, CultureInfo.InvariantCulture);
                    if (quote.Expected(context.Sheet) is { } expected && expected != quoted && !quote.Accepted(context.Sheet).Contains(quoted))
                    {
                        var sentence = QuotedSentence.Around(text, match.Index, match.Length);
                        var unit = OneUnit().Match(sentence[..Math.Max(0, sentence.IndexOf(match.Value, StringComparison.Ordinal))]).Groups["unit"];
                        var finding = unit.Success
                            ? Diagnostic.Warning(Id,
                                $"正文“{sentence}”中的{quote.What}数为{Sums.Text(quoted)}，{quote.Source}为{Sums.Text(expected)}：该句说的可能只是“{unit.Value}”一个部门的数，请核对")
                            : Diagnostic.Error(Id,
                                $"正文“{sentence}”中的{quote.What}数应为{Sums.Text(expected)}（{quote.Source}），实际为{Sums.Text(quoted)}");
                        yield return finding with { Quote = sentence, Field = TypedIn(context, match.Value) };
                    }
                }
            }
        }
    }

    /// <summary>
    /// A sentence that names one unit of the office as the one counting (`区政府办代表区政府受理…17件` in a 区政府's report, whose
    /// 表三 counts every department): a reader may question it, it is not clearly wrong — a warning.
    /// </summary>
    [GeneratedRegex(@"(?<unit>[\u4e00-\u9fa5]{2,10})代表")]
    private static partial Regex OneUnit();

    private const string Gap = @"[^，。；、,;\d]";

    /// <summary>A gap that may list channels (`通过邮寄、网络提交的`), never a clause or a number.</summary>
    private const string ListGap = @"[^，。；,;\d]";

    [GeneratedRegex($@"新收{Gap}{{0,15}}?申请{Gap}{{0,8}}?(?<n>\d+)(件|个|条)")]
    private static partial Regex NewlyReceived();

    [GeneratedRegex($@"(?<!未)(收到|受理|接收|接到){ListGap}{{0,25}}?申请{Gap}{{0,8}}?(?<n>\d+)\s?(件|个|条)")]
    private static partial Regex ReceivedOrAccepted();

    [GeneratedRegex($@"(?<!未)(新收|收到|受理|接收|接到)(了)?(各类)?(?<n>\d+)(件|个|条){Gap}{{0,12}}?申请")]
    private static partial Regex ReceivedOrAcceptedBefore();

    [GeneratedRegex($@"(上年结转|上年度结转|上一年度结转|上一年度转办|上年度转办|上年度未办结){Gap}{{0,8}}?(?<n>\d+)(件|个|条)")]
    private static partial Regex CarriedOver();

    [GeneratedRegex($@"((?<!未)办结|共答复|全部答复){Gap}{{0,6}}?(?<n>\d+)(件|个|条)")]
    private static partial Regex Completed();

    [GeneratedRegex($@"结转下一?年度{Gap}{{0,8}}?(?<n>\d+)(件|个|条)")]
    private static partial Regex CarriedForward();

    [GeneratedRegex(@"(?<n>\d+)(件|个|条)(申请)?(结转|转)(至|入)?下一?年度")]
    private static partial Regex CarriedForwardAfter();

    [GeneratedRegex(@"结转(至|到)\d{4}年(度)?(办理)?(?<n>\d+)(件|个|条)")]
    private static partial Regex CarriedForwardToYear();

    [GeneratedRegex($@"行政复议(案件)?{Gap}{{0,2}}?(?<n>\d+)(件|起)")]
    private static partial Regex Reviews();

    [GeneratedRegex($@"行政诉讼(案件)?{Gap}{{0,2}}?(?<n>\d+)(件|起)")]
    private static partial Regex Lawsuits();
}
