using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GovReportDocs.NationalFormat;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Xlsx;

public class ReportWorkbookTests
{
    [Fact]
    public void The_three_tables_are_sheets_in_the_official_layout_with_totals_as_formulas()
    {
        var document = GovReport.Load(RepoPaths.Sample("panzhou-2024.yaml"));
        var bytes = document.ToXlsx();
        document.ToXlsx().ShouldBe(bytes, "the same report gives the same bytes");
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        sheets.Select(s => s.Name!.Value).ShouldBe(["表二", "表三", "表四"]);
        for (var i = 0; i < 3; i++)
        {
            var table = ReportTables.All[i];
            var sheet = ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheets[i].Id!)).Worksheet;
            var texts = sheet.Descendants<Cell>().Where(c => c.DataType?.Value == CellValues.InlineString).Select(c => c.InnerText).Where(t => t.Length > 0).Skip(1);
            texts.ShouldBe(table.Labels, $"{table.Name}'s labels, in reading order, from the table description");
            sheet.Descendants<MergeCell>().Count().ShouldBe(1 + table.Cells.Count(c => c.RowSpan > 1 || c.ColumnSpan > 1));
        }

        var table3 = ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheets[1].Id!)).Worksheet;
        Cell At(string reference) => table3.Descendants<Cell>().Single(c => c.CellReference!.Value == reference);
        // Row 1 is the title, rows 2–4 the header: 一、本年新收 is row 5, its 总计 in column J.
        At("J5").CellFormula!.Text.ShouldBe("SUM(D5:I5)");
        At("J5").CellValue!.Text.ShouldBe(document.Report!.Applications.NewlyReceived.Total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        At("D28").CellFormula!.Text.ShouldBe("SUM(D7:D27)");
        table3.Descendants<Cell>().Count(c => c.CellFormula is not null).ShouldBe(25 + 6);
        var table4 = ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheets[2].Id!)).Worksheet;
        table4.Descendants<Cell>().Where(c => c.CellFormula is not null).Select(c => c.CellFormula!.Text).ShouldBe(["SUM(A5:D5)", "SUM(F5:I5)", "SUM(K5:N5)"]);
    }

    [Fact]
    public void Render_writes_the_workbook_under_the_official_name()
    {
        using var dir = new TempDirectory();
        var result = CliRunner.Run("render", RepoPaths.Sample("mengga-2024.yaml"), "-o", dir.Path, "--format", "xlsx");
        result.ExitCode.ShouldBe(0, result.Error + result.Out);
        File.Exists(dir.File("芒市勐戛镇人民政府2024年政府信息公开工作年度报告.xlsx")).ShouldBeTrue();
    }
}
