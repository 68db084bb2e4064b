using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Summary;

/// <summary>
/// `govreport summary` on a region's folder of 61 files: every number of the page and of its JSON is the one `check
/// --json` (or the input's own check) gives for the same file, and the region's tables are the offices' tables summed.
/// </summary>
public sealed class RegionSummaryTests : IClassFixture<RegionSummaryTests.Run>
{
    private readonly Run _run;

    public RegionSummaryTests(Run run) => _run = run;

    /// <summary>The folder, summarised and checked once for all the tests of this class.</summary>
    public sealed class Run : IDisposable
    {
        public Run()
        {
            Folder = new RegionFolder(withPdf: false);
            Summary = CliRunner.Run("summary", Folder.Root, "-o", Output.Path, "--json");
            Check = CliRunner.Run("check", Folder.Root, "--json");
            Json = JsonDocument.Parse(Summary.Out).RootElement.Clone();
            CheckJson = JsonDocument.Parse(Check.Out).RootElement.Clone();
            Html = File.ReadAllText(Output.File(RegionSummary.HtmlFileName));
            Page = new HtmlParser().ParseDocument(Html);
        }

        internal RegionFolder Folder { get; }

        internal TempDirectory Output { get; } = new();

        internal CliResult Summary { get; }

        internal CliResult Check { get; }

        internal JsonElement Json { get; }

        internal JsonElement CheckJson { get; }

        internal string Html { get; }

        internal IDocument Page { get; }

        internal IEnumerable<JsonElement> Offices(int year) =>
            Json.GetProperty("region").GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == year)
                .GetProperty("offices").EnumerateArray();

        internal JsonElement Entry(JsonElement envelope, string file) =>
            envelope.GetProperty("reports").EnumerateArray().Single(r => r.GetProperty("file").GetString() == file);

        public void Dispose()
        {
            Folder.Dispose();
            Output.Dispose();
        }
    }

    [Fact]
    public void The_folder_holds_sixty_files_or_more_of_several_offices_over_two_years_in_mixed_forms()
    {
        var files = _run.Folder.Files;
        files.Count.ShouldBeGreaterThanOrEqualTo(60);
        files.Select(Path.GetExtension).Distinct().Order(StringComparer.Ordinal).ShouldBe([".docx", ".html", ".md", ".txt", ".yaml"]);
        _run.Summary.ExitCode.ShouldBe(2, _run.Summary.Error); // one file is no report: exit 2, as check says
        _run.Json.GetProperty("command").GetString().ShouldBe("summary");
        _run.Json.GetProperty("reports").GetArrayLength().ShouldBe(files.Count);
        _run.Offices(2023).Count().ShouldBe(RegionFolder.TwoYearOffices + 2); // 示范县 and 平潭's own 2023 reports
    }

    [Fact]
    public void Every_published_report_has_the_findings_check_json_gives_and_every_input_those_of_its_own_check()
    {
        foreach (var entry in _run.Json.GetProperty("reports").EnumerateArray())
        {
            var file = entry.GetProperty("file").GetString()!;
            if (GovReport.InputFormatOf(file) is not null)
            {
                var document = GovReport.Load(file);
                entry.GetProperty("errors").GetInt32().ShouldBe(document.ErrorCount(), file);
                entry.GetProperty("warnings").GetInt32().ShouldBe(document.WarningCount(), file);
                continue;
            }

            var check = _run.Entry(_run.CheckJson, file);
            entry.GetProperty("status").GetString().ShouldBe(check.GetProperty("status").GetString(), file);
            Messages(entry).ShouldBe(Messages(check), file);
        }
    }

    [Fact]
    public void Every_office_row_has_the_status_findings_by_rule_and_numbers_of_its_file()
    {
        var rows = 0;
        foreach (var year in _run.Json.GetProperty("region").GetProperty("years").EnumerateArray().Select(y => y.GetProperty("year").GetInt32()))
        {
            var table = _run.Page.QuerySelector($"table#offices-{year}")!;
            var headers = table.QuerySelectorAll("thead th").Select(h => h.TextContent).ToList();
            foreach (var office in _run.Offices(year))
            {
                var file = office.GetProperty("file").GetString()!;
                var entry = _run.Entry(_run.Json, file);
                office.GetProperty("status").GetString().ShouldBe(entry.GetProperty("status").GetString());
                var byRule = entry.GetProperty("diagnostics").EnumerateArray()
                    .Where(d => d.GetProperty("severity").GetString() is "error" or "warning" && !d.TryGetProperty("accepted", out _))
                    .GroupBy(d => d.GetProperty("rule").GetString()!).ToDictionary(g => g.Key, g => g.Count());
                office.GetProperty("findingsByRule").EnumerateObject().Select(p => $"{p.Name}={p.Value.GetInt32()}")
                    .ShouldBe(byRule.Select(p => $"{p.Key}={p.Value}"), ignoreOrder: true, file);

                var sheet = SheetOf(file);
                var figures = office.GetProperty("figures");
                Number(figures, "newlyReceived").ShouldBe(sheet[ApplicationRow.NewlyReceived, ApplicantColumn.Total], file);
                Number(figures, "resultsTotal").ShouldBe(sheet[ApplicationRow.ResultsTotal, ApplicantColumn.Total], file);
                Number(figures, "carriedForward").ShouldBe(sheet[ApplicationRow.CarriedForward, ApplicantColumn.Total], file);
                Number(figures, "review").ShouldBe(sheet[ReviewGroup.Review, ReviewOutcome.Total], file);

                var row = table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == office.GetProperty("agency").GetString());
                var cells = row.QuerySelectorAll("th, td").Select(c => c.TextContent).ToList();
                cells[headers.IndexOf("状态")].ShouldBe(StatusText(entry.GetProperty("status").GetString()!));
                cells[headers.IndexOf("本年新收")].ShouldBe(Text(sheet[ApplicationRow.NewlyReceived, ApplicantColumn.Total]));
                cells[headers.IndexOf("办理结果总计")].ShouldBe(Text(sheet[ApplicationRow.ResultsTotal, ApplicantColumn.Total]));
                cells[headers.IndexOf("结转下年度")].ShouldBe(Text(sheet[ApplicationRow.CarriedForward, ApplicantColumn.Total]));
                foreach (var (rule, count) in byRule)
                {
                    cells[headers.IndexOf((rule == "INPUT" ? "输入" : rule) + "问题数")].ShouldBe(count.ToString(CultureInfo.InvariantCulture), file);
                }

                rows++;
            }
        }

        rows.ShouldBeGreaterThan(50);
    }

    [Fact]
    public void The_region_tables_are_the_offices_tables_summed_cell_by_cell_on_the_page_and_in_the_json()
    {
        foreach (var year in _run.Json.GetProperty("region").GetProperty("years").EnumerateArray())
        {
            var sheets = year.GetProperty("offices").EnumerateArray().Select(o => SheetOf(o.GetProperty("file").GetString()!)).ToList();
            var section = _run.Page.QuerySelector($"section#y{year.GetProperty("year").GetInt32()}")!;
            for (var t = 0; t < ReportTables.All.Count; t++)
            {
                var table = ReportTables.All[t];
                var cells = table.DatumCells.OrderBy(c => c.Row).ThenBy(c => c.Column).ToList();
                var printed = section.QuerySelectorAll($".region-tables table.table-{t + 2} td").Select(c => c.TextContent).ToList();
                var json = year.GetProperty("tables")[t].GetProperty("cells").EnumerateArray().ToList();
                printed.Count.ShouldBe(cells.Count);
                for (var i = 0; i < cells.Count; i++)
                {
                    var datum = cells[i].Datum!;
                    var known = sheets.Select(s => s[datum]).OfType<decimal>().ToList();
                    decimal? sum = known.Count == 0 ? null : known.Sum();
                    printed[i].ShouldBe(sum is { } v ? NumberText.Format(v) : "", datum.Describe());
                    var value = json.Single(c => c.GetProperty("cell").GetString() == datum.Describe()).GetProperty("value");
                    (value.ValueKind == JsonValueKind.Null ? null : (decimal?)value.GetDecimal()).ShouldBe(sum, datum.Describe());
                }
            }
        }
    }

    [Fact]
    public void What_could_not_be_read_is_listed_first_with_why()
    {
        var sections = _run.Page.QuerySelectorAll("main > section").Select(s => s.Id).ToList();
        sections[0].ShouldBe("not-placed");
        var row = _run.Page.QuerySelectorAll("#not-placed tbody tr").Single(r => r.TextContent.Contains(RegionFolder.Unreadable, StringComparison.Ordinal));
        row.QuerySelectorAll("td")[0].TextContent.ShouldBe("无法读取");
        var reason = _run.Entry(_run.CheckJson, _run.Folder.Files.Single(f => f.EndsWith(RegionFolder.Unreadable, StringComparison.Ordinal)))
            .GetProperty("diagnostics")[0].GetProperty("message").GetString()!;
        row.QuerySelectorAll("td")[1].TextContent.ShouldBe(reason);
    }

    [Fact]
    public void The_late_report_shows_its_date_and_days_past_the_deadline()
    {
        var agency = RegionFolder.Offices[RegionFolder.LateOffice];
        var office = _run.Offices(2024).Single(o => o.GetProperty("agency").GetString() == agency);
        office.GetProperty("late").GetBoolean().ShouldBeTrue();
        office.GetProperty("daysLate").GetInt32().ShouldBe(38);
        var row = _run.Page.QuerySelectorAll("table#offices-2024 tbody tr").Single(r => r.GetAttribute("data-agency") == agency);
        row.GetAttribute("data-late").ShouldBe("true");
        row.TextContent.ShouldContain("2025年3月10日");
        row.TextContent.ShouldContain("逾期38天（时限2025年1月31日）");
        _run.Offices(2024).Count(o => o.GetProperty("late").GetBoolean()).ShouldBe(1);
    }

    [Fact]
    public void A_finding_is_placed_in_the_report_by_part_table_and_row_not_by_a_line_of_its_file()
    {
        var agency = RegionFolder.Offices[3];
        var office = _run.Offices(2024).Single(o => o.GetProperty("agency").GetString() == agency);
        office.GetProperty("status").GetString().ShouldBe("errors");
        var link = _run.Page.QuerySelectorAll("table#offices-2024 tbody th a").Single(a => a.TextContent == agency);
        var details = _run.Page.GetElementById(link.GetAttribute("href")![1..])!;
        details.LocalName.ShouldBe("details");
        var r2 = details.QuerySelectorAll("tbody tr").First(r => r.QuerySelectorAll("td")[1].TextContent == "R2 表三各列平衡");
        r2.QuerySelectorAll("td")[2].TextContent.ShouldStartWith("第三部分 表三 ");
    }

    [Fact]
    public void The_five_fold_jump_is_marked_in_the_year_on_year_chart()
    {
        var agency = RegionFolder.Offices[RegionFolder.JumpingOffice];
        var office = _run.Offices(2024).Single(o => o.GetProperty("agency").GetString() == agency);
        office.GetProperty("crossYear").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ShouldContain("R16");
        var chart = _run.Page.GetElementById("chart-yoy-newlyReceived")!;
        var data = chart.QuerySelectorAll("table tbody tr").Single(r => r.TextContent.StartsWith(agency + "2024", StringComparison.Ordinal));
        var cells = data.QuerySelectorAll("td");
        cells[cells.Length - 1].TextContent.ShouldBe("是（R16）");
        chart.QuerySelectorAll("svg text").Count(t => t.TextContent.EndsWith("▲R16", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void The_page_fetches_nothing_and_the_same_files_give_the_same_bytes()
    {
        _run.Page.QuerySelectorAll("link, img, iframe, script[src]").Length.ShouldBe(0);
        _run.Html.ShouldNotContain("http://");
        _run.Html.ShouldNotContain("https://");
        using var again = new TempDirectory();
        CliRunner.Run("summary", _run.Folder.Root, "-o", again.Path);
        File.ReadAllText(again.File(RegionSummary.HtmlFileName)).ShouldBe(_run.Html);
    }

    private static StatisticsSheet SheetOf(string file) =>
        GovReport.InputFormatOf(file) is not null ? StatisticsSheet.FromReport(GovReport.Load(file).Report!) : GovReport.ReadPublished(file).Sheet;

    private static decimal? Number(JsonElement figures, string name) =>
        figures.GetProperty(name) is { ValueKind: JsonValueKind.Number } n ? n.GetDecimal() : null;

    private static string Text(decimal? value) => value is { } v ? NumberText.Format(v) : "—";

    private static string StatusText(string status) => status switch
    {
        "clean" => "无误",
        "warnings" => "有警告",
        "errors" => "有错误",
        _ => "无法读取",
    };

    private static List<string> Messages(JsonElement entry) =>
        [.. entry.GetProperty("diagnostics").EnumerateArray().Select(d => $"{d.GetProperty("rule")} {d.GetProperty("severity")} {d.GetProperty("message")}")];
}
