using DocumentFormat.OpenXml.Spreadsheet;
using GovReportDocs.Format;
using GovReportDocs.Html;

namespace GovReportDocs.Summary;

/// <summary>
/// 汇总.xlsx: what could not be read; per year a sheet of offices (the page's table: status, key figures as numbers,
/// shares as percentages, findings by rule, publish date and days late) and a sheet of the region's 表二、表三、表四,
/// each walked from its table description with its merged labels, as every renderer walks it.
/// </summary>
internal static class SummaryWorkbook
{
    public static byte[] Write(RegionModel model)
    {
        var sheets = new List<XlsxPackage.Sheet>();
        if (model.NotPlaced.Count > 0)
        {
            sheets.Add(new("无法读取的文件", NotPlaced(model)));
        }

        foreach (var year in model.Years)
        {
            var y = SummaryPage.Int(year.Year);
            sheets.Add(new($"{y}年度各机关", Offices(year)));
            sheets.Add(new($"{y}年度区域合计", RegionTables(year)));
        }

        return XlsxPackage.Write(sheets);
    }

    private static Worksheet NotPlaced(RegionModel model)
    {
        var rows = new List<Row> { new([XlsxPackage.Text(0, 0, "文件", XlsxPackage.Heading), XlsxPackage.Text(0, 1, "状态", XlsxPackage.Heading), XlsxPackage.Text(0, 2, "原因", XlsxPackage.Heading)]) { RowIndex = 1 } };
        for (var i = 0; i < model.NotPlaced.Count; i++)
        {
            var report = model.NotPlaced[i];
            rows.Add(new Row([XlsxPackage.Text(i + 1, 0, report.File), XlsxPackage.Text(i + 1, 1, SummaryStatuses.Text(report.Status)),
                XlsxPackage.Text(i + 1, 2, report.NotPlacedBecause ?? "")]) { RowIndex = (uint)(i + 2) });
        }

        return Sheet(rows, [60, 10, 80]);
    }

    private static Worksheet Offices(RegionYear year)
    {
        var rules = year.Rules;
        var headings = new List<string> { "机关", "文件", "状态" };
        headings.AddRange(KeyFigures.All.Select(f => f.Name));
        headings.AddRange(rules.Select(r => SummaryPage.RuleName(r) + "问题数"));
        headings.AddRange(["发布日期", "发布时限", "逾期天数"]);
        var rows = new List<Row> { new(headings.Select((h, c) => XlsxPackage.Text(0, c, h, XlsxPackage.Heading))) { RowIndex = 1 } };
        for (var i = 0; i < year.Offices.Count; i++)
        {
            var office = year.Offices[i];
            var report = office.Report;
            var r = i + 1;
            var cells = new List<Cell> { XlsxPackage.Text(r, 0, office.Agency), XlsxPackage.Text(r, 1, report.File), XlsxPackage.Text(r, 2, SummaryStatuses.Text(report.Status)) };
            var c = 3;
            foreach (var figure in KeyFigures.All)
            {
                if (figure.Value(report) is { } value)
                {
                    cells.Add(XlsxPackage.Number(r, c, Math.Round(value, 6), figure.IsShare ? XlsxPackage.Percent : XlsxPackage.Plain));
                }

                c++;
            }

            var counts = RuleCounts.Of(report);
            foreach (var rule in rules)
            {
                cells.Add(XlsxPackage.Number(r, c++, counts.GetValueOrDefault(rule)));
            }

            cells.Add(XlsxPackage.Text(r, c++, report.PublishedOn is { } on ? SummaryPage.Date(on) : "未写明"));
            cells.Add(XlsxPackage.Text(r, c++, report.Deadline is { } by ? SummaryPage.Date(by) : ""));
            cells.Add(XlsxPackage.Number(r, c, report.DaysLate));
            rows.Add(new Row(cells) { RowIndex = (uint)(r + 1) });
        }

        return Sheet(rows, [30, 40, 10, .. Enumerable.Repeat(12.0, headings.Count - 3)]);
    }

    /// <summary>The three tables one under another, each under its caption, labels merged over the cells they span.</summary>
    private static Worksheet RegionTables(RegionYear year)
    {
        var cells = new SortedDictionary<int, SortedDictionary<int, Cell>>();
        var merges = new List<MergeCell>();
        void Put(int row, int column, Cell cell) =>
            (cells.TryGetValue(row, out var line) ? line : cells[row] = [])[column] = cell;

        Put(0, 0, XlsxPackage.Text(0, 0, $"{SummaryPage.Int(year.Year)}年度全区域合计（{SummaryPage.Int(year.Offices.Count)}个机关所印数字逐格相加）", XlsxPackage.Heading));
        var top = 2;
        foreach (var table in ReportTables.All)
        {
            Put(top, 0, XlsxPackage.Text(top, 0, HtmlTables.Caption(table), XlsxPackage.Heading));
            var first = top + 1;
            foreach (var cell in table.Cells)
            {
                var row = first + cell.Row;
                if (cell.Label is { } label)
                {
                    Put(row, cell.Column, XlsxPackage.Text(row, cell.Column, label, XlsxPackage.Label));
                }
                else if (year.Totals[cell.Datum!] is { } value)
                {
                    Put(row, cell.Column, XlsxPackage.Number(row, cell.Column, value));
                }

                if (cell.RowSpan > 1 || cell.ColumnSpan > 1)
                {
                    merges.Add(new MergeCell { Reference = $"{XlsxPackage.Reference(row, cell.Column)}:{XlsxPackage.Reference(row + cell.RowSpan - 1, cell.Column + cell.ColumnSpan - 1)}" });
                }
            }

            top = first + table.RowCount + 1;
        }

        var rows = cells.Select(line => new Row(line.Value.Values) { RowIndex = (uint)(line.Key + 1) }).ToList();
        var sheet = Sheet(rows, [.. Enumerable.Repeat(14.0, ReportTables.All.Max(t => t.ColumnCount))]);
        sheet.Append(new MergeCells(merges) { Count = (uint)merges.Count });
        return sheet;
    }

    private static Worksheet Sheet(IEnumerable<Row> rows, IReadOnlyList<double> widths) => new(
        new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })),
        new SheetData(rows));
}
