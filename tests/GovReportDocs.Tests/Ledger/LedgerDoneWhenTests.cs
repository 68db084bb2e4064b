using GovReportDocs.NationalFormat;
using GovReportDocs.Ledger;
using GovReportDocs.Model;
using GovReportDocs.Tests.Support;
using GovReportDocs.Xlsx;

namespace GovReportDocs.Tests.Ledger;

/// <summary>
/// The test: 1,000 applications over 2024 and 2025, in our template and in an office's own shape (.xlsx and
/// .xls), count to the exact 表三 and 表四 of each year; every number is explained by its rows; the rows that cannot be
/// placed are reported by sheet and row; the counts written into an input render a report that passes every rule.
/// </summary>
public class LedgerDoneWhenTests
{
    private static readonly LedgerFixture Fixture = new(1000);

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void The_template_ledger_counts_to_the_exact_tables_and_every_count_is_explained_by_its_rows(int year)
    {
        var count = GovReport.CountLedger(new MemoryStream(Fixture.TemplateLedger()), "台账.xlsx", year);
        count.Unplaced.ShouldBeEmpty();
        count.Applications.ShouldBe(Fixture.ExpectedApplications(year));
        count.Review.ShouldBe(Fixture.ExpectedReview(year));
        count.Applications.NewlyReceived.Total.ShouldBeGreaterThan(400);
        count.Applications.CarriedOver.Total.ShouldBeGreaterThan(year == 2025 ? 10 : -1);
        ShouldBeExplained(count);
    }

    [Fact]
    public void Last_years_carried_forward_is_this_years_carried_over()
    {
        var bytes = Fixture.TemplateLedger();
        var lastYear = GovReport.CountLedger(new MemoryStream(bytes), "台账.xlsx", 2024);
        var thisYear = GovReport.CountLedger(new MemoryStream(bytes), "台账.xlsx", 2025);
        thisYear.CheckCarriedOver(lastYear.Applications.CarriedForward, "上年台账").ShouldBeEmpty();
        thisYear.CheckCarriedOver(lastYear.Applications.CarriedForward with { NaturalPersons = lastYear.Applications.CarriedForward.NaturalPersons + 1 }, "上年报告")
            .Single().ShouldBe($"R6 表三 第二行“上年结转” 自然人列应为{thisYear.Applications.CarriedOver.NaturalPersons + 1}（上年报告第四行“结转下年度”），台账统计为{thisYear.Applications.CarriedOver.NaturalPersons}");
    }

    [Fact]
    public void The_office_shaped_ledger_counts_the_same_and_reports_its_bad_rows_by_sheet_and_row()
    {
        var (sheet, rowOf, totalRow) = Fixture.OfficeSheet();
        var count = GovReport.CountLedger(new MemoryStream(XlsxPackage.ToBytes([sheet])), "office.xlsx", 2025);
        count.Unplaced.ShouldBeEmpty();
        count.Applications.ShouldBe(Fixture.ExpectedApplications(2025));
        count.Skipped.Select(s => s.ToString()).ShouldBe([$"工作表“2024-2025年台账”第{totalRow}行：合计行，不是一件申请，未统计"]);
        ShouldBeExplained(count);
        count.RowsBehind(new ApplicationDatum(ApplicationRow.NewlyReceived, ApplicantColumn.Total)).Select(r => r.Row.Row)
            .ShouldBe(Fixture.Applications.Select((a, i) => (a, i)).Where(p => p.a.Received.Year == 2025).Select(p => rowOf[p.i]));
    }

    [Fact]
    public void Bad_rows_in_an_office_ledger_are_reported_and_the_rest_still_counts()
    {
        var (sheet, rowOf, _) = Fixture.OfficeSheet();
        // Spoil four 2025 applications, as clerks do: a typo in the outcome, a blank category, a date as words, a row typed twice.
        var spoiled = Fixture.Applications.Select((a, i) => (a, i)).Where(p => p.a.Received.Year == 2025 && p.a.Answered?.Year == 2025)
            .Select(p => p.i).Take(4).ToArray();
        var cells = sheet.Cells.Where(c => !(c.Row == rowOf[spoiled[0]] - 1 && c.Column == 5)
                                           && !(c.Row == rowOf[spoiled[1]] - 1 && c.Column == 3)
                                           && !(c.Row == rowOf[spoiled[2]] - 1 && c.Column == 1)).ToList();
        cells.Add(XlsxCell.Of(rowOf[spoiled[0]] - 1, 5, "已答复"));
        cells.Add(XlsxCell.Of(rowOf[spoiled[2]] - 1, 1, "去年年底"));
        var copy = sheet.Cells.Where(c => c.Row == rowOf[spoiled[3]] - 1).Select(c => c with { Row = 5000 });
        var count = GovReport.CountLedger(new MemoryStream(XlsxPackage.ToBytes([sheet with { Cells = [.. cells, .. copy] }])), "office.xlsx", 2025);

        count.Unplaced.Select(f => (f.Row.Sheet, f.Row.Row)).ShouldBe(
            [.. new[] { rowOf[spoiled[0]], rowOf[spoiled[1]], rowOf[spoiled[2]], 5001 }.Order().Select(r => ("2024-2025年台账", r))]);
        count.Unplaced.Single(f => f.Row.Row == 5001).Message.ShouldStartWith($"与工作表“2024-2025年台账”第{rowOf[spoiled[3]]}行重复");
        var expected = Fixture.ExpectedApplications(2025);
        count.Applications.NewlyReceived.Total.ShouldBe(expected.NewlyReceived.Total - 3);
        count.Applications.ResultsTotal.Total.ShouldBe(expected.ResultsTotal.Total - 3);
        count.Applications.CarriedForward.ShouldBe(expected.CarriedForward);
    }

    [Fact]
    public void The_counts_written_into_an_input_render_a_report_that_passes_every_rule()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("input.yaml", "# 本文件由办公室维护，请勿删除此注释\n" + GovReport.ToInputYaml(AnnualReport.Empty("盘州市自然资源局", 2025) with
        {
            PublishDate = new DateOnly(2026, 1, 20),
        }));
        var count = GovReport.CountLedger(new MemoryStream(Fixture.TemplateLedger()), "台账.xlsx", 2025);
        var filled = GovReport.FillInput(input, count);
        filled.CommentsKept.ShouldBeTrue();
        filled.Text.ShouldStartWith("# 本文件由办公室维护，请勿删除此注释\n");
        var document = GovReport.Parse(filled.Text, "input.yaml", GovReportDocs.Input.InputFormat.Yaml);
        document.Report!.Applications.ShouldBe(Fixture.ExpectedApplications(2025));
        document.Report.ReviewAndLitigation.ShouldBe(Fixture.ExpectedReview(2025));
        document.Diagnostics.Where(d => d.Severity == GovReportDocs.Diagnostics.Severity.Error).ShouldBeEmpty();
        document.CanRender.ShouldBeTrue();
        document.ToDocx().Length.ShouldBeGreaterThan(1000);
    }

    [Fact]
    [Trait("Requires", "debian")]
    public void The_office_ledger_saved_as_xls_by_LibreOffice_counts_the_same()
    {
        using var dir = new TempDirectory();
        var (sheet, _, _) = Fixture.OfficeSheet();
        var xlsx = dir.File("office.xlsx");
        File.WriteAllBytes(xlsx, XlsxPackage.ToBytes([sheet]));
        ExternalTool.Run("soffice", $"-env:UserInstallation=file://{dir.Path}/profile", "--headless", "--convert-to", "xls", "--outdir", dir.Path, xlsx);
        var count = GovReport.CountLedger(dir.File("office.xls"), 2025);
        count.Unplaced.ShouldBeEmpty();
        count.Applications.ShouldBe(Fixture.ExpectedApplications(2025));
    }

    [Fact]
    public void The_committed_xls_made_by_LibreOffice_counts_to_its_known_tables()
    {
        // Data/office-ledger.xls: Data/office-ledger.csv saved as .xls (BIFF8) by LibreOffice; see Data/make-office-ledger-xls.sh.
        var count = GovReport.CountLedger(Path.Combine(RepoPaths.Root, "tests", "GovReportDocs.Tests", "Ledger", "Data", "office-ledger.xls"), 2025);
        count.Sheets.ShouldBe(["office-ledger"]);
        count.Applications.NewlyReceived.ShouldBe(new ApplicantCounts(3, 1, 0, 0, 1, 0));
        count.Applications.CarriedOver.ShouldBe(new ApplicantCounts(1, 0, 0, 0, 0, 0));
        count.Applications[ApplicationRow.Granted].ShouldBe(new ApplicantCounts(2, 0, 0, 0, 0, 0));
        count.Applications[ApplicationRow.PartiallyGranted].ShouldBe(new ApplicantCounts(0, 1, 0, 0, 0, 0));
        count.Applications[ApplicationRow.UnableNotHeld].ShouldBe(new ApplicantCounts(1, 0, 0, 0, 0, 0));
        count.Applications.CarriedForward.ShouldBe(new ApplicantCounts(1, 0, 0, 0, 1, 0));
        count.Unplaced.Select(f => f.ToString()).ShouldBe(["工作表“office-ledger”第12行：办理结果“已处理”不是表三的办理结果之一，无法归入；应为“（一）予以公开”等21项之一"]);
        count.Skipped.Select(f => f.Row.Row).ShouldBe([13]);
    }

    /// <summary>Every cell of 表三 and 表四 is exactly as many rows as it counts.</summary>
    private static void ShouldBeExplained(LedgerCount count)
    {
        foreach (var cell in ReportTables.Applications.DatumCells)
        {
            var datum = (ApplicationDatum)cell.Datum!;
            count.RowsBehind(datum).Count.ShouldBe(count.Applications[datum.Row][datum.Column], datum.Describe());
        }

        foreach (var cell in ReportTables.Review.DatumCells)
        {
            var datum = (ReviewDatum)cell.Datum!;
            count.RowsBehind(datum).Count.ShouldBe(count.Review[datum.Group][datum.Outcome], datum.Describe());
        }

        count.ExplainLines().ShouldContain(l => l.StartsWith("表三 第一行“本年新收” 自然人列 = ", StringComparison.Ordinal));
        count.ExplainHtml().ShouldContain("表三 第四行“结转下年度” 总计列 = ");
    }
}
