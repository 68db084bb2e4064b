using GovReportDocs.Diagnostics;

namespace GovReportDocs.Cli;

/// <summary>The rules a command checks, as its help lists them: from the library's catalogue, never written out here.</summary>
internal static class RuleList
{
    /// <summary>“数值齐全（R1）、表三各列平衡（R2）…；有上年报告（how）时还有跨年度核对（R6）…”.</summary>
    public static string For(Func<RuleDescription, bool> appliesTo, string previousYearGivenBy)
    {
        var rules = GovReport.Rules.Where(appliesTo).ToList();
        var always = string.Join("、", rules.Where(r => !r.NeedsPreviousYear));
        var withPrevious = string.Join("、", rules.Where(r => r.NeedsPreviousYear));
        return withPrevious.Length == 0 ? always : $"{always}；有上年报告（{previousYearGivenBy}）时还有{withPrevious}";
    }
}
