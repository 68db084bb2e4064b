using System.Globalization;
using System.Text.Json;
using GovReportDocs.Cli;
using GovReportDocs.Tests.Support;
using GovReportDocs.Tests.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace GovReportDocs.Tests.Summary;

/// <summary>
/// The summary page in Debian's chromium (Playwright): a region folder with PDFs too, opened from disk with every
/// network request refused; sorting, filtering and opening an office's findings; the page without script; axe-core;
/// A4 landscape in print; served by the editor under its content policy. Set GOVREPORT_SCREENSHOTS to a folder to keep
/// the screenshots (docs/images holds the ones docs/summary.md shows).
/// </summary>
[Trait("Requires", "debian")]
[Collection(BrowserTestsRunAlone.Name)]
public sealed class SummaryBrowserTests : IAsyncLifetime
{
    private static readonly string Axe = Path.Combine(RepoPaths.Root, "tests", ".tools", "node_modules", "axe-core", "axe.min.js");

    private readonly RegionFolder _folder = new(withPdf: true);
    private readonly TempDirectory _output = new();
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private CliResult _summary = null!;
    private readonly List<string> _requests = [];

    public async Task InitializeAsync()
    {
        _summary = CliRunner.Run("summary", _folder.Root, "-o", _output.Path, "--json");
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
        _folder.Dispose();
        _output.Dispose();
    }

    private async Task<IPage> OpenAsync(bool script = true, int width = 1400)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 1000 },
            Locale = "zh-CN",
            JavaScriptEnabled = script,
        });
        context.SetDefaultTimeout(120_000);
        var page = await context.NewPageAsync();
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                _requests.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        await page.GotoAsync(new Uri(_output.File(RegionSummary.HtmlFileName)).AbsoluteUri);
        return page;
    }

    private static async Task ScreenshotAsync(IPage page, string name, ILocator? part = null)
    {
        if (Environment.GetEnvironmentVariable("GOVREPORT_SCREENSHOTS") is not { Length: > 0 } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        if (part is null)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        }
        else
        {
            await part.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        }
    }

    [Fact]
    public async Task The_pdfs_of_the_folder_are_summed_up_with_the_findings_check_gives()
    {
        var check = JsonDocument.Parse(CliRunner.Run("check", _folder.Root, "--json").Out).RootElement;
        var summary = JsonDocument.Parse(_summary.Out).RootElement;
        var pdfs = summary.GetProperty("reports").EnumerateArray().Where(r => r.GetProperty("file").GetString()!.EndsWith(".pdf", StringComparison.Ordinal)).ToList();
        pdfs.Count.ShouldBeGreaterThan(5);
        foreach (var pdf in pdfs)
        {
            var file = pdf.GetProperty("file").GetString()!;
            var same = check.GetProperty("reports").EnumerateArray().Single(r => r.GetProperty("file").GetString() == file);
            pdf.GetProperty("status").GetString().ShouldBe(same.GetProperty("status").GetString(), file);
            pdf.GetProperty("diagnostics").GetRawText().ShouldBe(same.GetProperty("diagnostics").GetRawText(), file);
        }
    }

    [Fact]
    public async Task A_column_sorts_the_offices_and_the_filter_narrows_them()
    {
        var page = await OpenAsync();
        var table = page.Locator("#offices-2024");
        var column = (await table.Locator("thead th").AllTextContentsAsync()).ToList();
        var index = column.IndexOf("本年新收");

        await table.Locator("thead th button", new() { HasTextString = "本年新收" }).ClickAsync();
        var ascending = await Values(table, index);
        ascending.ShouldBe(ascending.Order().ToList());
        (await table.Locator("thead th").Nth(index).GetAttributeAsync("aria-sort")).ShouldBe("ascending");
        await table.Locator("thead th button", new() { HasTextString = "本年新收" }).ClickAsync();
        var descending = await Values(table, index);
        descending.ShouldBe(descending.OrderDescending().ToList());
        await ScreenshotAsync(page, "summary-page.png");

        var filters = page.Locator(".filters[data-for=offices-2024]");
        await filters.Locator("select").SelectOptionAsync("errors");
        var shown = table.Locator("tbody tr:visible");
        var statuses = await shown.Locator("td.status").AllTextContentsAsync();
        statuses.ShouldNotBeEmpty();
        statuses.ShouldAllBe(s => s == "有错误");
        await filters.Locator("select").SelectOptionAsync("");
        await filters.Locator("input").FillAsync("公安");
        (await shown.CountAsync()).ShouldBe(2); // 示范县公安局 and 平潭综合实验区公安局
        (await filters.Locator(".count").TextContentAsync()).ShouldStartWith("显示2个机关，共");
        _requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_click_on_an_office_opens_its_findings_placed_in_the_report()
    {
        var page = await OpenAsync();
        var agency = RegionFolder.Offices[3];
        await page.Locator("#offices-2024 tbody th a", new() { HasTextString = agency }).ClickAsync();

        var details = page.Locator("details.findings[open]");
        // The click opens it from a script: wait for it to open before counting (counting at once raced the page).
        await details.First.WaitForAsync(new() { Timeout = 10_000 });
        (await details.CountAsync()).ShouldBe(1);
        (await details.Locator("summary").TextContentAsync()).ShouldStartWith(agency + "：有错误");
        var places = await details.Locator("tbody tr td:nth-child(3)").AllTextContentsAsync();
        places.ShouldContain(p => p.StartsWith("第三部分 表三 ", StringComparison.Ordinal));
        await ScreenshotAsync(page, "summary-findings.png", details);
    }

    [Fact]
    public async Task The_charts_draw_every_office_with_the_numbers_beside_them()
    {
        var page = await OpenAsync();
        var applications = page.Locator("#chart-2024-applications");
        var offices = await page.Locator("#offices-2024 tbody tr").CountAsync();
        (await applications.Locator("svg text.label").CountAsync()).ShouldBe(offices);
        (await applications.Locator("table tbody tr").CountAsync()).ShouldBe(offices);
        (await applications.Locator("svg").GetAttributeAsync("role")).ShouldBe("img");
        await ScreenshotAsync(page, "summary-charts.png", page.Locator("#chart-2024-outcomes"));
        await ScreenshotAsync(page, "summary-corrections.png", page.Locator("#chart-2024-corrections"));
        await ScreenshotAsync(page, "summary-year-on-year.png", page.Locator("#chart-yoy-newlyReceived"));
        await page.AddStyleTagAsync(new() { Content = "html{filter:grayscale(1)}" });
        await ScreenshotAsync(page, "summary-outcomes-grey.png", page.Locator("#chart-2024-outcomes"));
    }

    [Fact]
    public async Task Without_script_the_page_shows_every_office_and_no_dead_controls()
    {
        var page = await OpenAsync(script: false);

        (await page.Locator(".filters").First.IsVisibleAsync()).ShouldBeFalse();
        var rows = await page.Locator("#offices-2024 tbody tr:visible").CountAsync();
        rows.ShouldBe(RegionFolder.Offices.Length + await Count2024Pingtan());
        (await page.Locator("#offices-2024 thead button").CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Axe_core_finds_nothing_serious()
    {
        File.Exists(Axe).ShouldBeTrue("axe-core is installed by tests/install-axe.sh (tests/run.sh runs it)");
        var page = await OpenAsync();
        await page.AddScriptTagAsync(new() { Content = await File.ReadAllTextAsync(Axe) });
        var result = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }))");
        var serious = result.EnumerateArray().Where(v => v.GetProperty("impact").GetString() is "serious" or "critical").Select(v => v.GetRawText()).ToList();
        serious.ShouldBeEmpty();
    }

    [Fact]
    public async Task It_prints_on_a4_landscape()
    {
        var page = await OpenAsync();
        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
        using var document = PdfDocument.Open(pdf);
        var first = document.GetPage(1);
        first.Width.ShouldBe(841.89, 1);
        first.Height.ShouldBe(595.28, 1);
    }

    [Fact]
    public async Task The_editor_serves_the_same_page_and_its_script_runs_under_the_content_policy()
    {
        foreach (var file in Directory.EnumerateFiles(_folder.Root, "*", SearchOption.AllDirectories).Where(f => f.Contains("示范县", StringComparison.Ordinal)).Take(6))
        {
            File.Copy(file, Path.Combine(_output.Path, Path.GetFileName(file)));
        }

        await using var app = ServeCommand.Build(_output.Path, 0);
        await app.StartAsync();
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refused.Add(message.Text);
            }
        };
        await page.GotoAsync(ServeCommand.AddressOf(app) + "summary");

        (await page.Locator(".filters").First.IsVisibleAsync()).ShouldBeTrue(); // the script ran
        (await page.Locator("h1").TextContentAsync()).ShouldBe("政府信息公开工作年度报告汇总");
        refused.ShouldBeEmpty();
        await context.DisposeAsync();
    }

    private async Task<int> Count2024Pingtan() =>
        JsonDocument.Parse(_summary.Out).RootElement.GetProperty("region").GetProperty("years").EnumerateArray()
            .Single(y => y.GetProperty("year").GetInt32() == 2024).GetProperty("offices").EnumerateArray()
            .Count(o => !o.GetProperty("agency").GetString()!.StartsWith("示范县", StringComparison.Ordinal));

    private static async Task<List<decimal>> Values(ILocator table, int column)
    {
        var values = await table.Locator($"tbody tr td:nth-child({column + 1})").EvaluateAllAsync<string[]>("cells => cells.map(c => c.getAttribute('data-v'))");
        return [.. values.Select(v => v.Length == 0 ? decimal.MinValue : decimal.Parse(v, CultureInfo.InvariantCulture))];
    }
}
