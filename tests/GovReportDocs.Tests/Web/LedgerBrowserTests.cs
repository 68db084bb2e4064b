using GovReportDocs.Cli;
using GovReportDocs.Model;
using GovReportDocs.Tests.Ledger;
using GovReportDocs.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace GovReportDocs.Tests.Web;

/// <summary>The editor takes a ledger: 表三 and 表四 filled from it, the rows it could not place listed.</summary>
[Trait("Requires", "debian")]
[Collection(BrowserTestsRunAlone.Name)]
public sealed class LedgerBrowserTests : IAsyncLifetime
{
    private readonly TempDirectory _folder = new();
    private WebApplication _app = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        File.WriteAllText(_folder.File("x-2025.yaml"), GovReport.ToInputYaml(AnnualReport.Empty("盘州市自然资源局", 2025)));
        _app = ServeCommand.Build(_folder.Path, 0);
        await _app.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _app.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_ledger_upload_fills_table_3_and_4_and_lists_the_rows_it_could_not_place()
    {
        var fixture = new LedgerFixture(200);
        var ledger = _folder.File("台账.xlsx");
        File.WriteAllBytes(ledger, fixture.TemplateLedger([[new DateOnly(2025, 2, 1), "甲", "外星人", "某事", null, null]]));
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        context.SetDefaultTimeout(120_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(ServeCommand.AddressOf(_app) + "edit?file=x-2025.yaml");
        await page.Locator("body.editor[data-ready=true]").WaitForAsync();

        await page.Locator("#ledger-file").SetInputFilesAsync(ledger);

        var report = page.Locator("#ledger-report");
        await report.Locator("li").First.WaitForAsync();
        (await report.InnerTextAsync()).ShouldContain("第202行：申请人类别“外星人”不是表三的申请人类别");
        var expected = fixture.ExpectedApplications(2025);
        (await page.Locator("input[data-key='applications.newlyReceived[0]']").InputValueAsync()).ShouldBe(expected.NewlyReceived.NaturalPersons.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await page.Locator("input[data-key='applications.resultsTotal[6]']").InputValueAsync()).ShouldBe(expected.ResultsTotal.Total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await page.Locator("#dirty").IsVisibleAsync()).ShouldBeTrue();
    }
}
