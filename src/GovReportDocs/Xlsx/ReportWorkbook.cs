using GovReportDocs.Composition;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;

namespace GovReportDocs.Xlsx;

/// <summary>
/// 表二, 表三 and 表四 of a report as a workbook, one sheet each, drawn from the table descriptions as the .docx draws
/// them: the same labels, the same merged header cells, and every 总计 a formula over its parts (with the value it
/// gives stored too), so an office passing the numbers on in Excel keeps them consistent. Same report, same bytes.
/// </summary>
internal static class ReportWorkbook
{
    /// <summary>Characters across a sheet's table; the table description's weights share them out.</summary>
    private const double SheetWidth = 120;

    public static byte[] Render(ComposedReport report) =>
        XlsxPackage.ToBytes([.. ReportTables.All.Select(t => Sheet(t, report.Report, report.Title))]);

    private static XlsxSheet Sheet(TableDescription table, AnnualReport report, string title)
    {
        const int top = 1;
        var cells = new List<XlsxCell> { XlsxCell.Of(0, 0, $"{title}·{table.Name}", XlsxStyle.Title) };
        var merges = new List<XlsxMerge> { new(0, 0, 0, table.ColumnCount - 1) };
        var places = table.DatumCells.ToDictionary(c => c.Datum!, c => (Row: c.Row + top, c.Column));
        foreach (var cell in table.Cells)
        {
            var (row, column) = (cell.Row + top, cell.Column);
            if (cell.Label is { } label)
            {
                cells.Add(XlsxCell.Of(row, column, label, cell.Row < table.HeaderRowCount ? XlsxStyle.Header : XlsxStyle.Label));
            }
            else
            {
                cells.Add(Number(cell.Datum!, row, column, report, places));
            }

            if (cell.RowSpan > 1 || cell.ColumnSpan > 1)
            {
                merges.Add(new XlsxMerge(row, column, cell.LastRow + top, column + cell.ColumnSpan - 1));
                // Every cell a merge covers carries the border, or Excel draws the merged cell's outline only in part.
                var style = cells[^1].Style;
                for (var r = row; r <= cell.LastRow + top; r++)
                {
                    for (var c = column; c < column + cell.ColumnSpan; c++)
                    {
                        if (r != row || c != column)
                        {
                            cells.Add(XlsxCell.Blank(r, c, style));
                        }
                    }
                }
            }
        }

        var weights = table.ColumnWeights;
        var total = weights.Sum();
        return new XlsxSheet(table.Name, cells)
        {
            ColumnWidths = [.. weights.Select(w => Math.Max(6, Math.Round(w / total * SheetWidth, 1)))],
            Merges = merges,
            RowHeights = Enumerable.Range(top, table.HeaderRowCount).ToDictionary(r => r, _ => 32.0),
        };
    }

    private static XlsxCell Number(Datum datum, int row, int column, AnnualReport report, Dictionary<Datum, (int Row, int Column)> places)
    {
        var value = (double)ReportData.ValueOf(report, datum);
        string Sum(Datum first, Datum last) =>
            $"SUM({XlsxPackage.Reference(places[first].Row, places[first].Column)}:{XlsxPackage.Reference(places[last].Row, places[last].Column)})";
        var formula = datum switch
        {
            ApplicationDatum { Column: ApplicantColumn.Total } a => Sum(
                new ApplicationDatum(a.Row, ApplicantColumn.NaturalPersons), new ApplicationDatum(a.Row, ApplicantColumn.Others)),
            ApplicationDatum { Row: ApplicationRow.ResultsTotal } a => Sum(
                new ApplicationDatum(ApplicationStatistics.ResultRows[0], a.Column), new ApplicationDatum(ApplicationStatistics.ResultRows[^1], a.Column)),
            ReviewDatum { Outcome: ReviewOutcome.Total } r => Sum(
                new ReviewDatum(r.Group, ReviewLabels.EnteredOutcomes[0]), new ReviewDatum(r.Group, ReviewLabels.EnteredOutcomes[^1])),
            _ => null,
        };
        return formula is not null
            ? XlsxCell.Sum(row, column, formula, value)
            : XlsxCell.Of(row, column, value, datum.IsCount ? XlsxStyle.Count : XlsxStyle.Amount);
    }
}
