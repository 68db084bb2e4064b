using System.Globalization;
using System.Text;
using GovReportDocs;
using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Reading;
using GovReportDocs.Reading.Lines;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>
/// The forms reports are really published in, each on a real report: text copied out of a PDF (pdftotext -layout),
/// a crawler's run-together text, saved web pages with inline markup, and a PDF exported by LibreOffice.
/// </summary>
public class PublishedFormsTests
{
    private static string Form(string name) => Path.Combine(RepoPaths.Root, "tests", "GovReportDocs.Tests", "Reading", "Forms", name);

    [Fact]
    public void Pdftotext_layout_rows_with_spaced_cells_and_labels_wrapped_around_their_numbers_are_read()
    {
        // pdftotext -layout of the PDF our renderer makes of samples/panzhou-2024.yaml.
        var read = PublishedReportReader.Read(Form("panzhou-2024-pdftotext-layout.txt"));
        var expected = StatisticsSheet.FromReport(Samples.Panzhou);

        SeedReadingTests.Row(read, ApplicationRow.NewlyReceived).ShouldBe("33 0 0 0 0 0 33");
        SeedReadingTests.Row(read, ApplicationRow.PartiallyGranted).ShouldBe("11 0 0 0 0 0 11", "label wrapped around the numbers");
        SeedReadingTests.Row(read, ApplicationRow.UnableNotHeld).ShouldBe("9 0 0 0 0 0 9");
        SeedReadingTests.Row(read, ApplicationRow.ResultsTotal).ShouldBe("34 0 0 0 0 0 34");
        var wrong = StatisticsSheet.AllData.Where(d => read.Sheet[d] is not null && read.Sheet[d] != expected[d]).ToList();
        wrong.ShouldBeEmpty();
        (read.Report.Agency, read.Report.Year).ShouldBe(("盘州市人民政府", 2024));
    }

    [Fact]
    public void A_row_copied_with_spaces_between_its_cells_is_read_cell_by_cell()
    {
        var text = "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量   3001  53  0  0  61  4  3119\n";

        var read = TestReader.ReadText(text, "copy.txt");

        SeedReadingTests.Row(read, ApplicationRow.NewlyReceived).ShouldBe("3001 53 0 0 61 4 3119");
    }

    [Fact]
    public void Digit_groups_apart_in_one_cell_are_separate_values_never_one_number()
    {
        var text = "|一、本年新收政府信息公开申请数量|1 0 0 0 0 0 1|\n|二、上年结转政府信息公开申请数量|0|0|0|0|0|0|0|\n";

        var read = TestReader.ReadText(text, "cells.txt");

        SeedReadingTests.Row(read, ApplicationRow.NewlyReceived).ShouldBe("1 0 0 0 0 0 1");
        StatisticsSheet.AllData.ShouldNotContain(d => read.Sheet[d] == 1000001m);
    }

    [Theory]
    [InlineData("15130000154", "151 3 0 0 0 0 154")] // 11 平潭 2025: the total equals its parts only so
    [InlineData("330000033", "33 0 0 0 0 0 33")] // 3+30 also sums; the fewest non-zero cells win
    [InlineData("5100000", "5 1 0 0 0 0 0")] // 07 海坛 2024: the printed total 0 is kept, not repaired
    public void Glued_numbers_of_a_row_are_split_by_the_row_totals(string glued, string cells)
    {
        var data = ApplicantColumns.All.Select(c => (Datum)new ApplicationDatum(ApplicationRow.NewlyReceived, c)).ToList();

        string.Join(" ", GluedNumbers.Split([glued], data)!).ShouldBe(cells);
    }

    [Fact]
    public void Spaces_in_glued_numbers_are_cell_boundaries()
    {
        var data = ApplicantColumns.All.Select(c => (Datum)new ApplicationDatum(ApplicationRow.NewlyReceived, c)).ToList();

        // 09 财政金融局 2025: `20 0 0 0 02` is 2|0|0|0|0|0|2.
        string.Join(" ", GluedNumbers.Split(["20", "0", "0", "0", "02"], data)!).ShouldBe("2 0 0 0 0 0 2");
    }

    [Fact]
    public void Glued_numbers_no_split_decides_are_one_finding_not_a_guess()
    {
        var data = ApplicantColumns.All.Select(c => (Datum)new ApplicationDatum(ApplicationRow.NewlyReceived, c)).ToList();

        GluedNumbers.Split(["1111111111111"], data).ShouldBeNull();
    }

    [Fact]
    public void A_crawled_page_run_together_on_one_line_is_read_whole()
    {
        // 11 平潭综合实验区 2025: header lines, then the page's text on one line with every table cell glued.
        var read = PublishedReportReader.Read(RepoPaths.Corpus("11-pingtan-2025-crawltext.txt"));

        (read.Report.Agency, read.Report.Year).ShouldBe(("平潭综合实验区", 2025));
        read.Structure.Parts.Select(p => p.Number).ShouldBe([1, 2, 3, 4, 5, 6]);
        SeedReadingTests.Row(read, ApplicationRow.NewlyReceived).ShouldBe("151 3 0 0 0 0 154");
        SeedReadingTests.Row(read, ApplicationRow.UnableNotHeld).ShouldBe("49 1 0 0 0 0 50");
        SeedReadingTests.Row(read, ApplicationRow.CarriedForward).ShouldBe("4 2 0 0 0 0 6");
        StatisticsSheet.AllData.OfType<ReviewDatum>().Select(d => read.Sheet[d]).ShouldBe([25, 3, 8, 0, 36, 3, 3, 0, 0, 6, 3, 0, 0, 0, 3]);
        (read.Sheet[ProactiveItem.NormativeIssued], read.Sheet[ProactiveItem.NormativeRepealed], read.Sheet[ProactiveItem.NormativeInForce])
            .ShouldBe((58m, 45m, 546m));
        read.Sheet[ProactiveItem.FeesTenThousandYuan].ShouldBe(4166.241619m);
        read.Report.Preamble.ShouldNotBeNull().ShouldNotContain("原文链接");
    }

    [Fact]
    public void Inline_elements_stay_inside_their_paragraph()
    {
        var html = "<html><body><p><span><font>三、收到和处理</font></span>\n<span>政府信息公开申请情况</span></p>"
                   + "<p><span>五、存在的主要问题</span><span>及改进情况</span></p></body></html>";

        var read = TestReader.ReadHtml(html, "page.html");

        read.Structure.Parts.Select(p => p.Printed).ShouldBe(["三、收到和处理政府信息公开申请情况", "五、存在的主要问题及改进情况"]);
    }

    [Fact]
    public void On_a_saved_page_the_article_title_names_agency_and_year_not_the_footer()
    {
        // 03 财政金融局 2024: footer 主办单位：…管理委员会办公室; the article has no title paragraph of its own.
        var check = GovReport.CheckPublished(RepoPaths.Corpus("03-pingtan-czj-2024.html"));

        (check.Agency, check.Year).ShouldBe(("平潭综合实验区财政金融局", 2024));
        check.Published!.Report.Preamble.ShouldNotBeNull().ShouldNotContain("登录");
        check.Published.Texts.ShouldNotContain(t => t.Contains("主办单位"));
    }

    [Fact]
    public void A_title_set_on_two_lines_names_agency_and_year()
    {
        var read = TestReader.ReadText("洪泽区人民政府\n2023 年政府信息公开工作年度报告\n一、总体情况\n", "title.txt");

        (read.Report.Agency, read.Report.Year).ShouldBe(("洪泽区人民政府", 2023));
        read.ReadingDiagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("平潭综合实验区公安局 2024 年政府信息公开工作年度报\n告", "平潭综合实验区公安局", 2024)]
    [InlineData("平潭综合实验区市场监督管理局 2025 年政府信息\n                    公开工作年度报告", "平潭综合实验区市场监督管理局", 2025)]
    public void A_title_wrapped_inside_its_last_words_names_agency_and_year(string title, string agency, int year)
    {
        // pdftotext -layout of the circulated template filled and exported by LibreOffice: its 18-point title wraps.
        var read = TestReader.ReadText(title + "\n一、总体情况\n", "wrapped.txt");

        (read.Report.Agency, read.Report.Year).ShouldBe((agency, year));
        read.ReadingDiagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void On_a_page_printed_whole_the_title_after_the_navigation_names_agency_and_year_and_the_navigation_is_no_text()
    {
        // A saved page printed by Chromium (Corpus/forms/03-pingtan-czj-2024.chromium.pdf, copied with pdftotext): the
        // site's header and navigation, then the article's title, then the report.
        var navigation = string.Join("\n", "国务院 省政府 省人大 省政协", "移动版", "闽政通APP", "登录 登录 注册 注册", "网站支持IPV6",
            "首页", "政务公开", "解读回应", "办事服务", "当前位置：", "首页", "政府信息公开年报");
        var text = navigation + "\n平潭综合实验区财政金融局2024年度政府信息公开工作年度报告\n一、总体情况\n2024年，我局……\n"
                   + "主办单位：福建省平潭综合实验区管理委员会办公室\n";

        var check = GovReport.CheckPublished(TestReader.ReadText(text, "printed.txt"));

        (check.Agency, check.Year).ShouldBe(("平潭综合实验区财政金融局", 2024));
        check.Published!.Texts.ShouldNotContain(t => t.Contains("登录"));
        check.Diagnostics.ShouldNotContain(d => d.Rule == RuleIds.R17);
    }

    [Fact]
    public void A_label_variant_is_read_as_its_label_and_told_once()
    {
        // 04 海坛片区 2024 prints 规范性文件 (the 2019 wording) for 行政规范性文件.
        var check = GovReport.CheckPublished(RepoPaths.Corpus("07-pingtan-haitan-2024-crawltext.txt"));

        (check.Published!.Sheet[ProactiveItem.NormativeIssued], check.Published.Sheet[ProactiveItem.NormativeInForce]).ShouldNotBe((null, null));
        check.Diagnostics.Where(d => d.Message.Contains("规范性文件")).Select(d => (d.Rule, d.Severity)).ShouldBe([(RuleIds.R9, Severity.Warning)]);
    }

    [Fact]
    public void A_missing_row_is_one_finding_at_its_table()
    {
        // 07 海坛片区 2024 has no 规章 row.
        var check = GovReport.CheckPublished(RepoPaths.Corpus("07-pingtan-haitan-2024-crawltext.txt"));

        var r1 = check.Diagnostics.Where(d => d.Rule == RuleIds.R1).ToList();
        r1.Select(d => d.Message).ShouldBe(["表二“规章”行缺少数值（3项）：应为非负整数，空白、“/”、“-”、“—”不视为0"]);
        r1[0].Source!.Line.ShouldBe(10);
    }

    [Fact]
    public void A_table_cut_off_by_the_copy_is_one_finding()
    {
        var text = File.ReadAllText(RepoPaths.Corpus("14-pingtan-gaj-2024-crawltext.txt"));
        var cut = text[..text.IndexOf("（五）不予处理", StringComparison.Ordinal)];

        var check = GovReport.CheckPublished(TestReader.ReadText(cut, "cut.txt"));

        var r1 = check.Diagnostics.Where(d => d.Rule == RuleIds.R1).Select(d => d.Message).ToList();
        r1.ShouldContain("表三在“3.补正后申请内容仍不明确”行之后中断：其后70项数值缺失，原报告可能不完整，请核对");
        r1.Count.ShouldBeLessThanOrEqualTo(2);
    }

    [Fact]
    [Trait("Requires", "debian")]
    public void Our_pdf_and_the_same_report_exported_by_libreoffice_give_the_same_numbers()
    {
        var ours = PublishedReportReader.Read(PdfSamples.Path("panzhou-2024.yaml"));
        var libreOffice = PublishedReportReader.Read(Form("panzhou-2024-libreoffice.pdf"));

        foreach (var datum in StatisticsSheet.AllData)
        {
            libreOffice.Sheet[datum].ShouldBe(ours.Sheet[datum], datum.Describe());
        }

        (libreOffice.Report.Agency, libreOffice.Report.Year).ShouldBe((ours.Report.Agency, ours.Report.Year));
        // Part 一 read into its aspects, the published report has the one true finding the input's own check gives.
        GovReport.CheckPublished(libreOffice).Diagnostics.Select(d => d.Message)
            .ShouldBe(GovReport.Load(RepoPaths.Sample("panzhou-2024.yaml")).Diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void Import_takes_the_fee_the_text_says_was_collected()
    {
        // 11 平潭 2025 with the sentence of part 六 as the issue quotes a real report: 收取信息处理费3940元.
        var text = File.ReadAllText(RepoPaths.Corpus("11-pingtan-2025-crawltext.txt")).Replace("2025年，无收取信息处理费情况。", "2025年，共发出收费通知2件，收取信息处理费3940元。");

        var imported = GovReport.Import(TestReader.ReadText(text, "fee.txt"));

        imported.Report.OtherMatters.Fees.ShouldBe(new ProcessingFees(2, 3940m, 3940m));
        imported.Notes.ShouldContain(d => d.Rule == RuleIds.R8 && d.Message.Contains("3940元"));
    }

    [Fact]
    public void Import_of_a_table_cut_off_by_the_copy_warns_once_at_the_line_of_the_table()
    {
        var text = File.ReadAllText(RepoPaths.Corpus("14-pingtan-gaj-2024-crawltext.txt"));
        var cut = text[..text.IndexOf("（五）不予处理", StringComparison.Ordinal)];

        var imported = GovReport.Import(TestReader.ReadText(cut, "cut.txt"));

        // The same grouping as check's (A_table_cut_off_by_the_copy_is_one_finding), told as zeros written.
        var r1 = imported.Notes.Where(d => d.Rule == RuleIds.R1).ToList();
        r1.Select(d => (d.Severity, d.Message)).ShouldBe([
            (Severity.Warning, "表三在“3.补正后申请内容仍不明确”行之后中断：其后70项数值缺失，原报告可能不完整，已按0写入，请核对"),
        ]);
        r1[0].Source!.Line.ShouldBe(10, "the crawled page is one line, line 10; never the file's start");
    }

    [Fact]
    public void Import_of_a_missing_row_warns_once_and_a_single_missing_cell_cell_by_cell()
    {
        // 16 平潭 2023 with its 规章 row blank (told at the nearest number read, 行政规范性文件 on line 35), and one cell
        // of 本年新收 printed as “/” (on line 53).
        var text = File.ReadAllText(RepoPaths.Corpus("16-pingtan-2023.md"))
            .Replace("| 规章 | 0 | 0 | 0 |", "| 规章 |  |  |  |")
            .Replace("| 一、本年新收政府信息公开申请数量 |  |  | 80 | 1 | 0 | 0 | 0 | 0 | 81 |", "| 一、本年新收政府信息公开申请数量 |  |  | 80 | 1 | / | 0 | 0 | 0 | 81 |");

        var imported = GovReport.Import(PublishedReportReader.Read(Encoding.UTF8.GetBytes(text), "blank.md", PublishedFormat.Markdown));

        imported.Notes.Where(d => d.Rule == RuleIds.R1).Select(d => d.ToString()).ShouldBe([
            "blank.md:35:1 警告 R1 表二“规章”行缺少数值（3项），已按0写入，请核对",
            "blank.md:53:1 警告 R1 表三 第一行“本年新收” 科研机构列在原报告中缺失，已按0写入，请核对",
            "blank.md:45:1 警告 R1 表二“行政事业性收费”原报告印作5949.088667万元，输入文件最多4位小数，已按5949.0887万元写入，请核对",
        ]);
    }

    [Fact]
    public void Import_says_it_rounded_a_fee_printed_with_more_than_four_decimals()
    {
        // 11 平潭 2025 prints 行政事业性收费 4166.241619 万元; the input file takes 4 decimals.
        var imported = GovReport.Import(PublishedReportReader.Read(RepoPaths.Corpus("11-pingtan-2025-crawltext.txt")));

        imported.Report.Proactive.FeesTenThousandYuan.ShouldBe(4166.2416m);
        imported.Notes.ShouldContain(d => d.Rule == RuleIds.R1 && d.Severity == Severity.Warning
            && d.Message == "表二“行政事业性收费”原报告印作4166.241619万元，输入文件最多4位小数，已按4166.2416万元写入，请核对");
    }

    [Fact]
    public void Import_keeps_no_fee_where_the_text_says_none_was_collected()
    {
        var imported = GovReport.Import(PublishedReportReader.Read(RepoPaths.Corpus("11-pingtan-2025-crawltext.txt")));

        imported.Report.OtherMatters.Fees.ShouldBe(ProcessingFees.None);
    }
}
