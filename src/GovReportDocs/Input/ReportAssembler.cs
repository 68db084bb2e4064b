using GovReportDocs.Format;
using GovReportDocs.Model;

namespace GovReportDocs.Input;

/// <summary>Builds the model from a bound input file. Absent table blocks mean zeros (docs/input.md, Omitted blocks).</summary>
internal static class ReportAssembler
{
    public static AnnualReport Assemble(BoundObject root)
    {
        var contact = root.Object("contact");
        var overview = root.Object("overview");
        var problems = root.Object("problems");
        var other = root.Object("otherMatters");
        return new AnnualReport(
            root.Text("agency") ?? "",
            root.Count("year"),
            AgencyKinds.Parse(root.Text("agencyKind")),
            Proactive(root.Object("proactive")),
            Applications(root.Object("applications")),
            Review(root.Object("reviewAndLitigation")))
        {
            PublishDate = root.Date("publishDate"),
            Contact = contact is null
                ? Contact.None
                : new Contact(contact.Text("address"), contact.Text("postcode"), contact.Text("phone"), contact.Text("website")),
            Preamble = root.Text("preamble"),
            Overview = overview is null
                ? Overview.Default
                : new Overview(overview.Text("proactive"), overview.Text("onRequest"), overview.Text("management"),
                    overview.Text("platform"), overview.Text("supervision"))
                {
                    Introduction = overview.Text("introduction"),
                },
            Problems = problems is null
                ? ProblemsAndImprovements.Empty
                : new ProblemsAndImprovements(
                    new ValueList<string>(problems.Get<string[]>("issues") ?? []),
                    new ValueList<string>(problems.Get<string[]>("measures") ?? []),
                    problems.Text("lastYearRectification")),
            OtherMatters = other is null
                ? OtherMatters.None
                : new OtherMatters(Fees(other.Object("fees")), other.Text("workPlan"), other.Text("proposals"), other.Text("innovation")),
            PreviousYear = root.Text("previousYear"),
        };
    }

    private static ProactiveDisclosure Proactive(BoundObject? table)
    {
        if (table is null)
        {
            return ProactiveDisclosure.Zero;
        }

        static DocumentCounts Documents(BoundObject? row) =>
            row is null ? DocumentCounts.Zero : new DocumentCounts(row.Count("issued"), row.Count("repealed"), row.Count("inForce"));

        return new ProactiveDisclosure(
            Documents(table.Object("rules")),
            Documents(table.Object("normativeDocuments")),
            table.Count("licensing"),
            table.Count("punishment"),
            table.Count("enforcement"),
            table.Amount("feesTenThousandYuan"));
    }

    private static ApplicationStatistics Applications(BoundObject? table)
    {
        if (table is null)
        {
            return ApplicationStatistics.Zero;
        }

        var rows = ApplicationStatistics.EnteredRows.ToDictionary(
            row => row,
            row => table.AtPath(ApplicationRows.Of(row).ContractKey!) is int[] values
                ? ApplicantCounts.FromValues(values)
                : ApplicantCounts.Zero);
        return ApplicationStatistics.FromRows(rows);
    }

    private static ReviewAndLitigation Review(BoundObject? table)
    {
        if (table is null)
        {
            return ReviewAndLitigation.Zero;
        }

        ReviewOutcomes Group(ReviewGroup group) => table.Object(ContractPaths.Group(group)) is { } g
            ? new ReviewOutcomes(
                g.Count(ContractPaths.Outcome(ReviewOutcome.Upheld)), g.Count(ContractPaths.Outcome(ReviewOutcome.Corrected)),
                g.Count(ContractPaths.Outcome(ReviewOutcome.Other)), g.Count(ContractPaths.Outcome(ReviewOutcome.Pending)))
            : ReviewOutcomes.Zero;

        return new ReviewAndLitigation(Group(ReviewGroup.Review), Group(ReviewGroup.LitigationDirect), Group(ReviewGroup.LitigationAfterReview));
    }

    private static ProcessingFees Fees(BoundObject? fees) =>
        fees is null
            ? ProcessingFees.None
            : new ProcessingFees(fees.Count("noticesIssued"), fees.Amount("noticesAmountYuan"), fees.Amount("collectedYuan"));
}
