using GovReportDocs;
using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Normalization;
using GovReportDocs.Reading;
using GovReportDocs.Reading.Tables;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>
/// PDFs exported by WPS 文字 as offices publish them (Corpus/18 and 19, 洪泽区 2023 and 2024; Corpus/README.md says what
/// is truly wrong in them): lines of text on white-filled rectangles, 表三 over a page break, （六）其他处理 as one row,
/// a label printed truncated, page numbers `- 1 -`.
/// </summary>
public class WpsPdfTests
{
    [Fact]
    public void Hongze_2024_reads_with_all_six_parts_and_every_row_in_its_cells()
    {
        var check = GovReport.CheckPublished(RepoPaths.Corpus("19-hongze-2024-wps.pdf"));
        var read = check.Published!;

        read.Structure.Parts.Select(p => p.Number).ShouldBe([1, 2, 3, 4, 5, 6]);
        read.Structure.Parts.ShouldAllBe(p => p.IsVerbatim);
        SeedReadingTests.Row(read, ApplicationRow.PartiallyGranted).ShouldBe("9 0 0 0 0 0 9");
        SeedReadingTests.Row(read, ApplicationRow.DeniedProhibitedByLaw).ShouldBe("0 0 0 0 0 0 0", "printed truncated: 2.其他法律行政止公开");
        SeedReadingTests.Row(read, ApplicationRow.UnableNeedsCreation).ShouldBe("1 0 0 0 0 0 1", "first row after the page break");
        SeedReadingTests.Row(read, ApplicationRow.OtherOther).ShouldBe("0 0 0 0 0 0 0", "（六）其他处理 printed as one row of zeros");
        SeedReadingTests.Row(read, ApplicationRow.ResultsTotal).ShouldBe("95 0 0 0 0 0 95");
        StatisticsSheet.AllData.OfType<ReviewDatum>().Select(d => read.Sheet[d]).ShouldBe([1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3]);
        (read.Sheet[ProactiveItem.NormativeIssued], read.Sheet[ProactiveItem.NormativeInForce], read.Sheet[ProactiveItem.Licensing])
            .ShouldBe((3m, 8m, 9487m));
        read.Texts.ShouldNotContain(t => t.Contains("- 1 -") || t == "-1-");
        check.Diagnostics.Where(d => d.Severity == Severity.Error).ShouldBeEmpty();
        check.Diagnostics.Select(d => (d.Rule, d.Severity)).ShouldBe([(RuleIds.R7, Severity.Warning), (RuleIds.R11, Severity.Warning), (RuleIds.R18, Severity.Info)]);
    }

    [Fact]
    public void Hongze_2023_has_only_its_two_real_errors()
    {
        var check = GovReport.CheckPublished(RepoPaths.Corpus("18-hongze-2023-wps.pdf"));

        check.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Message).ShouldBe([
            "表四 行政复议“总计”列应为11（结果维持、结果纠正、其他结果、尚未审结之和），实际为0",
            "表四 行政诉讼“复议后起诉”“总计”列应为5（结果维持、结果纠正、其他结果、尚未审结之和），实际为0",
        ]);
        SeedReadingTests.Row(check.Published!, ApplicationRow.UnableNeedsCreation).ShouldBe("3 0 0 0 0 0 3");
        SeedReadingTests.Row(check.Published!, ApplicationRow.UnableUnclearAfterCorrection).ShouldBe("0 0 0 0 0 0 0", "first row after the page break");
    }

    [Fact]
    public void A_sentence_counting_one_unit_of_the_office_is_a_question_not_an_error()
    {
        var check = GovReport.CheckPublished(RepoPaths.Corpus("19-hongze-2024-wps.pdf"));

        check.Diagnostics.Single(d => d.Rule == RuleIds.R7).Message.ShouldBe(
            "正文“2024年，区政府办代表区政府受理政府信息公开申请17件，均已在法定期限内予以答复。”中的新收申请数为17，表三第一行“本年新收”总计为95：该句说的可能只是“区政府办”一个部门的数，请核对");
    }

    [Theory]
    [InlineData("22-hongze-2024-pdftotext.txt")]
    [InlineData("23-hongze-2024-pdftotext-layout.txt")]
    public void A_copy_of_the_pdf_asks_about_the_same_sentence_counting_one_unit(string copied)
    {
        // The sentence runs over two lines cut by the text width (…受理政府 / 信息公开申请 17 件，…) in both copies;
        // the copy prints spaces between digits and letters that the PDF has none of.
        var check = GovReport.CheckPublished(RepoPaths.Corpus(copied));

        check.Diagnostics.Single(d => d.Rule == RuleIds.R7).Message.Replace(" ", "", StringComparison.Ordinal).ShouldBe(
            "正文“2024年，区政府办代表区政府受理政府信息公开申请17件，均已在法定期限内予以答复。”中的新收申请数为17，表三第一行“本年新收”总计为95：该句说的可能只是“区政府办”一个部门的数，请核对");
    }

    [Theory]
    [InlineData("18-hongze-2023-wps.pdf", "21-hongze-2023-pdftotext-layout.txt")]
    [InlineData("19-hongze-2024-wps.pdf", "23-hongze-2024-pdftotext-layout.txt")]
    public void Text_copied_with_pdftotext_layout_reads_to_the_numbers_of_its_pdf(string pdf, string copied)
    {
        var fromPdf = PublishedReportReader.Read(RepoPaths.Corpus(pdf));
        var fromText = PublishedReportReader.Read(RepoPaths.Corpus(copied));

        StatisticsSheet.AllData.Where(d => fromText.Sheet[d] != fromPdf.Sheet[d]).Select(d => d.Describe()).ShouldBeEmpty();
        (fromText.Report.Agency, fromText.Report.Year).ShouldBe((fromPdf.Report.Agency, fromPdf.Report.Year));
        fromText.Structure.Parts.Select(p => p.Number).ShouldBe([1, 2, 3, 4, 5, 6]);
    }

    [Theory]
    [InlineData("20-hongze-2023-pdftotext.txt")]
    [InlineData("22-hongze-2024-pdftotext.txt")]
    public void Plain_pdftotext_never_takes_a_single_number_for_a_glued_run_nor_keeps_page_numbers(string copied)
    {
        // Plain pdftotext prints a cell per line and parts of 表三 column by column, apart from their labels: each
        // number is a cell of its own, never digits glued together (PlainPdftotextTests reads them into their cells).
        var check = GovReport.CheckPublished(RepoPaths.Corpus(copied));

        check.Diagnostics.ShouldNotContain(d => d.Message.Contains("粘连"));
        check.Published!.Texts.ShouldNotContain(t => t.StartsWith('-') && t.EndsWith('-'));
        (check.Agency, check.Year).ShouldBe((copied.Contains("2023") ? "洪泽区人民政府" : "淮安市洪泽区人民政府", copied.Contains("2023") ? 2023 : 2024));
    }

    [Fact]
    public void A_copied_row_whose_label_lost_characters_and_a_one_row_other_handling_keep_their_numbers()
    {
        // As pdftotext -layout prints the 洪泽区 tables: the label wraps around its numbers, and 六 is one row.
        var text = "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量   2  0  0  0  0  0  2\n"
                   + "                            1.属于国家秘密         1     0      0     0   0   0     1\n"
                   + " 三 、本 年 度办 理 结果\n\n"
                   + "                            2.其他法律行政止公开      1     0      0     0   0   0     1\n"
                   + "                            3.危及“三安全一稳定”     0     0      0     0   0   0     0\n"
                   + "     （六）其他处理                           0    0   0   0    0    0   0\n"
                   + "     （七）总计                             2   0   0   0    0    0   2\n";

        var read = TestReader.ReadText(text, "layout.txt");

        SeedReadingTests.Row(read, ApplicationRow.DeniedProhibitedByLaw).ShouldBe("1 0 0 0 0 0 1");
        SeedReadingTests.Row(read, ApplicationRow.OtherOverdueFee).ShouldBe("0 0 0 0 0 0 0");
        SeedReadingTests.Row(read, ApplicationRow.ResultsTotal).ShouldBe("2 0 0 0 0 0 2");
    }

    [Theory]
    [InlineData("2.其他法律行政止公开", "2.其他法律行政法规禁止公开", true)] // 洪泽区: 法规禁 lost from the middle
    [InlineData("2.其他法律行政法规禁止公开", "2.其他法律行政法规禁止公开", true)]
    [InlineData("2.没有现成信息需要另行制作", "2.其他法律行政法规禁止公开", false)]
    [InlineData("2.申请人逾期未按收费通知要求缴纳费用", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", false)]
    [InlineData("5.属于三类内部事务信息", "6.属于四类过程性信息", false)]
    public void A_label_with_characters_lost_from_its_middle_is_still_its_label(string printed, string label, bool matches)
    {
        LabelMatch.Matches(ChineseNormalizer.Normalize(printed), ChineseNormalizer.Normalize(label)).ShouldBe(matches);
    }

    [Fact]
    public void Other_handling_printed_as_one_row_of_zeros_reads_its_three_rows_as_zeros()
    {
        var read = TestReader.ReadText(Table3("|（六）其他处理|0|0|0|0|0|0|0|"), "six.txt");
        var check = GovReport.CheckPublished(read);

        SeedReadingTests.Row(read, ApplicationRow.OtherOverdueCorrection).ShouldBe("0 0 0 0 0 0 0");
        SeedReadingTests.Row(read, ApplicationRow.OtherOther).ShouldBe("0 0 0 0 0 0 0");
        check.Diagnostics.ShouldNotContain(d => d.Message.Contains("不再处理") || d.Message.Contains("“3.其他”") || d.Message.Contains("2019"));
    }

    [Fact]
    public void Other_handling_printed_as_one_row_with_cases_is_read_as_its_row_3_and_stays_a_sign_of_the_2019_format()
    {
        var read = TestReader.ReadText(Table3("|（六）其他处理|2|0|0|0|0|0|2|"), "six.txt");

        SeedReadingTests.Row(read, ApplicationRow.OtherOther).ShouldBe("2 0 0 0 0 0 2");
        SeedReadingTests.Row(read, ApplicationRow.OtherOverdueCorrection).ShouldBe("0 0 0 0 0 0 0");
        GovReport.CheckPublished(read).Diagnostics.ShouldContain(d => d.Rule == RuleIds.R9 && d.Message.Contains("“（六）其他处理”印作一行，其数值已按“3.其他”读取"));
    }

    private static string Table3(string otherHandling) =>
        "三、收到和处理政府信息公开申请情况\n|一、本年新收政府信息公开申请数量|1|0|0|0|0|0|1|\n|（一）予以公开|1|0|0|0|0|0|1|\n"
        + otherHandling + "\n|（七）总计|1|0|0|0|0|0|1|\n|四、结转下年度继续办理|0|0|0|0|0|0|0|\n";
}
