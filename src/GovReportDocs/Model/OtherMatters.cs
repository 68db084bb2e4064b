namespace GovReportDocs.Model;

/// <summary>六、其他需要报告的事项.</summary>
/// <param name="Fees">（一）信息处理费, always stated.</param>
/// <param name="WorkPlan">（二）落实上级年度政务公开工作要点情况.</param>
/// <param name="Proposals">（三）人大代表建议和政协提案办理结果公开情况.</param>
/// <param name="Innovation">（四）年度政务公开工作创新情况.</param>
public sealed record OtherMatters(ProcessingFees Fees, string? WorkPlan = null, string? Proposals = null, string? Innovation = null)
{
    /// <summary>No fee and nothing else to report.</summary>
    public static OtherMatters None { get; } = new(ProcessingFees.None);
}
