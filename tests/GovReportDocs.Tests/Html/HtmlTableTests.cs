using GovReportDocs.Composition;
using GovReportDocs.NationalFormat;
using GovReportDocs.Html;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Html;

/// <summary>The three tables of the page walk their descriptions: same grid, labels, spans, numbers.</summary>
public class HtmlTableTests
{
    public static TheoryData<string> SampleFiles => new() { "panzhou-2024.yaml", "mengga-2024.yaml" };

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Each_table_expands_to_the_described_grid_with_its_labels_spans_and_numbers(string sample)
    {
        var report = Samples.Load(sample);
        var sheet = StatisticsSheet.FromReport(report);
        var page = new HtmlReadBack(HtmlRenderer.Render(report));
        page.Tables.Count.ShouldBe(3);
        foreach (var (description, table) in ReportTables.All.Zip(page.Tables))
        {
            var block = new TableBlock(description, sheet);
            var grid = HtmlReadBack.Grid(table);
            grid.Length.ShouldBe(description.RowCount, description.Name);
            grid.ShouldAllBe(row => row.Length == description.ColumnCount);
            table.QuerySelectorAll("th, td").Length.ShouldBe(description.Cells.Length, description.Name);
            for (var row = 0; row < description.RowCount; row++)
            {
                for (var column = 0; column < description.ColumnCount; column++)
                {
                    var where = $"{description.Name} ({row},{column})";
                    var expected = description.CellAt(row, column);
                    var actual = grid[row][column];
                    actual.ShouldNotBeNull(where);
                    (actual.Row, actual.Column).ShouldBe((expected.Row, expected.Column), where);
                    (actual.RowSpan, actual.ColumnSpan).ShouldBe((expected.RowSpan, expected.ColumnSpan), where);
                    actual.IsHeader.ShouldBe(expected.Label is not null, where);
                    actual.Text.ShouldBe(expected.Label ?? NumberText.Format(sheet[expected.Datum!]!.Value), where);
                    actual.Text.ShouldBe(block.TextOf(expected), where);
                    actual.Section.ShouldBe(row < description.HeaderRowCount ? "thead" : "tbody", where);
                }
            }
        }
    }

    [Fact]
    public void The_numbers_of_panzhou_land_in_their_cells()
    {
        var page = new HtmlReadBack(HtmlRenderer.Render(Samples.Panzhou));
        var table2 = HtmlReadBack.Grid(page.Tables[0]);
        HtmlReadBack.RowTexts(table2, 2).ShouldBe(["规章", "0", "0", "0"]);
        HtmlReadBack.RowTexts(table2, 3).ShouldBe(["行政规范性文件", "4", "13", "34"]);
        HtmlReadBack.RowTexts(table2, 13).ShouldBe(["行政事业性收费", "0", "0", "0"]);

        var table3 = HtmlReadBack.Grid(page.Tables[1]);
        HtmlReadBack.RowTexts(table3, 3)[2..].ShouldBe(["一、本年新收政府信息公开申请数量", "33", "0", "0", "0", "0", "0", "33"]);
        HtmlReadBack.RowTexts(table3, 4)[2..].ShouldBe(["二、上年结转政府信息公开申请数量", "4", "0", "0", "0", "0", "0", "4"]);
        HtmlReadBack.RowTexts(table3, 5)[2..].ShouldBe(["（一）予以公开", "12", "0", "0", "0", "0", "0", "12"]);
        HtmlReadBack.RowTexts(table3, 6)[2..].ShouldBe(["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "11", "0", "0", "0", "0", "0", "11"]);
        HtmlReadBack.RowTexts(table3, 15)[1..].ShouldBe(["（四）无法提供", "1.本机关不掌握相关政府信息", "9", "0", "0", "0", "0", "0", "9"]);
        HtmlReadBack.RowTexts(table3, 25)[1..].ShouldBe(["（六）其他处理", "3.其他", "2", "0", "0", "0", "0", "0", "2"]);
        HtmlReadBack.RowTexts(table3, 26)[1..].ShouldBe(["（七）总计", "（七）总计", "34", "0", "0", "0", "0", "0", "34"]);
        HtmlReadBack.RowTexts(table3, 27)[2..].ShouldBe(["四、结转下年度继续办理", "3", "0", "0", "0", "0", "0", "3"]);

        var table4 = HtmlReadBack.Grid(page.Tables[2]);
        HtmlReadBack.RowTexts(table4, 3).ShouldBe(["2", "0", "1", "0", "3", "0", "0", "0", "0", "0", "0", "0", "1", "1", "2"]);
    }

    [Fact]
    public void Every_number_of_mengga_is_zero()
    {
        var page = new HtmlReadBack(HtmlRenderer.Render(Samples.Mengga));
        var numbers = page.Tables.SelectMany(t => t.QuerySelectorAll("td")).Select(td => td.TextContent).ToList();
        numbers.Count.ShouldBe(ReportTables.All.Sum(t => t.DatumCells.Count()));
        numbers.ShouldAllBe(n => n == "0");
    }

    [Fact]
    public void Each_table_has_a_caption_with_its_name_and_part()
    {
        var page = new HtmlReadBack(HtmlRenderer.Render(Samples.Mengga));
        page.Tables.Select(t => t.Caption?.TextContent).ShouldBe(
        [
            "表二 主动公开政府信息情况",
            "表三 收到和处理政府信息公开申请情况",
            "表四 政府信息公开行政复议、行政诉讼情况",
        ]);
        foreach (var table in page.Tables)
        {
            var wrapper = table.ParentElement!;
            wrapper.ClassName.ShouldBe("table-scroll");
            wrapper.GetAttribute("aria-labelledby").ShouldBe(table.Caption!.Id);
            wrapper.GetAttribute("tabindex").ShouldBe("0");
        }
    }

    [Fact]
    public void Header_cells_are_scoped_to_what_they_head()
    {
        var page = new HtmlReadBack(HtmlRenderer.Render(Samples.Panzhou));
        string? ScopeOf(int table, string label) =>
            page.Tables[table].QuerySelectorAll("th").Single(th => th.TextContent == label).GetAttribute("scope");

        ScopeOf(0, ProactiveLabels.Article20Item1).ShouldBe("rowgroup");
        page.Tables[0].QuerySelectorAll("th").Where(th => th.TextContent == ProactiveLabels.ContentHeader).ShouldAllBe(th => th.GetAttribute("scope") == "col");
        ScopeOf(0, ProactiveLabels.Issued).ShouldBe("col");
        ScopeOf(0, ProactiveLabels.FeeAmount).ShouldBe("col");
        ScopeOf(0, ProactiveLabels.Rules).ShouldBe("row");

        ScopeOf(1, ApplicantColumns.BalanceNote).ShouldBe("colgroup");
        ScopeOf(1, ApplicantColumns.ApplicantsHeader).ShouldBe("colgroup");
        ScopeOf(1, ApplicantColumns.LegalPersonsGroup).ShouldBe("col");
        ScopeOf(1, "自然人").ShouldBe("col");
        ScopeOf(1, ApplicationRows.ResultsHeader).ShouldBe("rowgroup");
        ScopeOf(1, "（三）不予公开").ShouldBe("row");
        ScopeOf(1, "1.属于国家秘密").ShouldBe("row");
        ScopeOf(1, "四、结转下年度继续办理").ShouldBe("row");

        ScopeOf(2, ReviewLabels.Review).ShouldBe("colgroup");
        ScopeOf(2, ReviewLabels.Litigation).ShouldBe("colgroup");
        ScopeOf(2, ReviewLabels.LitigationDirect).ShouldBe("col");
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void A_colgroup_header_spans_exactly_a_colgroup_and_a_rowgroup_header_exactly_its_tbody(string sample)
    {
        var page = new HtmlReadBack(HtmlRenderer.Render(Samples.Load(sample)));
        foreach (var table in page.Tables)
        {
            var groups = table.QuerySelectorAll("colgroup").Select(g => g.QuerySelectorAll("col").Length).ToList();
            groups.Sum().ShouldBe(HtmlReadBack.Grid(table)[0].Length);
            var groupStarts = groups.Select((_, i) => groups.Take(i).Sum()).ToList();
            var grid = HtmlReadBack.Grid(table);
            var cells = grid.SelectMany(r => r).Distinct().ToList();
            cells.Where(c => c.IsHeader).ShouldAllBe(c => c.Scope != null);
            foreach (var cell in cells.Where(c => c.Scope == "colgroup"))
            {
                var index = groupStarts.IndexOf(cell.Column);
                index.ShouldBeGreaterThanOrEqualTo(0, cell.Text);
                groups[index].ShouldBe(cell.ColumnSpan, cell.Text);
            }

            foreach (var cell in cells.Where(c => c.Scope == "rowgroup"))
            {
                var body = cell.Element.ParentElement!.ParentElement!;
                body.LocalName.ShouldBe("tbody");
                body.FirstElementChild.ShouldBe(cell.Element.ParentElement);
                var rows = body.Children.Length;
                (cell.RowSpan == rows || cell.ColumnSpan == grid[0].Length).ShouldBeTrue(cell.Text);
            }

            cells.Where(c => c.Section == "thead" && c.IsHeader).ShouldAllBe(c => c.Scope == "col" || c.Scope == "colgroup");
        }
    }
}
