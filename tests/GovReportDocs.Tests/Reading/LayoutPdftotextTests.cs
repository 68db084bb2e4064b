using GovReportDocs.Model;
using GovReportDocs.NationalFormat;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>
/// Text copied out of a PDF with `pdftotext -layout`: a row per line with its cells spaced out, but a label wrapped over
/// several lines of its cell has its numbers on one of them (or some on one, the rest on the next), and the merged group
/// labels beside it (`三、本` / `年度办` / `理结果`) are cut into the same lines. Excerpts as the filled template's copies print them.
/// </summary>
public class LayoutPdftotextTests
{
    private const string Header = "三、收到和处理政府信息公开申请情况\n                                            申请人情况\n";

    private static ApplicationDatum Cell(ApplicationRow row, ApplicantColumn column) => new(row, column);

    [Fact]
    public void A_label_wrapped_over_three_lines_takes_the_total_from_its_first_line_and_the_other_cells_from_the_line_below()
    {
        // 01-pingtan-2024.template.pdftotext-layout.txt: （二） with its 总计 beside the label's first line, the rest under it.
        const string table = Header +
            "一、本年新收政府信息公开申请数量           217 1       0     0    0    0    218\n" +
            "三、本 （一）予以公开                71  0       0     0    0    0    71\n" +
            "年度办 （二）部分公开（区分处理的，只计这一情                                     29\n" +
            "理结果 形，不计其他情形）\n" +
            "                           29     0    0     0    0    0\n" +
            "\n" +
            "         1.属于国家秘密        4        0    0     0    0    0    4\n";

        var read = TestReader.ReadText(table, "layout.txt");

        read.Sheet[Cell(ApplicationRow.PartiallyGranted, ApplicantColumn.NaturalPersons)].ShouldBe(29);
        read.Sheet[Cell(ApplicationRow.PartiallyGranted, ApplicantColumn.Total)].ShouldBe(29);
        read.Sheet[Cell(ApplicationRow.PartiallyGranted, ApplicantColumn.CommercialEnterprises)].ShouldBe(0);
        read.Sheet[Cell(ApplicationRow.Granted, ApplicantColumn.Total)].ShouldBe(71);
        read.Sheet[Cell(ApplicationRow.DeniedStateSecret, ApplicantColumn.NaturalPersons)].ShouldBe(4);
    }

    [Fact]
    public void A_label_wrapped_beside_its_group_label_takes_the_numbers_of_its_middle_line()
    {
        // （六）1 and 2: the group label （六）其他处理 cut into the rows' lines, one number on the first line.
        const string table = Header +
            "一、本年新收政府信息公开申请数量           217 1       0     0    0    0    218\n" +
            "   （六）其 1.申请人无正当理由逾期不补正、                                    1\n" +
            "   他处理   行政机关不再处理其政府信息公开 1        0    0     0    0    0\n" +
            "         申请\n" +
            "         2.申请人逾期未按收费通知要求缴 0       0    0     0    0    0    0\n" +
            "\f              纳费用、行政机关不再处理其政府\n" +
            "              信息公开申请\n" +
            "              3.其他                       1   1        0        0        0        0    2\n";

        var read = TestReader.ReadText(table, "layout.txt");

        read.Sheet[Cell(ApplicationRow.OtherOverdueCorrection, ApplicantColumn.NaturalPersons)].ShouldBe(1);
        read.Sheet[Cell(ApplicationRow.OtherOverdueCorrection, ApplicantColumn.Total)].ShouldBe(1);
        read.Sheet[Cell(ApplicationRow.OtherOverdueFee, ApplicantColumn.Total)].ShouldBe(0);
        read.Sheet[Cell(ApplicationRow.OtherOther, ApplicantColumn.CommercialEnterprises)].ShouldBe(1);
        read.Sheet[Cell(ApplicationRow.OtherOther, ApplicantColumn.Total)].ShouldBe(2);
    }

    [Fact]
    public void A_label_of_many_narrow_lines_with_blank_lines_between_is_one_row()
    {
        // 04-pingtan-haitan-2024.chromium.pdftotext-layout.txt: Chromium's narrow cell, four letters to a line.
        const string table = Header +
            " 一、本年新收政府信息公开申\n" +
            "                  5    1    0    0    0    0    6\n" +
            " 请数量\n" +
            "\n" +
            "（六）   1.申请人无\n\n其他处   正当理由逾\n\n理     期不补正、\n\n" +
            "      行政机关不    1   0   0   0   0   0   1\n\n" +
            "      再处理其政\n\n      府信息公开\n\n      申请\n\n\n\n" +
            "      2.申请人逾\n";

        var read = TestReader.ReadText(table, "layout.txt");

        read.Sheet[Cell(ApplicationRow.NewlyReceived, ApplicantColumn.NaturalPersons)].ShouldBe(5);
        read.Sheet[Cell(ApplicationRow.NewlyReceived, ApplicantColumn.Total)].ShouldBe(6);
        read.Sheet[Cell(ApplicationRow.OtherOverdueCorrection, ApplicantColumn.NaturalPersons)].ShouldBe(1);
        read.Sheet[Cell(ApplicationRow.OtherOverdueCorrection, ApplicantColumn.Total)].ShouldBe(1);
    }

    [Fact]
    public void A_wrapped_row_one_number_short_is_told_missing_not_guessed()
    {
        const string table = Header +
            "一、本年新收政府信息公开申请数量           217 1       0     0    0    0    218\n" +
            "三、本 （一）予以公开                71  0       0     0    0    0    71\n" +
            "年度办 （二）部分公开（区分处理的，只计这一情\n" +
            "理结果 形，不计其他情形）\n" +
            "                           29     0    0     0    0    0\n";

        var read = TestReader.ReadText(table, "layout.txt");

        read.Sheet[Cell(ApplicationRow.PartiallyGranted, ApplicantColumn.NaturalPersons)].ShouldBeNull();
        read.Sheet[Cell(ApplicationRow.PartiallyGranted, ApplicantColumn.Total)].ShouldBeNull();
    }
}
