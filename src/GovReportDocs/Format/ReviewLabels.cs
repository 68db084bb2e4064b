using GovReportDocs.Model;

namespace GovReportDocs.Format;

/// <summary>The labels of table 4 exactly as the 2021 format prints them.</summary>
public static class ReviewLabels
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

    /// <summary>All three groups, in printed order.</summary>
    public static IReadOnlyList<ReviewGroup> Groups { get; } = Enum.GetValues<ReviewGroup>();

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
