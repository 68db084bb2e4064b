using GovReportDocs.Cli;
using GovReportDocs.Model;
using GovReportDocs.Reading;
using GovReportDocs.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace GovReportDocs.Tests.Web;

/// <summary>
/// The editor in a real browser: Debian's chromium driven by Playwright, against `govreport serve` on a free port.
/// Set GOVREPORT_SCREENSHOTS to a folder to keep the screenshots (docs/images holds the ones the README shows).
/// </summary>
[Trait("Requires", "debian")]
[Collection(BrowserTestsRunAlone.Name)]
public sealed class EditorBrowserTests : IAsyncLifetime
{
    private readonly TempDirectory _folder = new();
    private WebApplication _app = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private string _address = "";

    public async Task InitializeAsync()
    {
        foreach (var sample in Directory.GetFiles(RepoPaths.Samples, "*.yaml"))
        {
            File.Copy(sample, _folder.File(Path.GetFileName(sample)));
        }

        _app = ServeCommand.Build(_folder.Path, 0);
        await _app.StartAsync();
        _address = ServeCommand.AddressOf(_app);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _app.DisposeAsync();
        _folder.Dispose();
    }

    private async Task<IPage> OpenAsync(string path)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            Locale = "zh-CN",
            AcceptDownloads = true,
        });
        // Generous: the machines that run the suite are shared, and a loaded one is slow, not wrong.
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_address + path);
        return page;
    }

    /// <summary>
    /// Submits 新建 and waits for the editor. About one run in ten on the 2-core CI machine the page was still on the list
    /// after 120 s, with no error shown; the cause is not found yet. The second try says what the page showed.
    /// </summary>
    private static async Task CreateAndOpenAsync(IPage page)
    {
        var create = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "新建并打开" });
        await create.ClickAsync();
        try
        {
            await page.WaitForURLAsync("**/edit?file=*", new PageWaitForURLOptions { Timeout = 30_000 });
            return;
        }
        catch (TimeoutException)
        {
            var shown = await page.Locator("#status").InnerTextAsync();
            if (page.Url.Contains("edit?file=", StringComparison.Ordinal))
            {
                return;
            }

            await create.ClickAsync();
            try
            {
                await page.WaitForURLAsync("**/edit?file=*", new PageWaitForURLOptions { Timeout = 60_000 });
            }
            catch (TimeoutException)
            {
                throw new InvalidOperationException($"新建 did not open the editor twice; the page showed “{shown}”, then “{await page.Locator("#status").InnerTextAsync()}”");
            }
        }
    }

    private static ILocator Cell(IPage page, string key) => page.Locator($"input[data-key='{key}']");

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("GOVREPORT_SCREENSHOTS") is { Length: > 0 } kept ? kept : Path.GetTempPath();
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name) });
    }

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

        // Leaving with unsaved changes asks first.
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
        await CreateAndOpenAsync(page);
        await page.Locator("body[data-ready=true]").WaitForAsync();
        (await page.GetByLabel("机关全称").InputValueAsync()).ShouldBe("某某县某某局");

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
        await page.Locator("#status.ok").WaitForAsync();
        (await page.Locator("#dirty").IsVisibleAsync()).ShouldBeFalse();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-docx").ClickAsync());
        download.SuggestedFilename.ShouldBe("某某县某某局2024年政府信息公开工作年度报告.docx");
        var path = _folder.File("download.docx");
        await download.SaveAsAsync(path);
        var read = GovReport.ReadPublished(path);
        read.Sheet[ApplicationRow.NewlyReceived, ApplicantColumn.NaturalPersons].ShouldBe(5);
        read.Sheet[ApplicationRow.ResultsTotal, ApplicantColumn.Total].ShouldBe(4);
        read.Sheet[ApplicationRow.CarriedForward, ApplicantColumn.Total].ShouldBe(1);
    }

    [Fact]
    public async Task Published_reports_uploaded_for_checking_are_summed_up_with_their_findings_and_saved_as_csv()
    {
        var page = await OpenAsync("check");
        await page.Locator("#files").SetInputFilesAsync(
        [
            RepoPaths.TestData("Reading", "000_22396afa0ad06227.txt"),
            RepoPaths.TestData("Reading", "001_a74e8dab883f3363.txt"),
        ]);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "检查", Exact = true }).ClickAsync();
        await page.Locator("#status.warning").WaitForAsync();

        var rows = page.Locator("#summary tbody tr");
        (await rows.CountAsync()).ShouldBe(2);
        (await rows.Nth(0).InnerTextAsync()).ShouldContain("芒市勐戛镇人民政府");
        (await rows.Nth(1).InnerTextAsync()).ShouldContain("盘州市人民政府");
        (await rows.Nth(1).Locator("td").Nth(3).InnerTextAsync()).ShouldBe("2");
        await ScreenshotAsync(page, "web-check.png");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#save-csv").ClickAsync());
        var bytes = File.ReadAllBytes(await download.PathAsync());
        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }); // so that Excel and WPS read it as UTF-8
        var csv = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        csv.ShouldStartWith("文件,机关,年度,错误数,警告数,规则,严重程度,位置,说明");
        csv.ShouldContain("001_a74e8dab883f3363.txt,盘州市人民政府,2024,2,");
    }
}
