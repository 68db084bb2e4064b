using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Summary;

/// <summary>汇总.xlsx: the offices' rows and the region's tables with the numbers of the page and the JSON.</summary>
public sealed class SummaryWorkbookTests : IClassFixture<RegionSummaryTests.Run>
{
    private static readonly ApplicationDatum NewlyReceivedTotal = new(ApplicationRow.NewlyReceived, ApplicantColumn.Total);

    private readonly RegionSummaryTests.Run _run;

    public SummaryWorkbookTests(RegionSummaryTests.Run run) => _run = run;

    private string Workbook => _run.Output.File(RegionSummary.XlsxFileName);

    [Fact]
    public void Each_office_row_has_the_numbers_of_the_json_and_each_region_table_its_sums()
    {
        using var document = SpreadsheetDocument.Open(Workbook, isEditable: false);
        var part = document.WorkbookPart!;
        var names = part.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        names[0].ShouldBe("无法读取的文件");
        names.ShouldContain("2024年度各机关");
        names.ShouldContain("2024年度区域合计");

        var offices = Cells(part, "2024年度各机关");
        var headings = offices[0];
        var column = headings.IndexOf("本年新收");
        var share = headings.IndexOf("予以公开占比");
        foreach (var office in _run.Offices(2024))
        {
            var row = offices.Single(r => r[0] == office.GetProperty("agency").GetString());
            row[2].ShouldBe(Status(office.GetProperty("status").GetString()!));
            Value(row[column]).ShouldBe(Number(office.GetProperty("figures"), "newlyReceived"));
            Value(row[share]).ShouldBe(Number(office.GetProperty("figures"), "grantedShare"));
        }

        var region = Cells(part, "2024年度区域合计");
        var total = Total(2024, NewlyReceivedTotal);
        var label = ApplicationRows.Of(ApplicationRow.NewlyReceived).Label;
        var line = region.Single(r => r.Contains(label));
        Value(line[^1]).ShouldBe(total);
        region.SelectMany(r => r).ShouldContain(HtmlTablesCaption(ReportTables.Review));
    }

    [Fact]
    [Trait("Requires", "debian")]
    public void LibreOffice_opens_it_with_the_same_numbers()
    {
        using var dir = new TempDirectory();
        ExternalTool.Run("soffice", $"-env:UserInstallation=file://{dir.Path}/profile", "--headless", "--convert-to", "html", "--outdir", dir.Path, Workbook);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(dir.Path, Path.ChangeExtension(RegionSummary.XlsxFileName, ".html"))));
        var tables = page.QuerySelectorAll("table").Select(t => t.QuerySelectorAll("tr")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList()).ToList();
        var offices = tables.Single(t => t.Count > 0 && t[0].Contains("本年新收") && t.Any(r => r.Contains(RegionFolder.Offices[^1])));
        var column = offices[0].IndexOf("本年新收");
        foreach (var office in _run.Offices(2024))
        {
            var row = offices.Single(r => r[0] == office.GetProperty("agency").GetString());
            var expected = Number(office.GetProperty("figures"), "newlyReceived");
            row[column].ShouldBe(expected is { } v ? NumberText.Format(v) : "");
        }

        var label = ApplicationRows.Of(ApplicationRow.NewlyReceived).Label;
        var region = tables.First(t => t.Any(r => r.Contains(label)) && t.Any(r => r.Any(c => c.StartsWith("2024年度全区域合计", StringComparison.Ordinal))));
        region.Single(r => r.Contains(label)).Last(c => c.Length > 0).ShouldBe(NumberText.Format(Total(2024, NewlyReceivedTotal)!.Value));
    }

    private static string HtmlTablesCaption(TableDescription table) => GovReportDocs.Html.HtmlTables.Caption(table);

    private decimal? Total(int year, Datum datum)
    {
        var cell = _run.Json.GetProperty("region").GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == year)
            .GetProperty("tables").EnumerateArray().SelectMany(t => t.GetProperty("cells").EnumerateArray())
            .Single(c => c.GetProperty("cell").GetString() == datum.Describe()).GetProperty("value");
        return cell.ValueKind == JsonValueKind.Null ? null : cell.GetDecimal();
    }

    /// <summary>A sheet's rows as text, each cell at its column (empty where none).</summary>
    private static List<List<string>> Cells(WorkbookPart part, string name)
    {
        var id = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!.Value!;
        var sheet = ((WorksheetPart)part.GetPartById(id)).Worksheet;
        return [.. sheet.Descendants<Row>().Select(row =>
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnOf(cell.CellReference!.Value!);
                while (cells.Count < column)
                {
                    cells.Add("");
                }

                cells.Add(cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "");
            }

            return cells;
        })];
    }

    private static int ColumnOf(string reference) =>
        reference.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1)) - 1;

    private static decimal? Value(string text) => text.Length == 0 ? null : decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static decimal? Number(JsonElement figures, string name) =>
        figures.GetProperty(name) is { ValueKind: JsonValueKind.Number } n ? n.GetDecimal() : null;

    private static string Status(string status) => status switch
    {
        "clean" => "无误",
        "warnings" => "有警告",
        "errors" => "有错误",
        _ => "无法读取",
    };
}
