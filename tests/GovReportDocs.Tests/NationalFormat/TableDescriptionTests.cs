using GovReportDocs.NationalFormat;
using GovReportDocs.Model;

namespace GovReportDocs.Tests.NationalFormat;

/// <summary>Every label and span of the three tables against the 2021 format (docs/format.md), character for character.</summary>
public class TableDescriptionTests
{
    [Fact]
    public void Table2_has_4_columns_14_rows_and_the_2021_labels_in_place()
    {
        var table = ReportTables.Proactive;
        table.ColumnCount.ShouldBe(4);
        table.RowCount.ShouldBe(14);

        (int Row, int Col, int ColSpan, string Label)[] labels =
        [
            (0, 0, 4, "第二十条第（一）项"),
            (1, 0, 1, "信息内容"), (1, 1, 1, "本年制发件数"), (1, 2, 1, "本年废止件数"), (1, 3, 1, "现行有效件数"),
            (2, 0, 1, "规章"), (3, 0, 1, "行政规范性文件"),
            (4, 0, 4, "第二十条第（五）项"),
            (5, 0, 1, "信息内容"), (5, 1, 3, "本年处理决定数量"),
            (6, 0, 1, "行政许可"),
            (7, 0, 4, "第二十条第（六）项"),
            (8, 0, 1, "信息内容"), (8, 1, 3, "本年处理决定数量"),
            (9, 0, 1, "行政处罚"), (10, 0, 1, "行政强制"),
            (11, 0, 4, "第二十条第（八）项"),
            (12, 0, 1, "信息内容"), (12, 1, 3, "本年收费金额（单位：万元）"),
            (13, 0, 1, "行政事业性收费"),
        ];
        foreach (var (row, col, span, label) in labels)
        {
            var cell = table.CellAt(row, col);
            (cell.Row, cell.Column, cell.ColumnSpan, cell.RowSpan, cell.Label).ShouldBe((row, col, span, 1, label));
        }

        (int Row, int Col, int ColSpan, ProactiveItem Item)[] data =
        [
            (2, 1, 1, ProactiveItem.RulesIssued), (2, 2, 1, ProactiveItem.RulesRepealed), (2, 3, 1, ProactiveItem.RulesInForce),
            (3, 1, 1, ProactiveItem.NormativeIssued), (3, 2, 1, ProactiveItem.NormativeRepealed), (3, 3, 1, ProactiveItem.NormativeInForce),
            (6, 1, 3, ProactiveItem.Licensing), (9, 1, 3, ProactiveItem.Punishment), (10, 1, 3, ProactiveItem.Enforcement),
            (13, 1, 3, ProactiveItem.FeesTenThousandYuan),
        ];
        foreach (var (row, col, span, item) in data)
        {
            var cell = table.CellAt(row, col);
            (cell.Row, cell.Column, cell.ColumnSpan, cell.Datum).ShouldBe((row, col, span, (Datum)new ProactiveDatum(item)));
        }

        table.Cells.Length.ShouldBe(labels.Length + data.Length);
    }

    [Fact]
    public void Table3_has_10_columns_3_header_rows_and_25_body_rows()
    {
        var table = ReportTables.Applications;
        table.ColumnCount.ShouldBe(10);
        table.RowCount.ShouldBe(28);
        table.HeaderRowCount.ShouldBe(3);
    }

    [Fact]
    public void Table3_header_matches_the_format()
    {
        var table = ReportTables.Applications;
        (int Row, int Col, int RowSpan, int ColSpan, string Label)[] header =
        [
            (0, 0, 3, 3, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"),
            (0, 3, 1, 7, "申请人情况"),
            (1, 3, 2, 1, "自然人"), (1, 4, 1, 5, "法人或其他组织"), (1, 9, 2, 1, "总计"),
            (2, 4, 1, 1, "商业企业"), (2, 5, 1, 1, "科研机构"), (2, 6, 1, 1, "社会公益组织"), (2, 7, 1, 1, "法律服务机构"), (2, 8, 1, 1, "其他"),
        ];
        foreach (var (row, col, rowSpan, colSpan, label) in header)
        {
            var cell = table.CellAt(row, col);
            (cell.Row, cell.Column, cell.RowSpan, cell.ColumnSpan, cell.Label).ShouldBe((row, col, rowSpan, colSpan, label));
        }

        table.Cells.Count(c => c.Row < 3).ShouldBe(header.Length);
    }

    [Fact]
    public void Table3_body_labels_and_merges_match_the_format()
    {
        var table = ReportTables.Applications;
        (int Row, int Col, int RowSpan, int ColSpan, string Label)[] labels =
        [
            (3, 0, 1, 3, "一、本年新收政府信息公开申请数量"),
            (4, 0, 1, 3, "二、上年结转政府信息公开申请数量"),
            (5, 0, 22, 1, "三、本年度办理结果"),
            (5, 1, 1, 2, "（一）予以公开"),
            (6, 1, 1, 2, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
            (7, 1, 8, 1, "（三）不予公开"),
            (7, 2, 1, 1, "1.属于国家秘密"),
            (8, 2, 1, 1, "2.其他法律行政法规禁止公开"),
            (9, 2, 1, 1, "3.危及“三安全一稳定”"),
            (10, 2, 1, 1, "4.保护第三方合法权益"),
            (11, 2, 1, 1, "5.属于三类内部事务信息"),
            (12, 2, 1, 1, "6.属于四类过程性信息"),
            (13, 2, 1, 1, "7.属于行政执法案卷"),
            (14, 2, 1, 1, "8.属于行政查询事项"),
            (15, 1, 3, 1, "（四）无法提供"),
            (15, 2, 1, 1, "1.本机关不掌握相关政府信息"),
            (16, 2, 1, 1, "2.没有现成信息需要另行制作"),
            (17, 2, 1, 1, "3.补正后申请内容仍不明确"),
            (18, 1, 5, 1, "（五）不予处理"),
            (18, 2, 1, 1, "1.信访举报投诉类申请"),
            (19, 2, 1, 1, "2.重复申请"),
            (20, 2, 1, 1, "3.要求提供公开出版物"),
            (21, 2, 1, 1, "4.无正当理由大量反复申请"),
            (22, 2, 1, 1, "5.要求行政机关确认或重新出具已获取信息"),
            (23, 1, 3, 1, "（六）其他处理"),
            (23, 2, 1, 1, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
            (24, 2, 1, 1, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
            (25, 2, 1, 1, "3.其他"),
            (26, 1, 1, 2, "（七）总计"),
            (27, 0, 1, 3, "四、结转下年度继续办理"),
        ];
        foreach (var (row, col, rowSpan, colSpan, label) in labels)
        {
            var cell = table.CellAt(row, col);
            (cell.Row, cell.Column, cell.RowSpan, cell.ColumnSpan, cell.Label).ShouldBe((row, col, rowSpan, colSpan, label));
        }

        table.Cells.Count(c => c.Row >= 3 && c.Label is not null).ShouldBe(labels.Length);
    }

    [Fact]
    public void Table3_puts_row_and_column_data_in_columns_4_to_10_in_printed_order()
    {
        var table = ReportTables.Applications;
        var rows = Enum.GetValues<ApplicationRow>();
        rows.Length.ShouldBe(25);
        for (var i = 0; i < rows.Length; i++)
        {
            for (var c = 0; c < 7; c++)
            {
                table.CellAt(3 + i, 3 + c).Datum.ShouldBe(new ApplicationDatum(rows[i], (ApplicantColumn)c));
            }
        }

        table.DatumCells.Count().ShouldBe(25 * 7);
    }

    [Fact]
    public void Table4_has_15_columns_3_header_rows_and_one_row_of_15_numbers()
    {
        var table = ReportTables.Review;
        table.ColumnCount.ShouldBe(15);
        table.RowCount.ShouldBe(4);
        table.HeaderRowCount.ShouldBe(3);

        (int Row, int Col, int RowSpan, int ColSpan, string Label)[] header =
        [
            (0, 0, 1, 5, "行政复议"), (0, 5, 1, 10, "行政诉讼"),
            (1, 0, 2, 1, "结果维持"), (1, 1, 2, 1, "结果纠正"), (1, 2, 2, 1, "其他结果"), (1, 3, 2, 1, "尚未审结"), (1, 4, 2, 1, "总计"),
            (1, 5, 1, 5, "未经复议直接起诉"), (1, 10, 1, 5, "复议后起诉"),
            (2, 5, 1, 1, "结果维持"), (2, 6, 1, 1, "结果纠正"), (2, 7, 1, 1, "其他结果"), (2, 8, 1, 1, "尚未审结"), (2, 9, 1, 1, "总计"),
            (2, 10, 1, 1, "结果维持"), (2, 11, 1, 1, "结果纠正"), (2, 12, 1, 1, "其他结果"), (2, 13, 1, 1, "尚未审结"), (2, 14, 1, 1, "总计"),
        ];
        foreach (var (row, col, rowSpan, colSpan, label) in header)
        {
            var cell = table.CellAt(row, col);
            (cell.Row, cell.Column, cell.RowSpan, cell.ColumnSpan, cell.Label).ShouldBe((row, col, rowSpan, colSpan, label));
        }

        for (var col = 0; col < 15; col++)
        {
            table.CellAt(3, col).Datum.ShouldBe(new ReviewDatum((ReviewGroup)(col / 5), (ReviewOutcome)(col % 5)));
        }

        table.Cells.Length.ShouldBe(header.Length + 15);
    }

    [Fact]
    public void Every_grid_position_is_covered_by_exactly_one_cell_and_merges_are_consistent()
    {
        foreach (var table in ReportTables.All)
        {
            table.ColumnWeights.Length.ShouldBe(table.ColumnCount);
            var covered = table.Cells.Sum(c => c.RowSpan * c.ColumnSpan);
            covered.ShouldBe(table.RowCount * table.ColumnCount, table.Name);
            foreach (var cell in table.Cells)
            {
                for (var r = cell.Row; r <= cell.LastRow; r++)
                {
                    table.CellAt(r, cell.Column + cell.ColumnSpan - 1).ShouldBeSameAs(cell);
                }
            }
        }
    }

    [Fact]
    public void Part_titles_are_verbatim()
    {
        PartTitles.All.ShouldBe(
        [
            "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
        ]);
        PartTitles.OverviewAspects.ShouldBe(
            ["（一）主动公开情况", "（二）依申请公开情况", "（三）政府信息管理情况", "（四）政府信息公开平台建设情况", "（五）监督保障情况"]);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("12", 12)]
    [InlineData("1.5", 1.50)]
    [InlineData("0.0123", 0.0123)]
    [InlineData("3.1416", 3.14159)]
    public void Amounts_print_with_at_most_4_decimals_and_no_trailing_zeros(string expected, double value) =>
        NumberText.Format((decimal)value).ShouldBe(expected);
}
