using GovReportDocs.Composition;
using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Reading;
using GovReportDocs.Tests.Support;
using GovReportDocs.Validation;

namespace GovReportDocs.Tests.Validation;

/// <summary>
/// R7 on the phrasings real reports use (the corpus and the seeds), against the 盘州市 tables: 新收 33, 上年结转 4,
/// 办结 34, 结转下年度 3, 行政复议 3, 行政诉讼 2.
/// </summary>
public class TextNumberRuleTests
{
    private static List<Diagnostic> Check(params string[] texts) =>
        new R7TextNumbers().Check(new ValidationContext(Samples.Panzhou, StatisticsSheet.FromReport(Samples.Panzhou)) { Texts = texts }).ToList();

    [Theory]
    [InlineData("本年度，共受理政府信息公开申请32件。", "新收申请数应为33", 32)]
    [InlineData("全年受理依申请公开30件，均在法定时限内办结，答复准确率100%。", "新收申请数应为33", 30)]
    [InlineData("2024年全区接收通过邮寄、网络提交的各类政府信息公开申请共计81件，涉及自然人80件、商业企业1件。", "新收申请数应为33", 81)]
    [InlineData("2024年，我局收到群众通过邮寄、网络提交的各类政府信息公开申请共计8件。", "新收申请数应为33", 8)]
    [InlineData("2024年度我镇收到公开政府信息的申请1件，上年度结转办理件4件。", "新收申请数应为33", 1)]
    [InlineData("本年共收到30件政府信息公开申请。", "新收申请数应为33", 30)]
    [InlineData("2024年度我镇收到公开政府信息的申请33件，上年度结转办理件0件。", "上年结转数应为4", 0)]
    [InlineData("市政府办公室收到依申请公开信件33件，上一年度转办5件。", "上年结转数应为4", 5)]
    [InlineData("2025年，全区共收到政府信息公开申请33件，共办结30件，结转至2025年3件。", "办结数应为34", 30)]
    [InlineData("全区共办结34件，结转至2025年6件。", "结转下年度数应为3", 6)]
    [InlineData("已办结34件，5件转下年度继续办理。", "结转下年度数应为3", 5)]
    [InlineData("结转下年度继续办理2件。", "结转下年度数应为3", 2)]
    [InlineData("本年共答复申请30件。", "办结数应为34", 30)]
    [InlineData("本机关被申请行政复议1件。", "行政复议数应为3", 1)]
    [InlineData("全年办理因政府信息公开申请引发的行政复议36起，行政诉讼2起。", "行政复议数应为3", 36)]
    [InlineData("因政府信息公开引起的行政复议案件3件、行政诉讼案件7件。", "行政诉讼数应为2", 7)]
    public void A_number_the_text_gives_that_disagrees_with_the_tables_is_an_error(string text, string message, int quoted)
    {
        var finding = Check(text).ShouldHaveSingleItem();
        finding.Message.ShouldContain(message);
        finding.Message.ShouldEndWith("实际为" + quoted);
    }

    [Theory]
    [InlineData("本年度共受理政府信息公开申请37件（含上年结转4件），办结34件。")] // 受理 may count 上年结转 in
    [InlineData("共收到申请37件，其中上年结转4件。")]
    [InlineData("受理行政许可申请1200件，办结率100%。")] // no 政府信息公开 application
    [InlineData("收到行政复议申请3件。")]
    [InlineData("其中公开答复1件，无法提供1件；给予同意公开答复 1 件。")] // one result, not 办结
    [InlineData("均按时答复，依申请公开答复率100%，办结率100%。")]
    [InlineData("主动公开政府信息1060余条，政府公报6期。")]
    [InlineData("2024年，市政府办公室收到依申请公开信件33件，上一年度转办4件，其中，已办结34件，3件转下年度继续办理。")]
    [InlineData("2025年，全区共收到政府信息公开申请33件，共办结34件，结转至2025年3件。")]
    public void Phrasings_of_other_quantities_or_of_the_right_numbers_give_no_finding(string text) =>
        Check(text).ShouldBeEmpty();

    [Fact]
    public void The_finding_quotes_the_whole_sentence()
    {
        var finding = Check("申请内容主要集中在土地征收等方面。本年度，共受理政府信息公开申请2件，均在法定期限内答复。其他情况见表三。").ShouldHaveSingleItem();

        finding.Quote.ShouldBe("本年度，共受理政府信息公开申请2件，均在法定期限内答复。");
        finding.Message.ShouldBe("正文“本年度，共受理政府信息公开申请2件，均在法定期限内答复。”中的新收申请数应为33（表三第一行“本年新收”总计），实际为2");
    }

    [Fact]
    public void A_long_sentence_is_cut_around_the_words_within_80_characters()
    {
        var before = string.Concat(Enumerable.Repeat("紧紧围绕便民利企深化政府信息公开", 6));
        var text = before + "，共受理政府信息公开申请2件，" + string.Concat(Enumerable.Repeat("切实保障申请人合法权益", 6)) + "。";

        var quote = Check(text).ShouldHaveSingleItem().Quote!;

        quote.Length.ShouldBeLessThanOrEqualTo(80);
        quote.ShouldStartWith("…");
        quote.ShouldEndWith("…");
        quote.ShouldContain("共受理政府信息公开申请2件");
    }

    [Fact]
    public void A_published_report_locates_the_sentence_on_its_line()
    {
        var text = "某某县某某局2024年政府信息公开工作年度报告\n一、总体情况\n本年度，共受理政府信息公开申请2件。\n"
                   + "三、收到和处理政府信息公开申请情况\n|一、本年新收政府信息公开申请数量|3|0|0|0|0|0|3|\n";

        var check = GovReport.CheckPublished(TestReader.ReadText(text, "r.txt"));

        var finding = check.Diagnostics.Single(d => d.Rule == RuleIds.R7);
        finding.Message.ShouldBe("正文“本年度，共受理政府信息公开申请2件。”中的新收申请数应为3（表三第一行“本年新收”总计），实际为2");
        finding.Source!.Line.ShouldBe(3);
    }
}
