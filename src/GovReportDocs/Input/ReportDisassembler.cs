using GovReportDocs.Format;
using GovReportDocs.Model;

namespace GovReportDocs.Input;

/// <summary>The reverse of <see cref="ReportAssembler"/>: the values a model writes under each key of the contract.</summary>
internal static class ReportDisassembler
{
    public static BoundObject ToBound(AnnualReport report)
    {
        var root = new BoundObject();
        root.Set("agency", report.Agency);
        root.Set("year", report.Year);
        root.Set("agencyKind", AgencyKinds.Name(report.Kind));
        root.Set("publishDate", report.PublishDate);
        root.Set("contact", Object(
            ("address", report.Contact.Address), ("postcode", report.Contact.Postcode),
            ("phone", report.Contact.Phone), ("website", report.Contact.Website)));
        root.Set("preamble", report.Preamble);
        root.Set("overview", Object(
            ("introduction", report.Overview.Introduction), ("proactive", report.Overview.Proactive), ("onRequest", report.Overview.OnRequest),
            ("management", report.Overview.Management), ("platform", report.Overview.Platform),
            ("supervision", report.Overview.Supervision)));
        root.Set("proactive", Proactive(report.Proactive));
        root.Set("applications", Applications(report.Applications));
        root.Set("reviewAndLitigation", Review(report.ReviewAndLitigation));
        root.Set("problems", Object(
            ("issues", report.Problems.Issues.ToArray()), ("measures", report.Problems.Measures.ToArray()),
            ("lastYearRectification", report.Problems.LastYearRectification)));
        var fees = report.OtherMatters.Fees;
        root.Set("otherMatters", Object(
            ("fees", Object(("noticesIssued", fees.NoticesIssued), ("noticesAmountYuan", fees.NoticesAmountYuan),
                ("collectedYuan", fees.CollectedYuan))),
            ("workPlan", report.OtherMatters.WorkPlan), ("proposals", report.OtherMatters.Proposals),
            ("innovation", report.OtherMatters.Innovation)));
        root.Set("previousYear", report.PreviousYear);
        return root;
    }

    private static BoundObject Object(params (string Key, object? Value)[] values)
    {
        var bound = new BoundObject();
        foreach (var (key, value) in values)
        {
            bound.Set(key, value);
        }

        return bound;
    }

    private static BoundObject Proactive(ProactiveDisclosure table)
    {
        static BoundObject Documents(DocumentCounts row) =>
            Object(("issued", row.Issued), ("repealed", row.Repealed), ("inForce", row.InForce));

        return Object(
            ("rules", Documents(table.Rules)), ("normativeDocuments", Documents(table.NormativeDocuments)),
            ("licensing", table.Licensing), ("punishment", table.Punishment), ("enforcement", table.Enforcement),
            ("feesTenThousandYuan", table.FeesTenThousandYuan));
    }

    private static BoundObject Applications(ApplicationStatistics table)
    {
        var bound = new BoundObject();
        foreach (var row in ApplicationStatistics.EnteredRows)
        {
            var path = ApplicationRows.Of(row).ContractKey!.Split('.');
            var parent = bound;
            if (path.Length == 2)
            {
                parent = bound.Object(path[0]) ?? new BoundObject();
                bound.Set(path[0], parent);
            }

            parent.Set(path[^1], table[row].ToArray());
        }

        return bound;
    }

    private static BoundObject Review(ReviewAndLitigation table)
    {
        var bound = new BoundObject();
        foreach (var group in ReviewLabels.Groups)
        {
            var outcomes = new BoundObject();
            foreach (var outcome in ReviewLabels.Outcomes.Where(o => o != ReviewOutcome.Total))
            {
                outcomes.Set(ContractPaths.Outcome(outcome), table[group][outcome]);
            }

            bound.Set(ContractPaths.Group(group), outcomes);
        }

        return bound;
    }
}
