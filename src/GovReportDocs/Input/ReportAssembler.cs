using GovReportDocs.NationalFormat;
using GovReportDocs.Model;

namespace GovReportDocs.Input;

/// <summary>
/// Builds the model from a bound input file: absent table blocks mean zeros (docs/input.md), a value that could
/// not be bound counts as zero in the model and as missing in the numbers the rules look at.
/// </summary>
internal static class ReportAssembler
{
    public static AnnualReport Assemble(BoundObject root)
    {
        var contact = root.Object("contact");
        var fees = root.Object("otherMatters")?.Object("fees");
        var report = new AnnualReport(
            root.Text("agency") ?? "",
            root.Count("year"),
            AgencyKinds.Parse(root.Text("agencyKind")),
            Proactive(root.Object(InputKeys.Proactive)),
            Applications(root.Object(InputKeys.Applications)),
            Review(root.Object(InputKeys.Review)))
        {
            PublishDate = root.Date("publishDate"),
            Contact = contact is null
                ? Contact.None
                : new Contact(contact.Text("address"), contact.Text("postcode"), contact.Text("phone"), contact.Text("website")),
            OtherMatters = fees is null
                ? OtherMatters.None
                : OtherMatters.None with
                {
                    Fees = new ProcessingFees(fees.Count("noticesIssued"), fees.Amount("noticesAmountYuan"), fees.Amount("collectedYuan")),
                },
            PreviousYear = root.Text("previousYear"),
        };

        foreach (var field in NarrativeFields.All)
        {
            report = field.Set(report, root.AtPath(field.Key) as string);
        }

        foreach (var list in NarrativeFields.Lists)
        {
            report = list.Set(report, root.AtPath(list.Key) as string[] ?? []);
        }

        return report;
    }

    private static ProactiveDisclosure Proactive(BoundObject? table) =>
        table is null
            ? ProactiveDisclosure.Zero
            : ProactiveItems.Build(item => table.AtPath(ProactiveItems.Of(item).ContractKey) switch
            {
                int count => count,
                decimal amount => amount,
                _ => 0,
            });

    private static ApplicationStatistics Applications(BoundObject? table) =>
        table is null
            ? ApplicationStatistics.Zero
            : ApplicationStatistics.FromRows(ApplicationStatistics.EnteredRows.ToDictionary(
                row => row,
                row => table.AtPath(ApplicationRows.Of(row).ContractKey!) is int[] values
                    ? ApplicantCounts.FromValues(values)
                    : ApplicantCounts.Zero));

    private static ReviewAndLitigation Review(BoundObject? table)
    {
        if (table is null)
        {
            return ReviewAndLitigation.Zero;
        }

        ReviewOutcomes Group(ReviewGroup group) => table.Object(ReviewLabels.GroupKey(group)) is { } g
            ? ReviewLabels.Build(outcome => g.Count(ReviewLabels.OutcomeKey(outcome)))
            : ReviewOutcomes.Zero;

        return new ReviewAndLitigation(Group(ReviewGroup.Review), Group(ReviewGroup.LitigationDirect), Group(ReviewGroup.LitigationAfterReview));
    }
}
