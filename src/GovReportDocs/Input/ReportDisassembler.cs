using GovReportDocs.NationalFormat;
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
        root.SetPath("contact.address", report.Contact.Address);
        root.SetPath("contact.postcode", report.Contact.Postcode);
        root.SetPath("contact.phone", report.Contact.Phone);
        root.SetPath("contact.website", report.Contact.Website);
        foreach (var field in NarrativeFields.All)
        {
            root.SetPath(field.Key, field.Get(report));
        }

        foreach (var list in NarrativeFields.Lists)
        {
            root.SetPath(list.Key, list.Get(report).ToArray());
        }

        foreach (var spec in ProactiveItems.All)
        {
            var value = spec.ValueIn(report.Proactive);
            root.SetPath($"{InputKeys.Proactive}.{spec.ContractKey}", spec.Item == ProactiveItem.FeesTenThousandYuan ? value : (object)(int)value);
        }

        foreach (var row in ApplicationStatistics.EnteredRows)
        {
            root.SetPath($"{InputKeys.Applications}.{ApplicationRows.Of(row).ContractKey}", report.Applications[row].ToArray());
        }

        foreach (var group in ReviewLabels.Groups)
        {
            foreach (var outcome in ReviewLabels.EnteredOutcomes)
            {
                root.SetPath($"{InputKeys.Review}.{ReviewLabels.GroupKey(group)}.{ReviewLabels.OutcomeKey(outcome)}",
                    report.ReviewAndLitigation[group][outcome]);
            }
        }

        var fees = report.OtherMatters.Fees;
        root.SetPath("otherMatters.fees.noticesIssued", fees.NoticesIssued);
        root.SetPath("otherMatters.fees.noticesAmountYuan", fees.NoticesAmountYuan);
        root.SetPath("otherMatters.fees.collectedYuan", fees.CollectedYuan);
        root.Set("previousYear", report.PreviousYear);
        return root;
    }
}
