using GovReportDocs;
using GovReportDocs.Diagnostics;
using GovReportDocs.Model;
using GovReportDocs.NationalFormat;
using GovReportDocs.Reading;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>
/// A report in a superseded format — the 2019 试行 tables, or the parts reports had before 2019 — is read and told so:
/// R9 once per kind of superseded label, an error (exit 1), never refused as no report.
/// </summary>
public class OldFormatTests
{
    private static string Old2012 => Path.Combine(RepoPaths.Root, "tests", "GovReportDocs.Tests", "Reading", "Odd", "old-format-2012.txt");

    private static List<string> R9(PublishedCheck check) =>
        check.Diagnostics.Where(d => d.Rule == RuleIds.R9).Select(d => $"{d.Source!.Line} {d.SeverityText} {d.Message}").ToList();

    [Fact]
    public void A_report_in_the_format_before_2019_is_read_and_told_once_per_kind_of_old_part_title()
    {
        var check = GovReport.CheckPublished(PublishedReportReader.Read(Old2012));

        (check.Published!.Report.Agency, check.Published.Report.Year).ShouldBe(("平潭县人民政府", 2012));
        R9(check).ShouldBe([
            "5 错误 报告按已废止的旧格式（2019年以前）编写（出现部分标题“一、概述”），应改用国办公开办函〔2021〕30号格式",
            "14 错误 报告按已废止的旧格式（2019年以前）编写（出现部分标题“三、依申请公开政府信息情况”），应改用国办公开办函〔2021〕30号格式",
            "20 错误 报告按已废止的旧格式（2019年以前）编写（出现部分标题“四、政府信息公开的收费及减免情况”），应改用国办公开办函〔2021〕30号格式",
            "23 错误 报告按已废止的旧格式（2019年以前）编写（出现部分标题“五、因政府信息公开申请提起行政复议、行政诉讼的情况”），应改用国办公开办函〔2021〕30号格式",
        ]);
        check.Diagnostics.ShouldNotContain(d => d.Rule == RuleIds.R1);
    }

    [Fact]
    public void A_report_in_the_format_before_2019_exits_1_not_as_unreadable()
    {
        var result = CliRunner.Run("check", Old2012);

        result.ExitCode.ShouldBe(1);
        result.Out.ShouldContain("检查1份报告：1份有错误，0份无法读取");
    }

    [Fact]
    public void A_report_in_the_format_before_2019_whose_part_two_reads_as_2021s_is_told_the_same_way()
    {
        // 二、主动公开政府信息情况 is the same words in both formats: the report is still the old one, not five parts missing.
        var text = File.ReadAllText(Old2012).Replace("二、主动公开政府信息的情况", "二、主动公开政府信息情况", StringComparison.Ordinal)
            .Replace("政府信息公开年度报告", "政府信息公开工作年度报告", StringComparison.Ordinal);

        var check = GovReport.CheckPublished(TestReader.ReadText(text, "2012.txt"));

        R9(check).Count.ShouldBe(4);
        check.Diagnostics.ShouldNotContain(d => d.Message.Contains("缺少", StringComparison.Ordinal));
    }

    [Fact]
    public void A_2019_table_3_in_a_2021_report_is_one_finding_and_its_totals_are_still_checked()
    {
        // Seed 001 (盘州市 2024) with （六）其他处理 printed as the 2019 试行 format's one row, 3 where its 3.其他 had 2:
        // （七）总计 (34) is then one short of its rows in the 自然人 and 总计 columns.
        var seed = File.ReadAllText(SeedReadingTests.Seed("001"));
        var from = seed.IndexOf("(六)其他处理 |", StringComparison.Ordinal);
        var to = seed.IndexOf("(七)总计 |", StringComparison.Ordinal);
        var text = seed[..from] + "(六)其他处理 |\n3 |\n0 |\n0 |\n0 |\n0 |\n0 |\n3 | ||\n" + seed[to..];

        var read = TestReader.ReadText(text, "2019.txt");
        var check = GovReport.CheckPublished(read);

        SeedReadingTests.Row(read, ApplicationRow.OtherOther).ShouldBe("3 0 0 0 0 0 3");
        SeedReadingTests.Row(read, ApplicationRow.OtherOverdueFee).ShouldBe("0 0 0 0 0 0 0");
        check.Diagnostics.Where(d => d.Message.Contains("2019年试行格式", StringComparison.Ordinal)).Select(d => $"{d.Rule} {d.SeverityText} {d.Message}").ShouldBe([
            "R9 错误 表格使用了已废止的2019年试行格式（表三“（六）其他处理”印作一行，其数值已按“3.其他”读取，1、2两项按0），应改用国办公开办函〔2021〕30号格式",
        ]);
        check.Diagnostics.Where(d => d.Rule == RuleIds.R3).Select(d => d.Message).ShouldBe([
            "表三 第三行（七）“总计” 自然人列应为35（（一）至（六）21项办理结果之和），实际为34",
            "表三 第三行（七）“总计” 总计列应为35（（一）至（六）21项办理结果之和），实际为34",
        ]);
        check.Diagnostics.ShouldNotContain(d => d.Rule == RuleIds.R1 || d.Message.Contains("缺少", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_kind_of_superseded_label_is_one_finding_however_often_it_is_printed()
    {
        // The 2019 table 二 prints its header in each group: 本年新制作数量 three times.
        var text = "平潭综合实验区2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n"
                   + "|信息内容|本年新制作数量|本年新公开数量|对外公开总数量|\n|规章|0|0|0|\n|规范性文件|1|1|5|\n"
                   + "第二十条第（五）项\n|信息内容|本年新制作数量|本年新公开数量|对外公开总数量|\n"
                   + "第二十条第（六）项\n|信息内容|本年新制作数量|本年新公开数量|对外公开总数量|\n";

        var check = GovReport.CheckPublished(TestReader.ReadText(text, "2019.txt"));

        var superseded = check.Diagnostics.Where(d => d.Message.Contains("2019年试行格式")).ToList();
        superseded.Select(d => d.Message).ShouldBe([
            "表格使用了已废止的2019年试行格式（出现“本年新制作数量”），应改用国办公开办函〔2021〕30号格式",
            "表格使用了已废止的2019年试行格式（出现“本年新公开数量”），应改用国办公开办函〔2021〕30号格式",
            "表格使用了已废止的2019年试行格式（出现“对外公开总数量”），应改用国办公开办函〔2021〕30号格式",
        ]);
        superseded.ShouldAllBe(d => d.Rule == RuleIds.R9 && d.Severity == Severity.Error);
    }
}
