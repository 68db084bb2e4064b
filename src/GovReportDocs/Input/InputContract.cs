using GovReportDocs.NationalFormat;
using GovReportDocs.Reading.Sources;

namespace GovReportDocs.Input;

/// <summary>
/// The input file contract (docs/input.md), as a tree of shapes. The keys of tables and texts come from the
/// catalogues in Format, so the contract, the model, the templates and the checks cannot drift apart.
/// </summary>
internal static class InputContract
{
    public static ObjectShape Root { get; } = new("政府信息公开工作年度报告的输入数据",
    [
        new("agency", new TextShape("机关全称，如：盘州市人民政府", SingleLine: true), Required: true),
        new("year", new YearShape("报告年度，如：2024"), Required: true),
        new("agencyKind", new ChoiceShape("机关类型：government（各级人民政府）、department（部门，默认）、township（乡镇、街道）",
            ["government", "department", "township"])),
        new("publishDate", new DateShape("发布日期（成文日期），如：2025-01-20；打印在落款处")),
        new("contact", new ObjectShape("联系方式（前言引用）",
        [
            new("address", new TextShape("地址", SingleLine: true)),
            new("postcode", new TextShape("邮政编码", SingleLine: true)),
            new("phone", new TextShape("联系电话", SingleLine: true)),
            new("website", new TextShape("报告电子版所在网址", SingleLine: true)),
        ])),
        Text(NarrativeFields.Preamble),
        new("overview", new ObjectShape("一、总体情况；各项不填则按模板根据数据生成",
            [Text(NarrativeFields.Introduction), .. NarrativeFields.OverviewAspects.Select(Text)])),
        new(InputKeys.Proactive, Nested($"{TableNames.Proactive} {PartTitles.Proactive[2..]}；整块不填视为全部为0",
            ProactiveItems.All.Select(s => (s.ContractKey, Group: s.Row, ProactiveShape(s)))
                .ToList(), row => $"{row}：{ProactiveLabels.Issued}、{ProactiveLabels.Repealed}、{ProactiveLabels.InForce}")),
        new(InputKeys.Applications, Nested(
            $"{TableNames.Applications} {PartTitles.Applications[2..]}；每行为6个非负整数（{ApplicantColumns.ApplicantLabelList}），总计自动计算；整块不填视为未收到申请",
            ApplicationRows.All.Where(s => s.ContractKey is not null)
                .Select(s => (s.ContractKey!, Group: s.Group ?? "", (Shape)new ApplicantRowShape(s.Label))).ToList(),
            group => group)),
        new(InputKeys.Review, new ObjectShape($"{TableNames.Review} {PartTitles.Review[2..]}；各组总计自动计算；整块不填视为全部为0",
            ReviewLabels.Groups.Select(group => Cell(ReviewLabels.GroupKey(group), new ObjectShape(
                $"{ReviewLabels.GroupTitle(group)}：{string.Join("、", ReviewLabels.EnteredOutcomes.Select(ReviewLabels.Outcome))}",
                ReviewLabels.EnteredOutcomes.Select(o => Cell(ReviewLabels.OutcomeKey(o), new CountShape(ReviewLabels.Outcome(o)))).ToList()))).ToList())),
        new("problems", new ObjectShape(PartTitles.Problems,
            [List(NarrativeFields.Issues), List(NarrativeFields.Measures), Text(NarrativeFields.LastYearRectification)])),
        new("otherMatters", new ObjectShape(PartTitles.OtherMatters,
        [
            new("fees", new ObjectShape($"{PartTitles.OtherMattersItems[0]}（国办函〔2020〕109号）；不填视为未收取",
            [
                Fee("noticesIssued", new CountShape("发出收费通知的件数")),
                Fee("noticesAmountYuan", new AmountShape("收费通知的总金额（元）", 2)),
                Fee("collectedYuan", new AmountShape("实际收取的总金额（元）", 2)),
            ])),
            .. NarrativeFields.OtherMatters.Select(Text),
        ])),
        new("previousYear", new TextShape($"上年度的输入文件或已发布的报告（{PublishedForms.Listed}）的路径，相对于本文件，且须在本文件所在的目录之内；用于跨年度核对（R6）",
            SingleLine: true)),
    ]);

    /// <summary>The last segment of a key path.</summary>
    private static string Leaf(string key) => key[(key.LastIndexOf('.') + 1)..];

    private static Field Text(NarrativeField field) => new(Leaf(field.Key), new TextShape(field.Description));

    private static Field List(NarrativeList list) => new(Leaf(list.Key), new TextListShape(list.Description));

    /// <summary>A 信息处理费 number: optional (left out, none was charged), but given blank it is not filled in yet (R8 warns).</summary>
    private static Field Fee(string key, Shape shape) => new(key, shape, MissingRule: Diagnostics.RuleIds.R8);

    /// <summary>A table number: required inside its table's block, a missing one breaks R1.</summary>
    private static Field Cell(string key, Shape shape) => new(key, shape, Required: true, MissingRule: Diagnostics.RuleIds.R1);

    private static Shape ProactiveShape(ProactiveItemSpec spec) =>
        spec.Item == ProactiveItem.FeesTenThousandYuan
            ? new AmountShape($"{spec.Row} {ProactiveLabels.FeeAmount}，最多4位小数", 4)
            : new CountShape(spec.Column is null ? $"{spec.Row} {ProactiveLabels.Decisions}" : spec.Column);

    /// <summary>
    /// An object whose cells are given by dotted keys (<c>denied.stateSecret</c>): a one-part key is a cell of its own,
    /// the others are grouped under their first part with the description <paramref name="groupDescription"/> makes.
    /// </summary>
    private static ObjectShape Nested(string description, IReadOnlyList<(string Key, string Group, Shape Shape)> cells,
        Func<string, string> groupDescription)
    {
        var fields = new List<Field>();
        foreach (var group in cells.GroupBy(c => c.Key.Split('.')[0]))
        {
            var members = group.ToList();
            if (members is [{ Key: var key } single] && !key.Contains('.'))
            {
                fields.Add(Cell(key, single.Shape));
                continue;
            }

            fields.Add(Cell(group.Key, new ObjectShape(groupDescription(members[0].Group),
                members.Select(m => Cell(Leaf(m.Key), m.Shape)).ToList())));
        }

        return new ObjectShape(description, fields);
    }
}
