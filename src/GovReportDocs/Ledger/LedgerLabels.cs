using GovReportDocs.NationalFormat;
using GovReportDocs.Model;

namespace GovReportDocs.Ledger;

/// <summary>
/// What a ledger (登记台账) says, in the words of our template: its sheets, its columns, and the values of its lists.
/// The list values are the format's own labels, taken from the table description — a ledger filled from our lists
/// counts without a single guess.
/// </summary>
internal static class LedgerLabels
{
    public const string ApplicationsSheet = "政府信息公开申请";
    public const string OptionsSheet = "选项";

    /// <summary>The 行政复议 and 行政诉讼 sheets are named as 表四 names its groups.</summary>
    public static string ReviewSheet => ReviewLabels.Review;

    public static string LitigationSheet => ReviewLabels.Litigation;

    public const string Received = "收到日期";
    public const string Applicant = "申请人姓名或名称";
    public const string Category = "申请人类别";
    public const string Content = "申请内容";
    public const string Outcome = "办理结果";
    public const string Answered = "答复日期";
    public const string Case = "案件";
    public const string LitigationKind = "起诉方式";
    public const string Result = "结果";

    /// <summary>The 办理结果 of 表三 三（一）…（六）, each as the ledger's list shows it: （三）不予公开·1.属于国家秘密.</summary>
    public static IReadOnlyList<(ApplicationRow Row, string Label)> Outcomes { get; } =
        [.. ApplicationRows.All.Where(s => s.IsResult && s.Row != ApplicationRow.ResultsTotal)
            .Select(s => (s.Row, s.Group is null ? s.Label : $"{s.Group}·{s.Label}"))];

    /// <summary>The six applicant categories of 表三, as printed.</summary>
    public static IReadOnlyList<(ApplicantColumn Column, string Label)> Categories { get; } =
        [.. ApplicantCounts.ApplicantColumns.Select(c => (c, ApplicantColumns.Label(c)))];

    /// <summary>The four results of a case, as 表四 prints them (总计 is not a result).</summary>
    public static IReadOnlyList<(ReviewOutcome Outcome, string Label)> Results { get; } =
        [.. ReviewLabels.EnteredOutcomes.Select(o => (o, ReviewLabels.Outcome(o)))];

    /// <summary>How a lawsuit came: the two 行政诉讼 groups of 表四.</summary>
    public static IReadOnlyList<(ReviewGroup Group, string Label)> LitigationKinds { get; } =
    [
        (ReviewGroup.LitigationDirect, ReviewLabels.LitigationDirect),
        (ReviewGroup.LitigationAfterReview, ReviewLabels.LitigationAfterReview),
    ];

    public static string OutcomeLabel(ApplicationRow row) => Outcomes.First(o => o.Row == row).Label;
}
