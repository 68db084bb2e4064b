using System.Globalization;
using GovReportDocs.Cli;
using GovReportDocs.Model;
using GovReportDocs.Reading;
using GovReportDocs.Tests.Support;
using Microsoft.Playwright;

namespace GovReportDocs.Tests.Web;

/// <summary>
/// The editor in a real browser: Debian's chromium driven by Playwright, against `govreport serve` on a free port.
/// Set GOVREPORT_SCREENSHOTS to a folder to keep the screenshots (docs/images holds the ones the README shows).
/// </summary>
[Trait("Requires", "debian")]
[Collection(BrowserTestsRunAlone.Name)]
public sealed class EditorBrowserTests : BrowserSession
{
    [Fact]
    public async Task Typing_a_number_updates_its_totals_and_the_server_marks_the_cell_it_unbalances()
    {
        var page = await OpenAsync("edit?file=panzhou-2024.yaml");
        await page.Locator("body[data-ready=true]").WaitForAsync();
        (await Cell(page, "applications.resultsTotal[0]").InputValueAsync()).ShouldBe("34");

        await Cell(page, "applications.granted[0]").FillAsync("13");

        (await Cell(page, "applications.granted[6]").InputValueAsync()).ShouldBe("13");
        (await Cell(page, "applications.resultsTotal[0]").InputValueAsync()).ShouldBe("35");
        (await Cell(page, "applications.resultsTotal[0]").IsEditableAsync()).ShouldBeFalse();
        var marked = page.Locator("td.has-error input[data-key='applications.resultsTotal[0]']");
        await marked.WaitForAsync();
        (await marked.GetAttributeAsync("aria-invalid")).ShouldBe("true");
        var finding = page.Locator("#findings button[data-key='applications.resultsTotal[0]']");
        (await finding.InnerTextAsync()).ShouldContain("R2");
        (await page.Locator("#dirty").IsVisibleAsync()).ShouldBeTrue();

        await finding.ClickAsync();
        (await page.EvaluateAsync<string>("document.activeElement.dataset.key")).ShouldBe("applications.resultsTotal[0]");
        var message = page.Locator("#cell-tip .cell-msg.error").First;
        await message.WaitForAsync();
        (await message.InnerTextAsync()).ShouldContain("R2");
        await ScreenshotAsync(page, "web-editor.png");

        await Cell(page, "applications.granted[0]").FillAsync("12");
        await page.WaitForFunctionAsync("() => document.querySelector('td.has-error') === null");
        (await Cell(page, "applications.resultsTotal[0]").InputValueAsync()).ShouldBe("34");
        // Back to what is saved: nothing unsaved.
        (await page.Locator("#dirty").IsVisibleAsync()).ShouldBeFalse();

        // Leaving with unsaved changes asks first.
        await Field(page, "contact.postcode").FillAsync("553500");
        var asked = new TaskCompletionSource<string>();
        page.Dialog += (_, dialog) =>
        {
            asked.TrySetResult(dialog.Type);
            _ = dialog.DismissAsync();
        };
        await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
        (await asked.Task.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBe("beforeunload");
    }

    [Fact]
    public async Task A_new_report_is_filled_in_saved_and_downloaded_as_a_docx_with_those_numbers()
    {
        var page = await OpenAsync("");
        await page.Locator("#reports tbody tr", new PageLocatorOptions { HasText = "panzhou-2024.yaml" }).WaitForAsync();
        (await page.Locator("#reports tbody").InnerTextAsync()).ShouldContain("盘州市人民政府");
        await ScreenshotAsync(page, "web-list.png");

        await page.GetByLabel("机关全称").FillAsync("某某县某某局");
        await page.GetByLabel("报告年度").FillAsync("2024");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "新建并打开" }).ClickAsync();
        await EditorReadyAsync(page);
        (await page.GetByLabel("机关全称").InputValueAsync()).ShouldBe("某某县某某局");

        // Every number is blank until filled in: the office's tables, copied from its spreadsheet, are pasted whole.
        await Cell(page, "proactive.rules.issued").ClickAsync();
        await PasteAsync(page, "0\t0\t0\n0\t0\t0\n0\n0\n0\n0\n");
        await Cell(page, "applications.newlyReceived[0]").ClickAsync();
        await PasteAsync(page, string.Join("\n", Enumerable.Repeat("0\t0\t0\t0\t0\t0", 23)));
        await Cell(page, "applications.carriedForward[0]").ClickAsync();
        await PasteAsync(page, "0\t0\t0\t0\t0\t0");
        await Cell(page, "reviewAndLitigation.review.upheld").ClickAsync();
        await PasteAsync(page, string.Join("\t", Enumerable.Repeat("0", 15)));

        await Cell(page, "applications.newlyReceived[0]").FillAsync("5");
        // As in a spreadsheet: Enter and the arrows move along the column, never change the number.
        await page.Keyboard.PressAsync("Enter");
        (await page.EvaluateAsync<string>("document.activeElement.dataset.key")).ShouldBe("applications.carriedOver[0]");
        await page.Keyboard.PressAsync("ArrowUp");
        (await page.EvaluateAsync<string>("document.activeElement.dataset.key")).ShouldBe("applications.newlyReceived[0]");
        (await Cell(page, "applications.newlyReceived[0]").InputValueAsync()).ShouldBe("5");
        await Cell(page, "applications.granted[0]").FillAsync("4");
        await Cell(page, "applications.carriedForward[0]").FillAsync("1");
        await page.GetByLabel("发布日期").FillAsync("2025-01-20");
        await page.Keyboard.PressAsync("Control+s");
        await page.Locator("#notice", new PageLocatorOptions { HasText = "已保存" }).WaitForAsync();
        (await page.Locator("#findings").InnerTextAsync()).ShouldNotContain("错误");
        (await page.Locator("#notice").GetAttributeAsync("class")).ShouldBe("notice ok");
        (await page.Locator("#dirty").IsVisibleAsync()).ShouldBeFalse();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-docx").ClickAsync());
        download.SuggestedFilename.ShouldBe("某某县某某局2024年政府信息公开工作年度报告.docx");
        var path = Folder.File("download.docx");
        await download.SaveAsAsync(path);
        var read = GovReport.ReadPublished(path);
        read.Sheet[ApplicationRow.NewlyReceived, ApplicantColumn.NaturalPersons].ShouldBe(5);
        read.Sheet[ApplicationRow.ResultsTotal, ApplicantColumn.Total].ShouldBe(4);
        read.Sheet[ApplicationRow.CarriedForward, ApplicantColumn.Total].ShouldBe(1);
    }

    [Theory]
    [InlineData("published-text")]
    [InlineData("rendered-docx")]
    [InlineData("rendered-pdf")]
    public async Task Next_years_report_starts_from_the_published_panzhou_report_with_last_years_numbers_carried(string source)
    {
        using var uploads = new TempDirectory();
        var published = source == "published-text"
            // 盘州市人民政府's 2024 report as published (a seed of the reading corpus; its 表三 misprints a 总计).
            ? RepoPaths.TestData("Reading", "001_a74e8dab883f3363.txt")
            : uploads.File("盘州市人民政府2024年政府信息公开工作年度报告" + (source == "rendered-pdf" ? ".pdf" : ".docx"));
        if (source == "rendered-docx")
        {
            File.WriteAllBytes(published, GovReport.Load(RepoPaths.Sample("panzhou-2024.yaml")).ToDocx());
        }
        else if (source == "rendered-pdf")
        {
            // The sample as the office would publish it: the PDF govreport renders, read back by the PDF reader.
            File.Copy(PdfSamples.Path("panzhou-2024.yaml"), published);
        }

        var page = await OpenAsync("");
        await page.Locator("#reports tbody tr", new PageLocatorOptions { HasText = "panzhou-2024.yaml" }).WaitForAsync();
        await page.Locator("#next-upload-file").SetInputFilesAsync(published);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "读取并生成下一年度的报告" }).ClickAsync();
        await EditorReadyAsync(page);

        (await page.Locator("#title").InnerTextAsync()).ShouldBe("盘州市人民政府2025年政府信息公开工作年度报告");
        (await page.Locator("#file-name").InnerTextAsync()).ShouldBe("盘州市人民政府-2025.yaml");
        await ShouldShowNextYearOfPanzhouAsync(page);
        // The preamble's 地址 and 电话 are carried, as the page promises (联系方式保留).
        (await Field(page, "contact.address").InputValueAsync()).ShouldBe("盘州市凤鸣北路1号");
        (await Field(page, "contact.phone").InputValueAsync()).ShouldBe("0858—3636249");
        // Read cleanly, nothing to warn of: no notice that the source read badly.
        if (source != "published-text")
        {
            (await page.Locator("#notice").IsVisibleAsync()).ShouldBeFalse();
        }

        // The upload is kept beside the new file and named as last year's, so R6 compares the years.
        var kept = Path.GetFileName(published);
        (await Field(page, "previousYear").InputValueAsync()).ShouldBe(kept);
        File.ReadAllBytes(Folder.File(kept)).ShouldBe(File.ReadAllBytes(published));
        File.Exists(Folder.File("盘州市人民政府-2025.yaml")).ShouldBeTrue();
        (await page.Locator("#findings").InnerTextAsync()).ShouldNotContain("R6");
        await Cell(page, "applications.carriedOver[0]").ClickAsync();
        await page.Keyboard.TypeAsync("5");
        await page.Locator("#findings li", new PageLocatorOptions { HasText = "R6 表三 第二行“上年结转” 自然人列" }).WaitForAsync();
    }

    [Fact]
    public async Task Next_years_report_starts_from_last_years_input_file_and_points_back_to_it()
    {
        var page = await OpenAsync("");
        await page.Locator("#reports tbody tr", new PageLocatorOptions { HasText = "panzhou-2024.yaml" }).WaitForAsync();
        await page.Locator("#next-file").SelectOptionAsync("panzhou-2024.yaml");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "生成下一年度的报告", Exact = true }).ClickAsync();
        await EditorReadyAsync(page);

        await ShouldShowNextYearOfPanzhouAsync(page);
        (await Field(page, "previousYear").InputValueAsync()).ShouldBe("panzhou-2024.yaml");
        (await Field(page, "contact.phone").InputValueAsync()).ShouldBe("0858—3636249");
        // With last year's file at hand, R6 compares the years: nothing to find in a report just started.
        (await page.Locator("#findings").InnerTextAsync()).ShouldNotContain("R6");
    }

    /// <summary>2025, 盘州市人民政府; 上年结转 is 2024's 结转下年度 (3 from natural persons) and the documents in force carry over.</summary>
    private static async Task ShouldShowNextYearOfPanzhouAsync(IPage page)
    {
        (await Field(page, "agency").InputValueAsync()).ShouldBe("盘州市人民政府");
        (await Field(page, "year").InputValueAsync()).ShouldBe("2025");
        (await Field(page, "agencyKind").InputValueAsync()).ShouldBe("government");
        (await Cell(page, "applications.carriedOver[0]").InputValueAsync()).ShouldBe("3");
        (await Cell(page, "applications.carriedOver[1]").InputValueAsync()).ShouldBe("0");
        (await Cell(page, "applications.carriedOver[6]").InputValueAsync()).ShouldBe("3");
        // What this year brings is blank, to be filled in (R1 lists it), never a 0 nobody typed.
        (await Cell(page, "applications.newlyReceived[0]").InputValueAsync()).ShouldBeEmpty();
        (await Cell(page, "applications.carriedForward[0]").InputValueAsync()).ShouldBeEmpty();
        (await Cell(page, "proactive.normativeDocuments.inForce").InputValueAsync()).ShouldBe("34");
        (await Cell(page, "proactive.normativeDocuments.issued").InputValueAsync()).ShouldBeEmpty();
        (await page.Locator("#findings").InnerTextAsync()).ShouldContain("R1");
        (await Field(page, "publishDate").InputValueAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Published_reports_uploaded_for_checking_are_summed_up_with_their_findings_and_saved_as_csv()
    {
        // The five real reports of the seed corpus, as copied into the test data, in the order they are uploaded.
        string[] names = ["000_22396afa0ad06227.txt", "001_a74e8dab883f3363.txt", "002_6509477b7e9592a0.txt", "003_86673d63bf19c25f.txt", "004_2efb6d9fb4d36fe3.txt"];
        (string Agency, string Year)[] read =
            [("芒市勐戛镇人民政府", "2024"), ("盘州市人民政府", "2024"), ("寺下镇", "2024"), ("清城区源潭镇人民政府", "2023"), ("黎坝镇", "2025")];
        var paths = names.Select(n => RepoPaths.TestData("Reading", n)).ToArray();
        var check = CliRunner.Run(["check", "--json", .. paths]);
        var expected = System.Text.Json.JsonDocument.Parse(check.Out).RootElement.GetProperty("reports").EnumerateArray().ToList();
        expected.Count.ShouldBe(names.Length);

        var page = await OpenAsync("check");
        await page.Locator("#files").SetInputFilesAsync(paths);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "检查", Exact = true }).ClickAsync();
        await page.Locator("#status.warning").WaitForAsync();

        var rows = page.Locator("#summary tbody tr");
        (await rows.CountAsync()).ShouldBe(names.Length);
        for (var i = 0; i < names.Length; i++)
        {
            var cells = await rows.Nth(i).Locator("td").AllInnerTextsAsync();
            var cli = expected[i];
            cells.ShouldBe(
                [names[i], read[i].Agency, read[i].Year, cli.GetProperty("errors").GetInt32().ToString(CultureInfo.InvariantCulture),
                    cli.GetProperty("warnings").GetInt32().ToString(CultureInfo.InvariantCulture)],
                $"row {i + 1} as govreport check gives it");
            cli.GetProperty("agency").GetString().ShouldBe(read[i].Agency);
            cli.GetProperty("year").GetInt32().ToString(CultureInfo.InvariantCulture).ShouldBe(read[i].Year);
            var rules = cli.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("rule").GetString()!).ToList();
            var shown = await page.Locator($"#report-{i} .findings .badge").AllInnerTextsAsync();
            shown.Select(b => b.Split(' ')[1]).ShouldBe(rules, $"findings of {names[i]}");
        }

        // 盘州's misprinted 表三 (R2, R4) and 源潭镇's missing tables are errors, as the reading corpus knows them.
        (await page.Locator("#report-1").InnerTextAsync()).ShouldContain("R4");
        (await page.Locator("#report-3").InnerTextAsync()).ShouldContain("缺少表三");
        await ScreenshotAsync(page, "web-check.png");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#save-csv").ClickAsync());
        var bytes = File.ReadAllBytes(await download.PathAsync());
        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }); // so that Excel and WPS read it as UTF-8
        var csv = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        csv.ShouldStartWith("文件,机关,年度,错误数,警告数,规则,严重程度,位置,说明");
        csv.ShouldContain("001_a74e8dab883f3363.txt,盘州市人民政府,2024,2,3,R2,错误,001_a74e8dab883f3363.txt:260:1,");
        csv.ShouldContain("000_22396afa0ad06227.txt,芒市勐戛镇人民政府,2024,0,0,,,,没有发现问题");
    }

    [Fact]
    public async Task Reachable_from_other_computers_the_editor_needs_the_printed_token_and_a_browser_keeps_it_in_a_cookie()
    {
        var token = "0123456789abcdef0123456789abcdef0123456789abcdef";
        await using var app = ServeCommand.Build(Folder.Path, 0, ["http://127.0.0.2:0"], token);
        await app.StartAsync();
        var address = ServeCommand.AddressOf(app);
        address.ShouldStartWith("http://127.0.0.2:");

        var refused = await OpenAsync("", address: address);
        (await refused.Locator("body").InnerTextAsync()).ShouldContain("拒绝访问：需要访问令牌");

        var page = await OpenAsync("?token=" + token, address: address);
        page.Url.ShouldBe(address);   // the token is out of the address bar
        await page.Locator("#reports tbody tr", new PageLocatorOptions { HasText = "panzhou-2024.yaml" }).WaitForAsync();
        await page.Locator("#reports a[aria-label='编辑 panzhou-2024.yaml']").ClickAsync();
        await page.Locator("body[data-ready=true]").WaitForAsync();
        (await Cell(page, "applications.resultsTotal[0]").InputValueAsync()).ShouldBe("34");
        var cookie = (await page.Context.CookiesAsync()).Single();
        cookie.HttpOnly.ShouldBeTrue();
        cookie.SameSite.ShouldBe(SameSiteAttribute.Strict);
    }
}
