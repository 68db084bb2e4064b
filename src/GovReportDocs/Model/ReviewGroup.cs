namespace GovReportDocs.Model;

/// <summary>The three groups of table 4, in printed order.</summary>
public enum ReviewGroup
{
    /// <summary>行政复议.</summary>
    Review,
    /// <summary>行政诉讼 · 未经复议直接起诉.</summary>
    LitigationDirect,
    /// <summary>行政诉讼 · 复议后起诉.</summary>
    LitigationAfterReview,
}
