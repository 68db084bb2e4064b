using GovReportDocs.Diagnostics;
using GovReportDocs.Format;

namespace GovReportDocs.Input;

/// <summary>The input file contract of docs/input.md, as a tree of shapes.</summary>
internal static class InputContract
{
    public static ObjectShape Root { get; } = new("政府信息公开工作年度报告的输入数据",
    [
        new("agency", new TextShape("机关全称，如：盘州市人民政府"), Required: true),
        new("year", new YearShape("报告年度，如：2024"), Required: true),
        new("agencyKind", new ChoiceShape("机关类型：government（各级人民政府）、department（部门，默认）、township（乡镇、街道）",
            ["government", "department", "township"])),
        new("publishDate", new DateShape("发布日期，如：2025-01-20；填写后打印在落款处")),
        new("contact", new ObjectShape("联系方式（前言引用）",
        [
            new("address", new TextShape("地址")),
            new("postcode", new TextShape("邮政编码")),
            new("phone", new TextShape("联系电话")),
            new("website", new TextShape("报告电子版所在网址")),
        ])),
        new("preamble", new TextShape("前言；不填则按模板生成")),
        new("overview", new ObjectShape("一、总体情况；各项不填则按模板根据数据生成",
        [
            new("introduction", new TextShape("总体情况开头的概述（在（一）之前）；可不填")),
            new("proactive", new TextShape("（一）主动公开情况")),
            new("onRequest", new TextShape("（二）依申请公开情况")),
            new("management", new TextShape("（三）政府信息管理情况")),
            new("platform", new TextShape("（四）政府信息公开平台建设情况")),
            new("supervision", new TextShape("（五）监督保障情况；各级人民政府须写明工作考核、社会评议和责任追究结果情况")),
        ])),
        new("proactive", new ObjectShape("表二 主动公开政府信息情况；整块不填视为全部为0",
        [
            Documents("rules", ProactiveLabels.Rules),
            Documents("normativeDocuments", ProactiveLabels.NormativeDocuments),
            Cell("licensing", new CountShape($"{ProactiveLabels.Licensing} {ProactiveLabels.Decisions}")),
            Cell("punishment", new CountShape($"{ProactiveLabels.Punishment} {ProactiveLabels.Decisions}")),
            Cell("enforcement", new CountShape($"{ProactiveLabels.Enforcement} {ProactiveLabels.Decisions}")),
            Cell("feesTenThousandYuan", new AmountShape($"{ProactiveLabels.Fees} {ProactiveLabels.FeeAmount}，最多4位小数", 4)),
        ])),
        new("applications", Applications()),
        new("reviewAndLitigation", new ObjectShape("表四 政府信息公开行政复议、行政诉讼情况；各组总计自动计算；整块不填视为全部为0",
        [
            Cell("review", Outcomes(ReviewLabels.Review)),
            Cell("litigationDirect", Outcomes($"{ReviewLabels.Litigation}·{ReviewLabels.LitigationDirect}")),
            Cell("litigationAfterReview", Outcomes($"{ReviewLabels.Litigation}·{ReviewLabels.LitigationAfterReview}")),
        ])),
        new("problems", new ObjectShape("五、存在的主要问题及改进情况",
        [
            new("issues", new TextListShape("存在的主要问题，每项一条")),
            new("measures", new TextListShape("改进措施，每项一条")),
            new("lastYearRectification", new TextShape("上年度问题整改情况")),
        ])),
        new("otherMatters", new ObjectShape("六、其他需要报告的事项",
        [
            new("fees", new ObjectShape("（一）收取信息处理费情况（国办函〔2020〕109号）；不填视为未收取",
            [
                new("noticesIssued", new CountShape("发出收费通知的件数")),
                new("noticesAmountYuan", new AmountShape("收费通知的总金额（元）", 2)),
                new("collectedYuan", new AmountShape("实际收取的总金额（元）", 2)),
            ])),
            new("workPlan", new TextShape("（二）落实上级年度政务公开工作要点情况")),
            new("proposals", new TextShape("（三）人大代表建议和政协提案办理结果公开情况")),
            new("innovation", new TextShape("（四）年度政务公开工作创新情况")),
        ])),
        new("previousYear", new TextShape("上年度的输入文件或已发布的报告（.txt、.html、.docx）的路径（相对于本文件），用于跨年度核对（R6）")),
    ]);

    private static Field Cell(string key, Shape shape) => new(key, shape, Required: true, MissingRule: RuleIds.R1);

    private static Field Documents(string key, string label) => Cell(key, new ObjectShape($"{label}：本年制发、本年废止、现行有效件数",
    [
        Cell("issued", new CountShape(ProactiveLabels.Issued)),
        Cell("repealed", new CountShape(ProactiveLabels.Repealed)),
        Cell("inForce", new CountShape(ProactiveLabels.InForce)),
    ]));

    private static ObjectShape Outcomes(string group) => new($"{group}：结果维持、结果纠正、其他结果、尚未审结",
    [
        Cell("upheld", new CountShape("结果维持")),
        Cell("corrected", new CountShape("结果纠正")),
        Cell("other", new CountShape("其他结果")),
        Cell("pending", new CountShape("尚未审结")),
    ]);

    /// <summary>Table 3's keys come from the row specs, so the contract cannot drift from the table.</summary>
    private static ObjectShape Applications()
    {
        var description = $"表三 收到和处理政府信息公开申请情况；每行为6个非负整数（{ApplicantColumns.ApplicantLabelList}），" +
                          "总计自动计算；整块不填视为未收到申请";
        var fields = new List<Field>();
        foreach (var group in ApplicationRows.All.Where(s => s.ContractKey is not null).GroupBy(s => s.ContractKey!.Split('.')[0]))
        {
            var specs = group.ToList();
            if (specs is [{ ContractKey: var key } single] && !key!.Contains('.'))
            {
                fields.Add(Cell(key, new ApplicantRowShape(single.Label)));
                continue;
            }

            fields.Add(Cell(group.Key, new ObjectShape(specs[0].Group!,
                specs.Select(s => Cell(s.ContractKey!.Split('.')[1], new ApplicantRowShape(s.Label))).ToList())));
        }

        return new ObjectShape(description, fields);
    }
}
