using GovReportDocs.Reading;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>
/// 12-pingtan-jinjing-2025-crawltext.txt puts a part of its own before the problems: 五、信息处理费收取情况 (the fee table of the
/// format kept before 2021), then 六、存在的主要问题及改进措施, and no 其他需要报告的事项.
/// </summary>
public class PartsOutOfOrderTests
{
    private static readonly string Source = RepoPaths.Corpus("12-pingtan-jinjing-2025-crawltext.txt");

    [Fact]
    public void The_problems_numbered_六_are_part_五_by_their_words_and_told_as_a_title_not_verbatim()
    {
        var check = GovReport.CheckPublished(Source);

        check.Diagnostics.ShouldNotContain(d => d.Message.Contains("缺少第五部分", StringComparison.Ordinal));
        check.Diagnostics.ShouldContain(d => d.Rule == "R9" && d.Message == "第五部分标题应为“五、存在的主要问题及改进情况”，实际为“六、存在的主要问题及改进措施”");
        check.Diagnostics.ShouldContain(d => d.Rule == "R9" && d.Message.Contains("缺少第六部分", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_keeps_the_text_of_the_problems_as_part_五()
    {
        var imported = GovReport.Import(PublishedReportReader.Read(Source));

        var problems = imported.Appendix.IndexOf("# 原报告“五、存在的主要问题及改进情况”（供参考）：", StringComparison.Ordinal);
        problems.ShouldBeGreaterThanOrEqualTo(0);
        imported.Appendix[problems..].ShouldContain("主动公开深度、广度不足");
    }
}
