using GovReportDocs.Diagnostics;
using GovReportDocs.Model;
using GovReportDocs.NationalFormat;
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

    [Fact]
    public void Import_carries_the_fee_part_of_its_own_into_part_六_and_says_so()
    {
        var imported = GovReport.Import(PublishedReportReader.Read(Source));

        var other = imported.Appendix.IndexOf("# 原报告“六、其他需要报告的事项”（供参考）：\n", StringComparison.Ordinal);
        other.ShouldBeGreaterThanOrEqualTo(0);
        imported.Appendix[other..].Split('\n').Skip(1).Take(2).ShouldBe(["#   信息处理费收取情况", "#   通知收取件数通知收取金额（元）实际收取金额（元）000"]);
        imported.Notes.ShouldContain(d => d.Rule == "R8" && d.Severity == Severity.Info
                                          && d.Message.Contains("单列为“五、信息处理费收取情况”", StringComparison.Ordinal)
                                          && d.Message.Contains("六、其他需要报告的事项", StringComparison.Ordinal));
    }

    [Fact]
    public void The_fee_part_is_text_not_table_cells_and_the_tables_read_as_before()
    {
        var published = PublishedReportReader.Read(Source);

        published.Structure.FeePart.ShouldNotBeNull().Title.ShouldBe("五、信息处理费收取情况");
        published.Texts.ShouldContain("通知收取件数通知收取金额（元）实际收取金额（元）000");
        published.Sheet[new ReviewDatum(ReviewGroup.LitigationAfterReview, ReviewOutcome.Total)].ShouldBe(0);
        published.Sheet[new ApplicationDatum(ApplicationRow.NewlyReceived, ApplicantColumn.Total)].ShouldBe(11);
    }

    [Fact]
    public void A_fee_item_numbered_inside_part_五_is_五_s_own_text_not_a_part_of_its_own()
    {
        // A numbered item of 五 about the fee was taken for a fee part: import copied the rest of 五 into 六 as well.
        var text = File.ReadAllText(RepoPaths.Corpus("16-pingtan-2023.md"))
            .Replace("2024年，我区将采取以下措施加以改进：", "一、信息处理费收费标准宣传不够\n\n2024年，我区将采取以下措施加以改进：", StringComparison.Ordinal)
            .Replace("2023年，无收取信息处理费情况。", "本机关未收取任何费用。", StringComparison.Ordinal);
        var published = PublishedReportReader.Read(System.Text.Encoding.UTF8.GetBytes(text), "16-pingtan-2023.md", PublishedFormat.Markdown);

        published.Structure.FeePart.ShouldBeNull();
        GovReport.Import(published).Notes.ShouldNotContain(d => d.Rule == "R8" && d.Message.Contains("单列为", StringComparison.Ordinal));
    }
}
