using GovReportDocs.Composition;
using GovReportDocs.NationalFormat;

namespace GovReportDocs.Tests.Composition;

/// <summary>The one page-break policy of the fixed tables that the .docx and the PDF both follow (issue 26).</summary>
public class TablePageBreaksTests
{
    private static string LabelAt(TableDescription table, int row) => table.CellAt(row, 0).Label ?? "";

    [Fact]
    public void Table_2_may_start_a_page_only_at_its_article_20_blocks_and_table_4_nowhere()
    {
        var proactive = ReportTables.Proactive;
        Enumerable.Range(0, proactive.RowCount).Where(row => TablePageBreaks.MayStartPage(proactive, row)).Select(row => LabelAt(proactive, row))
            .ShouldBe([ProactiveLabels.Article20Item5, ProactiveLabels.Article20Item6, ProactiveLabels.Article20Item8]);

        var review = ReportTables.Review;
        Enumerable.Range(0, review.RowCount).ShouldNotContain(row => TablePageBreaks.MayStartPage(review, row));
    }

    [Fact]
    public void A_block_of_table_2_goes_whole_and_the_table_starts_with_its_first_block()
    {
        var proactive = ReportTables.Proactive;
        var item5 = Enumerable.Range(0, proactive.RowCount).Single(row => LabelAt(proactive, row) == ProactiveLabels.Article20Item5);

        TablePageBreaks.KeptThrough(proactive, item5).ShouldBe(item5 + 2, "第（五）项, its headings and 行政许可");
        TablePageBreaks.FirstPageThrough(proactive).ShouldBe(item5 - 1);
        TablePageBreaks.KeepsWithNext(proactive, item5 - 1, _ => 1, []).ShouldBeFalse();
        TablePageBreaks.KeepsWithNext(proactive, item5, _ => 1, []).ShouldBeTrue();
    }

    [Fact]
    public void Table_3_keeps_its_small_groups_whole_and_never_starts_a_page_inside_one()
    {
        var applications = ReportTables.Applications;
        var withheld = applications.Cells.Single(c => c.Label == "（三）不予公开");

        TablePageBreaks.MayStartPage(applications, withheld.Row).ShouldBeTrue();
        TablePageBreaks.KeptThrough(applications, withheld.Row).ShouldBe(withheld.LastRow);
        Enumerable.Range(withheld.Row + 1, withheld.RowSpan - 1).ShouldNotContain(row => TablePageBreaks.MayStartPage(applications, row));
    }

    [Fact]
    public void Table_3_starts_with_its_header_and_the_applications_received_and_its_results_label_may_start_the_next_page()
    {
        var applications = ReportTables.Applications;
        var results = TablePageBreaks.CrossingLabels(applications).ShouldHaveSingleItem();
        results.Label.ShouldBe(ApplicationRows.ResultsHeader);

        // 一、本年新收 and 二、上年结转 stand with the header; 三、本年度办理结果 may start a page with its head, whatever
        // its head is (moving all of it over with the header left 10 of 22 lines blank, issue 24).
        TablePageBreaks.FirstPageThrough(applications).ShouldBe(results.Row - 1);
        TablePageBreaks.MayStartPage(applications, results.Row).ShouldBeTrue();
        Enumerable.Range(0, results.Row - 1).ShouldAllBe(row => TablePageBreaks.KeepsWithNext(applications, row, _ => 4, Array.Empty<int>()));
        TablePageBreaks.KeepsWithNext(applications, results.Row - 1, _ => 4, []).ShouldBeFalse();

        // A head of 4 rows ends inside （三）不予公开 (which opens on the label's 3rd row): the rows down to that group go with it.
        Enumerable.Range(results.Row, 3).ShouldAllBe(row => TablePageBreaks.KeepsWithNext(applications, row, _ => 4, Array.Empty<int>()));
    }

    [Fact]
    public void A_crossing_label_keeps_its_head_and_no_more()
    {
        var applications = ReportTables.Applications;
        var results = TablePageBreaks.CrossingLabels(applications).Single();
        var last = results.LastRow;

        // Below its head and outside any group, a row of 三、本年度办理结果 may end a page.
        TablePageBreaks.KeepsWithNext(applications, last - 1, _ => 4, []).ShouldBeFalse($"{LabelAt(applications, last)}");
        TablePageBreaks.KeepsWithNext(applications, last - 1, _ => results.RowSpan, []).ShouldBeTrue();
    }

    [Fact]
    public void A_part_of_the_results_label_that_starts_a_page_goes_whole_and_the_part_above_may_end_there()
    {
        // Where the layout starts a page at （六）其他处理, the .docx merges the label anew (issue 24): Word may break
        // there or above, never below it, where the label would stand twice on one page and not on the next.
        var applications = ReportTables.Applications;
        var results = TablePageBreaks.CrossingLabels(applications).Single();
        var other = applications.Cells.Single(c => c.Label == "（六）其他处理");
        int[] pageStarts = [other.Row];

        TablePageBreaks.PartStarts(results, pageStarts).ShouldBe([results.Row, other.Row]);
        TablePageBreaks.KeepsWithNext(applications, other.Row - 1, _ => 1, pageStarts).ShouldBeFalse();
        Enumerable.Range(other.Row, results.LastRow - other.Row)
            .ShouldAllBe(row => TablePageBreaks.KeepsWithNext(applications, row, _ => 1, pageStarts));
        TablePageBreaks.KeepsWithNext(applications, other.LastRow, _ => 1, []).ShouldBeFalse("（七）总计 may start a page when no part starts above it");
        TablePageBreaks.KeepsWithNext(applications, results.LastRow, _ => 1, pageStarts).ShouldBeFalse("the part ends with the label");
    }
}
