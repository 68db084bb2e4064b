using GovReportDocs.Files;
using GovReportDocs.Reading;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>A file holding two reports is refused as unreadable, saying so (exit 2), never read row by row from both.</summary>
public class TwoReportsTests
{
    private static string SideBySide => Path.Combine(RepoPaths.Root, "tests", "GovReportDocs.Tests", "Reading", "Odd", "two-reports-side-by-side.pdf");

    [Fact]
    public void A_pdf_with_two_years_reports_side_by_side_is_refused_as_two_reports()
    {
        var refused = Should.Throw<ReportReadException>(() => PublishedReportReader.Read(SideBySide));

        refused.Message.ShouldBe("无法读取：文件中有2023年、2024年的2份年度报告，请把每份报告分别存为一个文件后检查");
    }

    [Fact]
    public void A_pdf_with_two_reports_side_by_side_exits_2()
    {
        var result = CliRunner.Run("check", SideBySide);

        result.ExitCode.ShouldBe(2);
        (result.Out + result.Error).ShouldContain("two-reports-side-by-side.pdf:1:1：无法读取：文件中有2023年、2024年的2份年度报告");
    }

    [Fact]
    public void A_text_with_two_full_reports_one_after_the_other_is_refused_as_two_reports()
    {
        var seed = File.ReadAllText(SeedReadingTests.Seed("001"));
        var earlier = seed.Replace("2024", "2023", StringComparison.Ordinal);

        var refused = Should.Throw<ReportReadException>(() => TestReader.ReadText("盘州市人民政府2024年政府信息公开工作年度报告\n" + seed + "\n盘州市人民政府2023年政府信息公开工作年度报告\n" + earlier, "two.txt"));

        refused.Message.ShouldBe("无法读取：文件中有2023年、2024年的2份年度报告，请把每份报告分别存为一个文件后检查");
    }

    [Fact]
    public void Part_titles_printed_in_pairs_on_one_line_are_two_reports_side_by_side()
    {
        // Two columns of the same year (no title read): each line holds both columns' part title.
        var parts = new[] { "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况" };
        var text = string.Join("\n", parts.Select(p => p + p + "\n本年度，本机关依法做好各项工作。本年度，本机关依法做好各项工作。"));

        var refused = Should.Throw<ReportReadException>(() => TestReader.ReadText(text, "pairs.txt"));

        refused.Message.ShouldBe("无法读取：文件中的部分标题成对并排（“一、总体情况一、总体情况”），是两份年度报告并排排版，请把每份报告分别存为一个文件后检查");
    }

    [Fact]
    public void A_report_that_quotes_last_years_report_title_in_its_text_is_one_report()
    {
        var seed = File.ReadAllText(SeedReadingTests.Seed("001"));
        var text = "盘州市人民政府2024年政府信息公开工作年度报告\n" + seed + "\n上一篇：盘州市人民政府2023年政府信息公开工作年度报告\n";

        TestReader.ReadText(text, "one.txt").Report.Year.ShouldBe(2024);
    }
}
