using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GovReportDocs.NationalFormat;
using GovReportDocs.Ledger;
using GovReportDocs.Model;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Ledger;

public class LedgerTemplateTests
{
    [Fact]
    public void The_outcome_list_is_exactly_the_result_rows_of_table_3_from_the_table_description()
    {
        var rows = ReportTables.Applications.DatumCells.Select(c => ((ApplicationDatum)c.Datum!).Row).Distinct()
            .Where(r => r is >= ApplicationRow.Granted and < ApplicationRow.ResultsTotal).ToList();
        LedgerLabels.Outcomes.Select(o => o.Row).ShouldBe(rows);
        LedgerLabels.Outcomes[0].Label.ShouldBe("（一）予以公开");
        LedgerLabels.Outcomes[2].Label.ShouldBe("（三）不予公开·1.属于国家秘密");
        LedgerLabels.Outcomes[^1].Label.ShouldBe("（六）其他处理·3.其他");
        LedgerLabels.Categories.Select(c => c.Label).ShouldBe(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]);
    }

    [Fact]
    public void The_template_has_lists_as_data_validation_dates_as_dates_and_a_frozen_header()
    {
        var bytes = GovReport.LedgerTemplate();
        GovReport.LedgerTemplate().ShouldBe(bytes, "the same bytes every time");
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        sheets.Select(s => s.Name!.Value).ShouldBe(["政府信息公开申请", "行政复议", "行政诉讼", "选项"]);
        sheets[3].State!.Value.ShouldBe(SheetStateValues.Hidden);

        Worksheet Of(int i) => ((WorksheetPart)workbook.GetPartById(sheets[i].Id!)).Worksheet;
        var applications = Of(0);
        applications.Descendants<Cell>().Where(c => c.CellReference!.Value!.EndsWith('1')).Select(c => c.InnerText)
            .ShouldBe(["收到日期", "申请人姓名或名称", "申请人类别", "申请内容", "办理结果", "答复日期"]);
        var pane = applications.Descendants<Pane>().Single();
        pane.State!.Value.ShouldBe(PaneStateValues.Frozen);
        pane.TopLeftCell!.Value.ShouldBe("A2");
        var validations = applications.Descendants<DataValidation>().ToList();
        validations.Single(v => v.SequenceOfReferences!.InnerText == "C2:C20001").Formula1!.Text.ShouldBe("'选项'!$B$1:$B$6");
        validations.Single(v => v.SequenceOfReferences!.InnerText == "E2:E20001").Formula1!.Text.ShouldBe("'选项'!$A$1:$A$21");
        validations.Where(v => v.Type!.Value == DataValidationValues.Date).Select(v => v.SequenceOfReferences!.InnerText)
            .ShouldBe(["A2:A20001", "F2:F20001"], ignoreOrder: true);
        var dateStyle = applications.Descendants<Column>().First().Style!.Value;
        var format = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)dateStyle);
        workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .Single(n => n.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value.ShouldBe("yyyy-mm-dd");
        applications.Descendants<Column>().Select(c => c.Width!.Value).ShouldAllBe(w => w >= 13);

        Of(3).Descendants<Cell>().Where(c => c.CellReference!.Value!.StartsWith('A')).Select(c => c.InnerText)
            .ShouldBe(LedgerLabels.Outcomes.Select(o => o.Label));
        Of(2).Descendants<Cell>().Where(c => c.CellReference!.Value!.EndsWith('1')).Select(c => c.InnerText)
            .ShouldBe(["收到日期", "案件", "起诉方式", "结果"]);
        Of(3).Descendants<Cell>().Where(c => c.CellReference!.Value!.StartsWith('C')).Select(c => c.InnerText)
            .ShouldBe(["结果维持", "结果纠正", "其他结果", "尚未审结"]);
    }

    [Fact]
    public void An_empty_template_counts_to_zero_with_nothing_unplaced()
    {
        var count = GovReport.CountLedger(new MemoryStream(GovReport.LedgerTemplate()), "台账.xlsx", 2025);
        count.Applications.ShouldBe(ApplicationStatistics.Zero);
        count.Review.ShouldBe(ReviewAndLitigation.Zero);
        count.Unplaced.ShouldBeEmpty();
        count.Sheets.ShouldBe(["政府信息公开申请", "行政复议", "行政诉讼"]);
    }

    [Fact]
    [Trait("Requires", "debian")]
    public void LibreOffice_opens_the_template_and_a_filled_ledger()
    {
        using var dir = new TempDirectory();
        var path = dir.File("ledger.xlsx");
        File.WriteAllBytes(path, new LedgerFixture(30).TemplateLedger());
        ExternalTool.Run("soffice", $"-env:UserInstallation=file://{dir.Path}/profile", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", dir.Path, path);
        var csv = File.ReadAllLines(dir.File("ledger.csv"));
        csv[0].ShouldBe("收到日期,申请人姓名或名称,申请人类别,申请内容,办理结果,答复日期");
        csv.Length.ShouldBe(31);
        csv[1].ShouldMatch(@"^\d{4}-\d\d-\d\d,申请人0,");
    }
}
