using GovReportDocs.Composition;
using GovReportDocs.NationalFormat;

namespace GovReportDocs.Tests.Composition;

/// <summary>Table labels never leave one character alone on their last line (issue 24: `…禁止公 / 开` in the .docx).</summary>
public class LabelLinesTests
{
    private static (string Text, double WidthPt) Label(string text)
    {
        var cell = ReportTables.Applications.Cells.Single(c => c.Label == text);
        return (text, CellFit.TextWidthPt(ReportTables.Applications, cell));
    }

    [Fact]
    public void A_label_that_would_leave_its_last_character_alone_breaks_one_earlier()
    {
        var (text, width) = Label("2.其他法律行政法规禁止公开");

        LabelLines.RuntBreak(text, width, PageLayout.TablePt).ShouldBe(text.IndexOf("公开", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1.属于国家秘密")]
    [InlineData("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")]
    [InlineData("5.要求行政机关确认或重新出具已获取信息")]
    public void A_label_that_fits_or_wraps_with_company_on_its_last_line_is_left_to_wrap(string label)
    {
        var (text, width) = Label(label);

        LabelLines.RuntBreak(text, width, PageLayout.TablePt).ShouldBeNull();
    }
}
