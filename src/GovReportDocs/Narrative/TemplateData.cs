using GovReportDocs.Format;
using GovReportDocs.Input;
using GovReportDocs.Model;

namespace GovReportDocs.Narrative;

/// <summary>
/// The variables templates and input text may use, built from a report. Every number comes from the model,
/// so a number quoted in the text always equals the tables (R7). Keys follow the input contract.
/// </summary>
public static class TemplateData
{
    /// <summary>The variable tree of a report.</summary>
    public static IReadOnlyDictionary<string, object> For(AnnualReport report)
    {
        var contact = report.Contact;
        return new Dictionary<string, object>
        {
            ["agency"] = report.Agency,
            ["year"] = report.Year,
            ["nextYear"] = report.Year + 1,
            ["self"] = SelfReference(report),
            ["isGovernment"] = report.Kind == AgencyKind.Government,
            ["isTownship"] = report.Kind == AgencyKind.Township,
            ["publishDate"] = report.PublishDate is { } date ? ChineseText.Date(date) : "",
            ["contact"] = new Dictionary<string, object>
            {
                ["address"] = contact.Address ?? "",
                ["postcode"] = contact.Postcode ?? "",
                ["phone"] = contact.Phone ?? "",
                ["website"] = contact.Website ?? "",
                ["details"] = ContactDetails(contact),
            },
            ["proactive"] = Proactive(report.Proactive),
            ["applications"] = Applications(report.Applications),
            ["reviewAndLitigation"] = Review(report.ReviewAndLitigation),
            ["fees"] = new Dictionary<string, object>
            {
                ["noticesIssued"] = report.OtherMatters.Fees.NoticesIssued,
                ["noticesAmountYuan"] = NumberText.Format(report.OtherMatters.Fees.NoticesAmountYuan),
                ["collectedYuan"] = NumberText.Format(report.OtherMatters.Fees.CollectedYuan),
                ["anyCharged"] = report.OtherMatters.Fees.AnyCharged,
            },
            ["problems"] = new Dictionary<string, object>
            {
                ["issues"] = report.Problems.Issues.ToArray(),
                ["measures"] = report.Problems.Measures.ToArray(),
                ["issuesText"] = ChineseText.Enumerate(report.Problems.Issues),
                ["measuresText"] = ChineseText.Enumerate(report.Problems.Measures),
                ["lastYearRectification"] = report.Problems.LastYearRectification ?? "",
            },
            ["otherMatters"] = new Dictionary<string, object>
            {
                ["workPlan"] = report.OtherMatters.WorkPlan ?? "",
                ["proposals"] = report.OtherMatters.Proposals ?? "",
                ["innovation"] = report.OtherMatters.Innovation ?? "",
            },
        };
    }

    /// <summary>How the office names itself in running text.</summary>
    private static string SelfReference(AnnualReport report) => report.Kind switch
    {
        AgencyKind.Township when report.Agency.Contains("街道") => "本街道",
        AgencyKind.Township when report.Agency.EndsWith("乡人民政府") => "本乡",
        AgencyKind.Township => "本镇",
        _ => "本机关",
    };

    private static string ContactDetails(Contact contact)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(contact.Address))
        {
            parts.Add($"地址：{contact.Address}");
        }

        if (!string.IsNullOrWhiteSpace(contact.Postcode))
        {
            parts.Add($"邮编：{contact.Postcode}");
        }

        if (!string.IsNullOrWhiteSpace(contact.Phone))
        {
            parts.Add($"电话：{contact.Phone}");
        }

        return string.Join("；", parts);
    }

    private static Dictionary<string, object> Proactive(ProactiveDisclosure table)
    {
        static Dictionary<string, object> Documents(DocumentCounts row) => new()
        {
            ["issued"] = row.Issued,
            ["repealed"] = row.Repealed,
            ["inForce"] = row.InForce,
        };

        return new Dictionary<string, object>
        {
            ["rules"] = Documents(table.Rules),
            ["normativeDocuments"] = Documents(table.NormativeDocuments),
            ["licensing"] = table.Licensing,
            ["punishment"] = table.Punishment,
            ["enforcement"] = table.Enforcement,
            ["feesTenThousandYuan"] = NumberText.Format(table.FeesTenThousandYuan),
            ["summary"] = ProactiveSummary(table),
        };
    }

    /// <summary>One sentence over table 2 that leaves out what is zero.</summary>
    private static string ProactiveSummary(ProactiveDisclosure table)
    {
        var sentences = new List<string>();
        foreach (var (label, row) in new[] { ("规章", table.Rules), ("行政规范性文件", table.NormativeDocuments) })
        {
            if (row.Issued + row.Repealed + row.InForce > 0)
            {
                sentences.Add($"本年制发{label}{row.Issued}件、废止{row.Repealed}件，现行有效{row.InForce}件");
            }
        }

        var decisions = ChineseText.Breakdown(
            [("行政许可决定", table.Licensing), ("行政处罚决定", table.Punishment), ("行政强制决定", table.Enforcement)]);
        if (decisions.Length > 0)
        {
            sentences.Add($"作出{decisions}");
        }

        if (table.FeesTenThousandYuan > 0)
        {
            sentences.Add($"收取行政事业性收费{NumberText.Format(table.FeesTenThousandYuan)}万元");
        }

        return sentences.Count == 0
            ? "本年度未制发、废止规章和行政规范性文件，未作出行政许可、行政处罚、行政强制决定。"
            : string.Join("；", sentences) + "。";
    }

    private static Dictionary<string, object> Applications(ApplicationStatistics table)
    {
        var root = new Dictionary<string, object>();
        foreach (var spec in ApplicationRows.All)
        {
            var counts = Counts(table[spec.Row]);
            if (spec.ContractKey is null)
            {
                root["resultsTotal"] = counts;
                continue;
            }

            var path = spec.ContractKey.Split('.');
            if (path.Length == 1)
            {
                root[path[0]] = counts;
                continue;
            }

            if (!root.TryGetValue(path[0], out var group))
            {
                root[path[0]] = group = new Dictionary<string, object> { ["total"] = 0 };
            }

            var groupRows = (Dictionary<string, object>)group;
            groupRows[path[1]] = counts;
            groupRows["total"] = (int)groupRows["total"] + table[spec.Row].Total;
        }

        int GroupTotal(string key) => (int)((Dictionary<string, object>)root[key])["total"];
        root["any"] = table.NewlyReceived.Total + table.CarriedOver.Total > 0;
        root["resultsBreakdown"] = ChineseText.Breakdown(
        [
            ("予以公开", table[ApplicationRow.Granted].Total), ("部分公开", table[ApplicationRow.PartiallyGranted].Total),
            ("不予公开", GroupTotal("denied")), ("无法提供", GroupTotal("unableToProvide")),
            ("不予处理", GroupTotal("notProcessed")), ("其他处理", GroupTotal("otherHandling")),
        ]);
        return root;
    }

    private static Dictionary<string, object> Counts(ApplicantCounts row) => new()
    {
        ["naturalPersons"] = row.NaturalPersons,
        ["commercialEnterprises"] = row.CommercialEnterprises,
        ["researchInstitutions"] = row.ResearchInstitutions,
        ["publicInterestOrganizations"] = row.PublicInterestOrganizations,
        ["legalServiceAgencies"] = row.LegalServiceAgencies,
        ["others"] = row.Others,
        ["total"] = row.Total,
    };

    private static Dictionary<string, object> Review(ReviewAndLitigation table)
    {
        static Dictionary<string, object> Group(ReviewOutcomes group)
        {
            var values = ReviewLabels.Outcomes.Where(o => o != ReviewOutcome.Total)
                .ToDictionary(o => ContractPaths.Outcome(o), o => (object)group[o]);
            values["total"] = group.Total;
            values["breakdown"] = Breakdown(group);
            return values;
        }

        var litigation = table.LitigationDirect.Total + table.LitigationAfterReview.Total;
        var groups = ReviewLabels.Groups.ToDictionary(g => ContractPaths.Group(g), g => (object)Group(table[g]));
        return new Dictionary<string, object>(groups)
        {
            ["litigationTotal"] = litigation,
            ["litigationBreakdown"] = Breakdown(new ReviewOutcomes(
                table.LitigationDirect.Upheld + table.LitigationAfterReview.Upheld,
                table.LitigationDirect.Corrected + table.LitigationAfterReview.Corrected,
                table.LitigationDirect.Other + table.LitigationAfterReview.Other,
                table.LitigationDirect.Pending + table.LitigationAfterReview.Pending)),
            ["any"] = table.Review.Total + litigation > 0,
        };
    }

    private static string Breakdown(ReviewOutcomes group) => ChineseText.Breakdown(
        ReviewLabels.Outcomes.Where(o => o != ReviewOutcome.Total).Select(o => (ReviewLabels.Outcome(o), group[o])));
}
