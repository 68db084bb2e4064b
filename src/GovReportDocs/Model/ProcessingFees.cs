namespace GovReportDocs.Model;

/// <summary>信息处理费 under 国办函〔2020〕109号: part 六 always states it, even when none was charged.</summary>
/// <param name="NoticesIssued">收费通知 issued.</param>
/// <param name="NoticesAmountYuan">Total amount of those notices, in 元.</param>
/// <param name="CollectedYuan">Amount actually collected, in 元.</param>
public sealed record ProcessingFees(int NoticesIssued, decimal NoticesAmountYuan, decimal CollectedYuan)
{
    /// <summary>None charged.</summary>
    public static ProcessingFees None { get; } = new(0, 0m, 0m);

    /// <summary>Whether any notice was issued or any amount collected.</summary>
    public bool AnyCharged => NoticesIssued > 0 || NoticesAmountYuan > 0 || CollectedYuan > 0;
}
