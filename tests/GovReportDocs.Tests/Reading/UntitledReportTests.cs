using GovReportDocs;
using GovReportDocs.Diagnostics;
using GovReportDocs.Reading;
using GovReportDocs.Reading.Structure;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>
/// Reports copied without their title (transcriptions, pages cut at the top): agency and year from the preamble
/// (本报告由…编制), the 统计期限 sentence and the text; an agency is a name, never a piece of a sentence; a cited
/// document's title never sets or contradicts the report's year.
/// </summary>
public class UntitledReportTests
{
    private const string Body = "\n一、总体情况\n2024年，淮安市洪泽区人民政府坚持以习近平新时代中国特色社会主义思想为指导。\n";

    [Fact]
    public void The_preamble_names_the_office_and_the_statistical_period_the_year()
    {
        // 洪泽区 2024 without its two title lines: the 办公室 compiles the report of the 人民政府 the text names.
        var text = "本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》（国令第711号）（以下简称《条例》）要求编制此报告。"
                   + "报告中所列数据统计期限自2024年1月1日起至2024年12月31日止。" + Body;

        var read = TestReader.ReadText(text, "untitled.txt");

        (read.Report.Agency, read.Report.Year).ShouldBe(("淮安市洪泽区人民政府", 2024));
        read.ReadingDiagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_department_compiling_its_own_report_is_the_agency()
    {
        var text = "本报告由平潭综合实验区财政金融局根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自2023年1月1日至2023年12月31日。\n一、总体情况\n";

        var read = TestReader.ReadText(text, "untitled.txt");

        (read.Report.Agency, read.Report.Year).ShouldBe(("平潭综合实验区财政金融局", 2023));
    }

    [Theory]
    [InlineData("淮安市洪泽区人民政府", true)]
    [InlineData("平潭综合实验区海坛片区管理局", true)]
    [InlineData("黎坝镇", true)]
    [InlineData("定》)和《关于印发中华人民共和国", false)]
    [InlineData("认真贯彻落实", false)]
    public void An_agency_is_a_name_never_a_piece_of_a_sentence(string text, bool isName)
    {
        StructureFinder.IsAgencyName(text).ShouldBe(isName);
    }

    [Fact]
    public void A_cited_notice_naming_last_years_reports_does_not_contradict_the_year()
    {
        var text = "平潭综合实验区2022年政府信息公开工作年度报告\n"
                   + "本报告根据《关于做好2021年政府信息公开工作年度报告编制发布工作的通知》要求编制。\n一、总体情况\n";

        var check = GovReport.CheckPublished(TestReader.ReadText(text, "cited.txt"));

        check.Year.ShouldBe(2022);
        check.Diagnostics.ShouldNotContain(d => d.Rule == RuleIds.R10);
    }

    [Fact]
    public void A_report_title_quoted_outside_a_cited_document_still_contradicts_the_year()
    {
        var text = "平潭综合实验区2022年政府信息公开工作年度报告\n现公布平潭综合实验区2021年政府信息公开工作年度报告。\n一、总体情况\n";

        var check = GovReport.CheckPublished(TestReader.ReadText(text, "quoted.txt"));

        check.Diagnostics.ShouldContain(d => d.Rule == RuleIds.R10 && d.Message.Contains("2021年政府信息公开工作年度报告"));
    }
}
