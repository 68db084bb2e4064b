using GovReportDocs.Format;
using GovReportDocs.Model;

namespace GovReportDocs.Input;

/// <summary>Which key of the input file holds each table number.</summary>
internal static class ContractPaths
{
    public static string Of(Datum datum) => datum switch
    {
        ProactiveDatum p => "proactive." + p.Item switch
        {
            ProactiveItem.RulesIssued => "rules.issued",
            ProactiveItem.RulesRepealed => "rules.repealed",
            ProactiveItem.RulesInForce => "rules.inForce",
            ProactiveItem.NormativeIssued => "normativeDocuments.issued",
            ProactiveItem.NormativeRepealed => "normativeDocuments.repealed",
            ProactiveItem.NormativeInForce => "normativeDocuments.inForce",
            ProactiveItem.Licensing => "licensing",
            ProactiveItem.Punishment => "punishment",
            ProactiveItem.Enforcement => "enforcement",
            _ => "feesTenThousandYuan",
        },
        ApplicationDatum { Row: ApplicationRow.ResultsTotal } => "applications",
        ApplicationDatum a => "applications." + ApplicationRows.Of(a.Row).ContractKey,
        ReviewDatum r => "reviewAndLitigation." + Group(r.Group) + (r.Outcome == ReviewOutcome.Total ? "" : "." + Outcome(r.Outcome)),
        _ => "",
    };

    public static string Group(ReviewGroup group) => group switch
    {
        ReviewGroup.Review => "review",
        ReviewGroup.LitigationDirect => "litigationDirect",
        _ => "litigationAfterReview",
    };

    public static string Outcome(ReviewOutcome outcome) => outcome switch
    {
        ReviewOutcome.Upheld => "upheld",
        ReviewOutcome.Corrected => "corrected",
        ReviewOutcome.Other => "other",
        _ => "pending",
    };
}
