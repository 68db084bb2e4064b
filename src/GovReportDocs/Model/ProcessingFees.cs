namespace GovReportDocs.Model;

/// <summary>信息处理费 under 国办函〔2020〕109号: part 六 always states it, even when none was charged.</summary>
/// <param name="NoticesIssued">收费通知 issued.</param>
/// <param name="NoticesAmountYuan">Total amount of those notices, in 元.</param>
/// <param name="CollectedYuan">Amount actually collected, in 元.</param>
public sealed record ProcessingFees(int NoticesIssued, decimal NoticesAmountYuan, decimal CollectedYuan)
{
    private readonly decimal _noticesAmountYuan = Counts.Checked(NoticesAmountYuan, nameof(NoticesAmountYuan));

    /// <summary>Total amount of the notices, in 元.</summary>
    public decimal NoticesAmountYuan { get => _noticesAmountYuan; init => _noticesAmountYuan = Counts.Checked(value, nameof(NoticesAmountYuan)); }

    private readonly decimal _collectedYuan = Counts.Checked(CollectedYuan, nameof(CollectedYuan));

    /// <summary>Amount actually collected, in 元.</summary>
    public decimal CollectedYuan { get => _collectedYuan; init => _collectedYuan = Counts.Checked(value, nameof(CollectedYuan)); }

    private readonly int _noticesIssued = Counts.Checked(NoticesIssued, nameof(NoticesIssued));

    /// <summary>收费通知 issued.</summary>
    public int NoticesIssued { get => _noticesIssued; init => _noticesIssued = Counts.Checked(value, nameof(NoticesIssued)); }

    /// <summary>None charged.</summary>
    public static ProcessingFees None { get; } = new(0, 0m, 0m);

    /// <summary>Whether any notice was issued or any amount collected.</summary>
    public bool AnyCharged => NoticesIssued > 0 || NoticesAmountYuan > 0 || CollectedYuan > 0;
}
