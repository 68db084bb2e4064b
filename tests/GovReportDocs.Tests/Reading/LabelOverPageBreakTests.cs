using GovReportDocs.Reading.Lines;
using GovReportDocs.Reading.Sources.Pdf;

namespace GovReportDocs.Tests.Reading;

/// <summary>A 表三 row cut by a page break: its numbers and the start of its label on one page, the rest of the label on the next.</summary>
public class LabelOverPageBreakTests
{
    private static List<SourceItem> LastRowOfPage() =>
    [
        new SourceParagraph("三、收到和处理政府信息公开申请情况", 1),
        new SourceCell("2.申请人逾期未按收费通知要求缴", 2),
        .. Enumerable.Repeat(new SourceCell("0", 2), 7),
    ];

    [Fact]
    public void The_rest_of_a_label_heading_the_next_page_joins_the_row_that_holds_its_numbers()
    {
        // 01-pingtan-2024.template.pdf, pages 4 and 5: LibreOffice prints （六）2 over three lines of its cell.
        var items = LastRowOfPage();

        var joined = LabelOverPageBreak.JoinTo(items, 1, ["纳费用、行政机关不再处理其政府信息公开申请", "", "", "", "", "", "", ""]);

        joined.ShouldBeTrue();
        items[1].Text.ShouldBe("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
        items.Count.ShouldBe(9);
    }

    [Fact]
    public void A_row_of_its_own_or_words_that_make_no_label_are_not_joined()
    {
        var items = LastRowOfPage();

        LabelOverPageBreak.JoinTo(items, 1, ["3.其他", "1", "1", "0", "0", "0", "0", "2"]).ShouldBeFalse();
        LabelOverPageBreak.JoinTo(items, 1, ["纳费用", "", ""]).ShouldBeFalse();
        LabelOverPageBreak.JoinTo(items, -1, ["纳费用、行政机关不再处理其政府信息公开申请"]).ShouldBeFalse();
        items[1].Text.ShouldBe("2.申请人逾期未按收费通知要求缴");
    }
}
