using GovReportDocs.Model;

namespace GovReportDocs.Validation;

/// <summary>The narrative an office wrote itself, each with the name a diagnostic gives it.</summary>
internal static class ReportTexts
{
    public static IEnumerable<(string Name, string Field, string Text)> Of(AnnualReport report)
    {
        (string, string, string?)[] texts =
        [
            ("前言", "preamble", report.Preamble),
            ("总体情况（概述）", "overview.introduction", report.Overview.Introduction),
            ("总体情况（主动公开）", "overview.proactive", report.Overview.Proactive),
            ("总体情况（依申请公开）", "overview.onRequest", report.Overview.OnRequest),
            ("总体情况（政府信息管理）", "overview.management", report.Overview.Management),
            ("总体情况（平台建设）", "overview.platform", report.Overview.Platform),
            ("总体情况（监督保障）", "overview.supervision", report.Overview.Supervision),
            ("上年度问题整改情况", "problems.lastYearRectification", report.Problems.LastYearRectification),
            ("其他事项（工作要点）", "otherMatters.workPlan", report.OtherMatters.WorkPlan),
            ("其他事项（建议提案）", "otherMatters.proposals", report.OtherMatters.Proposals),
            ("其他事项（创新）", "otherMatters.innovation", report.OtherMatters.Innovation),
        ];
        foreach (var (name, field, text) in texts)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                yield return (name, field, text);
            }
        }

        foreach (var (issue, i) in report.Problems.Issues.Select((t, i) => (t, i)))
        {
            yield return ($"存在的主要问题第{i + 1}项", "problems.issues", issue);
        }

        foreach (var (measure, i) in report.Problems.Measures.Select((t, i) => (t, i)))
        {
            yield return ($"改进措施第{i + 1}项", "problems.measures", measure);
        }
    }
}
