using GovReportDocs.NationalFormat;
using GovReportDocs.Html;
using GovReportDocs.Xlsx;

namespace GovReportDocs.Summary;

/// <summary>
/// 汇总.xlsx: what could not be read; per year a sheet of offices (the page's table: status, key figures as numbers,
/// shares as percentages, findings by rule, publish date and days late) and a sheet of the region's 表二、表三、表四,
/// each walked from its table description with its merged labels, as every renderer walks it. Written by the library's
/// one spreadsheet writer (<see cref="XlsxPackage"/>).
/// </summary>
internal static class SummaryWorkbook
{
    public static byte[] Write(RegionModel model)
    {
        var sheets = new List<XlsxSheet>();
        if (model.NotPlaced.Count > 0)
        {
            sheets.Add(NotPlaced(model));
        }

        foreach (var year in model.Years)
        {
            var y = SummaryPage.Int(year.Year);
            sheets.Add(Offices($"{y}年度各机关", year));
            sheets.Add(RegionTables($"{y}年度区域合计", year));
        }

        return XlsxPackage.ToBytes(sheets);
    }

    private static XlsxSheet NotPlaced(RegionModel model)
    {
        var cells = new List<XlsxCell> { Heading(0, 0, "文件"), Heading(0, 1, "状态"), Heading(0, 2, "原因") };
        for (var i = 0; i < model.NotPlaced.Count; i++)
        {
            var report = model.NotPlaced[i];
            cells.Add(XlsxCell.Of(i + 1, 0, report.File));
            cells.Add(XlsxCell.Of(i + 1, 1, SummaryStatuses.Text(report.Status)));
            cells.Add(XlsxCell.Of(i + 1, 2, report.NotPlacedBecause ?? ""));
        }

        return new XlsxSheet("无法读取的文件", cells) { ColumnWidths = [60, 10, 80], FrozenRows = 1 };
    }

    private static XlsxSheet Offices(string name, RegionYear year)
    {
        var rules = year.Rules;
        var headings = new List<string> { "机关", "文件", "状态" };
        headings.AddRange(KeyFigures.All.Select(f => f.Name));
        headings.AddRange(rules.Select(r => SummaryPage.RuleName(r) + "问题数"));
        headings.AddRange(["发布日期", "发布时限", "逾期天数"]);
        var cells = headings.Select((h, c) => Heading(0, c, h)).ToList();
        for (var i = 0; i < year.Offices.Count; i++)
        {
            var office = year.Offices[i];
            var report = office.Report;
            var r = i + 1;
            cells.Add(XlsxCell.Of(r, 0, office.Agency));
            cells.Add(XlsxCell.Of(r, 1, report.File));
            cells.Add(XlsxCell.Of(r, 2, SummaryStatuses.Text(report.Status)));
            var c = 3;
            foreach (var figure in KeyFigures.All)
            {
                if (figure.Value(report) is { } value)
                {
                    cells.Add(XlsxCell.Of(r, c, (double)Math.Round(value, 6), figure.IsShare ? XlsxStyle.Percent : XlsxStyle.Amount));
                }

                c++;
            }

            var counts = RuleCounts.Of(report);
            foreach (var rule in rules)
            {
                cells.Add(XlsxCell.Of(r, c++, counts.GetValueOrDefault(rule)));
            }

            cells.Add(XlsxCell.Of(r, c++, report.PublishedOn is { } on ? SummaryPage.Date(on) : "未写明"));
            cells.Add(XlsxCell.Of(r, c++, report.Deadline is { } by ? SummaryPage.Date(by) : ""));
            cells.Add(XlsxCell.Of(r, c, report.DaysLate));
        }

        return new XlsxSheet(name, cells) { ColumnWidths = [30, 40, 10, .. Enumerable.Repeat(12.0, headings.Count - 3)], FrozenRows = 1 };
    }

    /// <summary>The three tables one under another, each under its caption, labels merged over the cells they span.</summary>
    private static XlsxSheet RegionTables(string name, RegionYear year)
    {
        var cells = new List<XlsxCell>
        {
            XlsxCell.Of(0, 0, $"{SummaryPage.Int(year.Year)}年度全区域合计（{SummaryPage.Int(year.Offices.Count)}个机关所印数字逐格相加）", XlsxStyle.Title),
        };
        var merges = new List<XlsxMerge>();
        var top = 2;
        foreach (var table in ReportTables.All)
        {
            cells.Add(XlsxCell.Of(top, 0, HtmlTables.Caption(table), XlsxStyle.Header));
            var first = top + 1;
            foreach (var cell in table.Cells)
            {
                var row = first + cell.Row;
                if (cell.Label is { } label)
                {
                    cells.Add(XlsxCell.Of(row, cell.Column, label, cell.Row < table.HeaderRowCount ? XlsxStyle.Header : XlsxStyle.Label));
                }
                else if (year.Totals[cell.Datum!] is { } value)
                {
                    cells.Add(XlsxCell.Of(row, cell.Column, (double)value, cell.Datum!.IsCount ? XlsxStyle.Count : XlsxStyle.Amount));
                }

                if (cell.RowSpan > 1 || cell.ColumnSpan > 1)
                {
                    merges.Add(new XlsxMerge(row, cell.Column, row + cell.RowSpan - 1, cell.Column + cell.ColumnSpan - 1));
                }
            }

            top = first + table.RowCount + 1;
        }

        return new XlsxSheet(name, cells) { ColumnWidths = [.. Enumerable.Repeat(14.0, ReportTables.All.Max(t => t.ColumnCount))], Merges = merges };
    }

    private static XlsxCell Heading(int row, int column, string text) => XlsxCell.Of(row, column, text, XlsxStyle.Header);
}
