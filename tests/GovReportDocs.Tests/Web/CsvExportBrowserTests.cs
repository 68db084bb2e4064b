using GovReportDocs.Cli;
using GovReportDocs.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace GovReportDocs.Tests.Web;

/// <summary>Issue 22: the check page's CSV export never hands Excel or WPS a live formula.</summary>
[Trait("Requires", "debian")]
[Collection(BrowserTestsRunAlone.Name)]
public sealed class CsvExportBrowserTests
{
    [Fact]
    public async Task A_file_named_like_a_formula_is_exported_as_text()
    {
        using var folder = new TempDirectory();
        using var uploads = new TempDirectory();
        string[] names = ["=1+2.txt", "+3.txt", "-4.txt", "@SUM(A1).txt"];
        var paths = names.Select(n => uploads.Write(n, "不是年度报告")).ToArray();
        await using var app = ServeCommand.Build(folder.Path, 0);
        await app.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox"],
        });
        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true })).NewPageAsync();
        await page.GotoAsync(ServeCommand.AddressOf(app) + "check");

        await page.Locator("#files").SetInputFilesAsync(paths);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "检查", Exact = true }).ClickAsync();
        await page.Locator("#summary tbody tr").Nth(names.Length - 1).WaitForAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#save-csv").ClickAsync());
        var csv = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(await download.PathAsync())[3..]);

        var cells = csv.Split("\r\n").Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[0]).Distinct().ToList();
        cells.ShouldBe(["'=1+2.txt", "'+3.txt", "'-4.txt", "'@SUM(A1).txt"], ignoreOrder: true);
    }
}
