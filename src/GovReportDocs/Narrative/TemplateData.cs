using GovReportDocs.NationalFormat;
using GovReportDocs.Model;

namespace GovReportDocs.Narrative;

/// <summary>
/// The variables templates and input text may use, built from a report. Every number comes from the model, so a
/// number quoted in the text always equals the tables (R7). Paths follow the input contract's keys.
/// </summary>
internal static class TemplateData
{
    /// <summary>The variable tree of a report.</summary>
    public static IReadOnlyDictionary<string, object> For(AnnualReport report) => Build(report).Values;

    /// <summary>Every variable with what it holds, in a stable order.</summary>
    public static IReadOnlyList<TemplateVariable> Variables { get; } = Build(AnnualReport.Empty("某某县某某局", 2024)).Variables;

    /// <summary>The variables of an empty report and of one where every condition a template may test holds, for trying templates out.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object>> Samples { get; } =
    [
        For(AnnualReport.Empty("某某县某某局", 2024)),
        For(AnnualReport.Empty("某某县人民政府", 2024, AgencyKind.Government) with
        {
            PublishDate = new DateOnly(2025, 1, 20),
            Contact = new Contact("某某路1号", "000000", "0000-0000000", "http://www.example.gov.cn"),
            Applications = ApplicationStatistics.Zero.With(ApplicationRow.NewlyReceived, new ApplicantCounts(1, 0, 0, 0, 0, 0))
                .With(ApplicationRow.Granted, new ApplicantCounts(1, 0, 0, 0, 0, 0)),
            ReviewAndLitigation = new ReviewAndLitigation(new ReviewOutcomes(1, 0, 0, 0), new ReviewOutcomes(1, 0, 0, 0), ReviewOutcomes.Zero),
            Problems = new ProblemsAndImprovements(["问题"], ["措施"], "整改"),
            OtherMatters = new OtherMatters(new ProcessingFees(1, 10, 10), "要点", "建议", "创新"),
        }),
    ];

    private static VariableTree Build(AnnualReport report)
    {
        var tree = new VariableTree();
        tree.Add("agency", report.Agency, "机关全称");
        tree.Add("year", report.Year, "报告年度");
        tree.Add("nextYear", report.Year + 1, "报告年度的下一年");
        tree.Add("self", AgencyKinds.SelfReference(report.Agency, report.Kind), "本机关在正文中的自称：本机关、本乡、本镇或本街道");
        tree.Add("isGovernment", report.Kind == AgencyKind.Government, "是否为各级人民政府的报告");
        tree.Add("isTownship", report.Kind == AgencyKind.Township, "是否为乡镇、街道的报告");
        tree.Add("publishDate", report.PublishDate is { } date ? ChineseText.Date(date) : "", "发布日期，如2025年1月20日（未填写时为空）");
        Contact(tree, report.Contact);
        Proactive(tree, report.Proactive);
        Applications(tree, report.Applications);
        Review(tree, report.ReviewAndLitigation);
        Fees(tree, report.OtherMatters.Fees);
        tree.Add("problems.issues", Expansion.Counted(report.Problems.Issues), "存在的主要问题（列表）");
        tree.Add("problems.measures", Expansion.Counted(report.Problems.Measures), "改进措施（列表）");
        tree.Add("problems.issuesText", ChineseText.Enumerate(report.Problems.Issues), "存在的主要问题，写作“一是……。二是……。”");
        tree.Add("problems.measuresText", ChineseText.Enumerate(report.Problems.Measures), "改进措施，写作“一是……。二是……。”");
        foreach (var field in (NarrativeField[])[NarrativeFields.LastYearRectification, .. NarrativeFields.OtherMatters])
        {
            tree.Add(field.Key, field.Get(report) ?? "", field.Name);
        }

        return tree;
    }

    private static void Contact(VariableTree tree, Contact contact)
    {
        tree.Add("contact.address", contact.Address ?? "", "地址");
        tree.Add("contact.postcode", contact.Postcode ?? "", "邮政编码");
        tree.Add("contact.phone", contact.Phone ?? "", "联系电话");
        tree.Add("contact.website", contact.Website ?? "", "报告电子版所在网址");
        tree.Add("contact.details", ContactDetails(contact), "“地址：…；邮编：…；电话：…”（只含已填写的项）");
    }

    private static string ContactDetails(Contact contact)
    {
        var parts = new List<string>();
        foreach (var (label, value) in new[] { ("地址", contact.Address), ("邮编", contact.Postcode), ("电话", contact.Phone) })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{label}：{value}");
            }
        }

        return string.Join("；", parts);
    }

    private static void Proactive(VariableTree tree, ProactiveDisclosure table)
    {
        foreach (var spec in ProactiveItems.All)
        {
            var value = spec.ValueIn(table);
            tree.Add($"proactive.{spec.ContractKey}", spec.Item == ProactiveItem.FeesTenThousandYuan ? NumberText.Format(value) : (int)value,
                $"{TableNames.Proactive} {spec.Reference}");
        }

        tree.Add("proactive.summary", ProactiveSummary(table), "表二的一句话概述（不提为0的项）");
    }

    /// <summary>One sentence over table 2 that leaves out what is zero.</summary>
    private static string ProactiveSummary(ProactiveDisclosure table)
    {
        var sentences = new List<string>();
        foreach (var (label, row) in new[] { (ProactiveLabels.Rules, table.Rules), (ProactiveLabels.NormativeDocuments, table.NormativeDocuments) })
        {
            if ((long)row.Issued + row.Repealed + row.InForce > 0)
            {
                sentences.Add($"本年制发{label}{row.Issued}件、废止{row.Repealed}件，现行有效{row.InForce}件");
            }
        }

        var decisions = ChineseText.Breakdown(
        [
            ($"{ProactiveLabels.Licensing}决定", table.Licensing), ($"{ProactiveLabels.Punishment}决定", table.Punishment),
            ($"{ProactiveLabels.Enforcement}决定", table.Enforcement),
        ]);
        if (decisions.Length > 0)
        {
            sentences.Add($"作出{decisions}");
        }

        if (table.FeesTenThousandYuan > 0)
        {
            sentences.Add($"收取{ProactiveLabels.Fees}{NumberText.Format(table.FeesTenThousandYuan)}万元");
        }

        return sentences.Count == 0
            ? "本年度未制发、废止规章和行政规范性文件，未作出行政许可、行政处罚、行政强制决定。"
            : string.Join("；", sentences) + "。";
    }

    private static void Applications(VariableTree tree, ApplicationStatistics table)
    {
        var groupTotals = new Dictionary<string, int>();
        foreach (var spec in ApplicationRows.All)
        {
            var key = spec.ContractKey ?? "resultsTotal";
            foreach (var column in ApplicantColumns.All)
            {
                tree.Add($"applications.{key}.{ApplicantColumns.Key(column)}", table[spec.Row][column],
                    $"{TableNames.Applications} {spec.Reference} {ApplicantColumns.Label(column)}列");
            }

            if (key.Contains('.'))
            {
                var group = key.Split('.')[0];
                groupTotals[group] = groupTotals.GetValueOrDefault(group) + table[spec.Row].Total;
            }
        }

        foreach (var (group, total) in groupTotals)
        {
            var label = ApplicationRows.All.First(s => s.ContractKey?.StartsWith(group + ".", StringComparison.Ordinal) == true).Group;
            tree.Add($"applications.{group}.total", total, $"{TableNames.Applications} {label}各项的总计之和");
        }

        tree.Add("applications.any", table.NewlyReceived.Total + table.CarriedOver.Total > 0, "本年是否有新收或上年结转的申请");
        tree.Add("applications.resultsBreakdown", ChineseText.Breakdown(
        [
            ("予以公开", table[ApplicationRow.Granted].Total), ("部分公开", table[ApplicationRow.PartiallyGranted].Total),
            ("不予公开", groupTotals["denied"]), ("无法提供", groupTotals["unableToProvide"]),
            ("不予处理", groupTotals["notProcessed"]), ("其他处理", groupTotals["otherHandling"]),
        ]), "办理结果的分项，如“予以公开12件、部分公开11件”（不提为0的项）");
    }

    private static void Review(VariableTree tree, ReviewAndLitigation table)
    {
        foreach (var group in ReviewLabels.Groups)
        {
            var key = $"reviewAndLitigation.{ReviewLabels.GroupKey(group)}";
            foreach (var outcome in ReviewLabels.Outcomes)
            {
                tree.Add($"{key}.{ReviewLabels.OutcomeKey(outcome)}", table[group][outcome],
                    $"{TableNames.Review} {ReviewLabels.GroupReference(group)}“{ReviewLabels.Outcome(outcome)}”");
            }

            tree.Add($"{key}.breakdown", Breakdown(table[group]), $"{ReviewLabels.GroupReference(group)}的结果分项（不提为0的项）");
        }

        var litigation = table.LitigationDirect.Total + table.LitigationAfterReview.Total;
        tree.Add("reviewAndLitigation.litigationTotal", litigation, "行政诉讼两组总计之和");
        tree.Add("reviewAndLitigation.litigationBreakdown", Breakdown(ReviewLabels.Build(o => table.LitigationDirect[o] + table.LitigationAfterReview[o])),
            "行政诉讼两组合计的结果分项（不提为0的项）");
        tree.Add("reviewAndLitigation.any", table.Review.Total + litigation > 0, "本年是否有行政复议或行政诉讼");
    }

    private static void Fees(VariableTree tree, ProcessingFees fees)
    {
        tree.Add("fees.noticesIssued", fees.NoticesIssued, "信息处理费：发出收费通知的件数");
        tree.Add("fees.noticesAmountYuan", NumberText.Format(fees.NoticesAmountYuan), "信息处理费：收费通知的总金额（元）");
        tree.Add("fees.collectedYuan", NumberText.Format(fees.CollectedYuan), "信息处理费：实际收取的总金额（元）");
        tree.Add("fees.anyCharged", fees.AnyCharged, "是否发出过收费通知或收取过信息处理费");
    }

    private static string Breakdown(ReviewOutcomes group) =>
        ChineseText.Breakdown(ReviewLabels.EnteredOutcomes.Select(o => (ReviewLabels.Outcome(o), group[o])));
}
