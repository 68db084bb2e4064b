namespace GovReportDocs.Model;

/// <summary>The five columns of each table-4 group, in printed order.</summary>
public enum ReviewOutcome
{
    /// <summary>结果维持.</summary>
    Upheld,
    /// <summary>结果纠正.</summary>
    Corrected,
    /// <summary>其他结果.</summary>
    Other,
    /// <summary>尚未审结.</summary>
    Pending,
    /// <summary>总计 (computed).</summary>
    Total,
}
