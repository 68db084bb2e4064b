namespace GovReportDocs.Model;

/// <summary>Table 2 (二、主动公开政府信息情况).</summary>
/// <param name="Rules">规章.</param>
/// <param name="NormativeDocuments">行政规范性文件.</param>
/// <param name="Licensing">行政许可 decisions this year.</param>
/// <param name="Punishment">行政处罚 decisions this year.</param>
/// <param name="Enforcement">行政强制 decisions this year.</param>
/// <param name="FeesTenThousandYuan">行政事业性收费 collected this year, in 万元.</param>
public sealed record ProactiveDisclosure(
    DocumentCounts Rules,
    DocumentCounts NormativeDocuments,
    int Licensing,
    int Punishment,
    int Enforcement,
    decimal FeesTenThousandYuan)
{
    private readonly decimal _feesTenThousandYuan = Counts.Checked(FeesTenThousandYuan, nameof(FeesTenThousandYuan));

    /// <summary>行政事业性收费 collected this year, in 万元.</summary>
    public decimal FeesTenThousandYuan { get => _feesTenThousandYuan; init => _feesTenThousandYuan = Counts.Checked(value, nameof(FeesTenThousandYuan)); }

    private readonly int _licensing = Counts.Checked(Licensing, nameof(Licensing));

    /// <summary>行政许可 decisions this year.</summary>
    public int Licensing { get => _licensing; init => _licensing = Counts.Checked(value, nameof(Licensing)); }

    private readonly int _punishment = Counts.Checked(Punishment, nameof(Punishment));

    /// <summary>行政处罚 decisions this year.</summary>
    public int Punishment { get => _punishment; init => _punishment = Counts.Checked(value, nameof(Punishment)); }

    private readonly int _enforcement = Counts.Checked(Enforcement, nameof(Enforcement));

    /// <summary>行政强制 decisions this year.</summary>
    public int Enforcement { get => _enforcement; init => _enforcement = Counts.Checked(value, nameof(Enforcement)); }

    /// <summary>An office that issued, decided and charged nothing.</summary>
    public static ProactiveDisclosure Zero { get; } = new(DocumentCounts.Zero, DocumentCounts.Zero, 0, 0, 0, 0m);
}
