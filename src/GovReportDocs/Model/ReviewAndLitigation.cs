namespace GovReportDocs.Model;

/// <summary>Table 4 (四、政府信息公开行政复议、行政诉讼情况).</summary>
public sealed record ReviewAndLitigation(ReviewOutcomes Review, ReviewOutcomes LitigationDirect, ReviewOutcomes LitigationAfterReview)
{
    /// <summary>No review and no lawsuit.</summary>
    public static ReviewAndLitigation Zero { get; } = new(ReviewOutcomes.Zero, ReviewOutcomes.Zero, ReviewOutcomes.Zero);

    /// <summary>One group.</summary>
    public ReviewOutcomes this[ReviewGroup group] => group switch
    {
        ReviewGroup.Review => Review,
        ReviewGroup.LitigationDirect => LitigationDirect,
        ReviewGroup.LitigationAfterReview => LitigationAfterReview,
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };

    /// <summary>行政诉讼 cases of both kinds.</summary>
    public int LitigationTotal => LitigationDirect.Total + LitigationAfterReview.Total;
}
