using GovReportDocs.Model;

namespace GovReportDocs.Format;

/// <summary>Reads the number a <see cref="Datum"/> names out of a report: the one bridge from cells to the model.</summary>
public static class ReportData
{
    /// <summary>The value of one table number, computed totals included.</summary>
    public static decimal ValueOf(AnnualReport report, Datum datum) => datum switch
    {
        ProactiveDatum p => ValueOf(report.Proactive, p.Item),
        ApplicationDatum a => report.Applications[a.Row][a.Column],
        ReviewDatum r => report.ReviewAndLitigation[r.Group][r.Outcome],
        _ => throw new ArgumentOutOfRangeException(nameof(datum), datum, null),
    };

    private static decimal ValueOf(ProactiveDisclosure table, ProactiveItem item) => item switch
    {
        ProactiveItem.RulesIssued => table.Rules.Issued,
        ProactiveItem.RulesRepealed => table.Rules.Repealed,
        ProactiveItem.RulesInForce => table.Rules.InForce,
        ProactiveItem.NormativeIssued => table.NormativeDocuments.Issued,
        ProactiveItem.NormativeRepealed => table.NormativeDocuments.Repealed,
        ProactiveItem.NormativeInForce => table.NormativeDocuments.InForce,
        ProactiveItem.Licensing => table.Licensing,
        ProactiveItem.Punishment => table.Punishment,
        ProactiveItem.Enforcement => table.Enforcement,
        ProactiveItem.FeesTenThousandYuan => table.FeesTenThousandYuan,
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, null),
    };
}
