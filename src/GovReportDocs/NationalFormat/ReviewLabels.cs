using GovReportDocs.Model;

namespace GovReportDocs.NationalFormat;

/// <summary>The labels of table 4 exactly as the 2021 format prints them.</summary>
internal static class ReviewLabels
{
    /// <summary>Spans the five 行政复议 columns.</summary>
    public const string Review = "行政复议";

    /// <summary>Spans the ten 行政诉讼 columns.</summary>
    public const string Litigation = "行政诉讼";

    /// <summary>Spans the first five 行政诉讼 columns.</summary>
    public const string LitigationDirect = "未经复议直接起诉";

    /// <summary>Spans the last five 行政诉讼 columns.</summary>
    public const string LitigationAfterReview = "复议后起诉";

    /// <summary>All five outcome columns of a group, in printed order.</summary>
    public static IReadOnlyList<ReviewOutcome> Outcomes { get; } = Enum.GetValues<ReviewOutcome>();

    /// <summary>The four outcomes an office enters; 总计 is computed.</summary>
    public static IReadOnlyList<ReviewOutcome> EnteredOutcomes { get; } = [.. Outcomes.Where(o => o != ReviewOutcome.Total)];

    /// <summary>All three groups, in printed order.</summary>
    public static IReadOnlyList<ReviewGroup> Groups { get; } = Enum.GetValues<ReviewGroup>();

    /// <summary>A group's key under <c>reviewAndLitigation</c> in the input file.</summary>
    public static string GroupKey(ReviewGroup group) => group switch
    {
        ReviewGroup.Review => "review",
        ReviewGroup.LitigationDirect => "litigationDirect",
        ReviewGroup.LitigationAfterReview => "litigationAfterReview",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };

    /// <summary>An outcome's key inside a group in the input file (总计 has none: it is computed).</summary>
    public static string OutcomeKey(ReviewOutcome outcome) => outcome switch
    {
        ReviewOutcome.Upheld => "upheld",
        ReviewOutcome.Corrected => "corrected",
        ReviewOutcome.Other => "other",
        ReviewOutcome.Pending => "pending",
        ReviewOutcome.Total => "total",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>How the input file describes a group: 行政诉讼·复议后起诉.</summary>
    public static string GroupTitle(ReviewGroup group) => group switch
    {
        ReviewGroup.Review => Review,
        ReviewGroup.LitigationDirect => $"{Litigation}·{LitigationDirect}",
        ReviewGroup.LitigationAfterReview => $"{Litigation}·{LitigationAfterReview}",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };

    /// <summary>One group of the model from its four entered outcomes.</summary>
    public static ReviewOutcomes Build(Func<ReviewOutcome, int> value) =>
        new(value(ReviewOutcome.Upheld), value(ReviewOutcome.Corrected), value(ReviewOutcome.Other), value(ReviewOutcome.Pending));

    /// <summary>The printed label of an outcome column.</summary>
    public static string Outcome(ReviewOutcome outcome) => outcome switch
    {
        ReviewOutcome.Upheld => "结果维持",
        ReviewOutcome.Corrected => "结果纠正",
        ReviewOutcome.Other => "其他结果",
        ReviewOutcome.Pending => "尚未审结",
        ReviewOutcome.Total => "总计",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>How a diagnostic names a group: 行政复议, 行政诉讼“复议后起诉”.</summary>
    public static string GroupReference(ReviewGroup group) => group switch
    {
        ReviewGroup.Review => Review,
        ReviewGroup.LitigationDirect => $"{Litigation}“{LitigationDirect}”",
        ReviewGroup.LitigationAfterReview => $"{Litigation}“{LitigationAfterReview}”",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };
}
