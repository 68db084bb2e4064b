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
    /// <summary>An office that issued, decided and charged nothing.</summary>
    public static ProactiveDisclosure Zero { get; } = new(DocumentCounts.Zero, DocumentCounts.Zero, 0, 0, 0, 0m);
}
