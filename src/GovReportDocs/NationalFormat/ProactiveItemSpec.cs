using GovReportDocs.Model;

namespace GovReportDocs.NationalFormat;

/// <summary>Everything the format and the data contract say about one number of table 2.</summary>
/// <param name="Item">Which number.</param>
/// <param name="Row">Its row label, e.g. 规章.</param>
/// <param name="Column">Its column header in the 第二十条第（一）项 block (本年制发件数 …), or null in a one-number row.</param>
/// <param name="ContractKey">Its key under <c>proactive</c> in the input file, dotted when nested (<c>rules.issued</c>).</param>
/// <param name="ValueIn">Reads it from the model.</param>
internal sealed record ProactiveItemSpec(ProactiveItem Item, string Row, string? Column, string ContractKey, Func<ProactiveDisclosure, decimal> ValueIn)
{
    /// <summary>Where the number sits, in words: “规章”行“本年制发件数”列.</summary>
    public string Reference => Column is null ? $"“{Row}”行" : $"“{Row}”行“{Column}”列";
}

/// <summary>The ten numbers of table 2 in printed order, and the one mapping between them and the model.</summary>
internal static class ProactiveItems
{
    /// <summary>All ten, in printed order.</summary>
    public static IReadOnlyList<ProactiveItemSpec> All { get; } =
    [
        new(ProactiveItem.RulesIssued, ProactiveLabels.Rules, ProactiveLabels.Issued, "rules.issued", t => t.Rules.Issued),
        new(ProactiveItem.RulesRepealed, ProactiveLabels.Rules, ProactiveLabels.Repealed, "rules.repealed", t => t.Rules.Repealed),
        new(ProactiveItem.RulesInForce, ProactiveLabels.Rules, ProactiveLabels.InForce, "rules.inForce", t => t.Rules.InForce),
        new(ProactiveItem.NormativeIssued, ProactiveLabels.NormativeDocuments, ProactiveLabels.Issued, "normativeDocuments.issued",
            t => t.NormativeDocuments.Issued),
        new(ProactiveItem.NormativeRepealed, ProactiveLabels.NormativeDocuments, ProactiveLabels.Repealed, "normativeDocuments.repealed",
            t => t.NormativeDocuments.Repealed),
        new(ProactiveItem.NormativeInForce, ProactiveLabels.NormativeDocuments, ProactiveLabels.InForce, "normativeDocuments.inForce",
            t => t.NormativeDocuments.InForce),
        new(ProactiveItem.Licensing, ProactiveLabels.Licensing, null, "licensing", t => t.Licensing),
        new(ProactiveItem.Punishment, ProactiveLabels.Punishment, null, "punishment", t => t.Punishment),
        new(ProactiveItem.Enforcement, ProactiveLabels.Enforcement, null, "enforcement", t => t.Enforcement),
        new(ProactiveItem.FeesTenThousandYuan, ProactiveLabels.Fees, null, "feesTenThousandYuan", t => t.FeesTenThousandYuan),
    ];

    private static readonly Dictionary<ProactiveItem, ProactiveItemSpec> ByItem = All.ToDictionary(s => s.Item);

    /// <summary>The spec of one number.</summary>
    public static ProactiveItemSpec Of(ProactiveItem item) => ByItem[item];

    /// <summary>The 规章 / 行政规范性文件 rows: (in force, issued, repealed) of each.</summary>
    public static IReadOnlyList<(ProactiveItem InForce, ProactiveItem Issued, ProactiveItem Repealed)> DocumentRows { get; } =
    [
        (ProactiveItem.RulesInForce, ProactiveItem.RulesIssued, ProactiveItem.RulesRepealed),
        (ProactiveItem.NormativeInForce, ProactiveItem.NormativeIssued, ProactiveItem.NormativeRepealed),
    ];

    /// <summary>Table 2 of the model from its ten numbers (counts truncated to integers).</summary>
    public static ProactiveDisclosure Build(Func<ProactiveItem, decimal> value)
    {
        int Count(ProactiveItem item) => (int)value(item);
        return new ProactiveDisclosure(
            new DocumentCounts(Count(ProactiveItem.RulesIssued), Count(ProactiveItem.RulesRepealed), Count(ProactiveItem.RulesInForce)),
            new DocumentCounts(Count(ProactiveItem.NormativeIssued), Count(ProactiveItem.NormativeRepealed), Count(ProactiveItem.NormativeInForce)),
            Count(ProactiveItem.Licensing), Count(ProactiveItem.Punishment), Count(ProactiveItem.Enforcement),
            value(ProactiveItem.FeesTenThousandYuan));
    }
}
