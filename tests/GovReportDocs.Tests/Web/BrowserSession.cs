using GovReportDocs.Cli;
using GovReportDocs.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace GovReportDocs.Tests.Web;

/// <summary>
/// `govreport serve` on a scratch copy of the samples, and Debian's chromium driven by Playwright: what the browser
/// tests of the editor share.
/// </summary>
public abstract class BrowserSession : IAsyncLifetime
{
    private WebApplication _app = null!;
    private IPlaywright _playwright = null!;

    internal TempDirectory Folder { get; } = new();

    protected IBrowser Browser { get; private set; } = null!;

    protected string Address { get; private set; } = "";

    public async Task InitializeAsync()
    {
        foreach (var sample in Directory.GetFiles(RepoPaths.Samples, "*.yaml"))
        {
            File.Copy(sample, Folder.File(Path.GetFileName(sample)));
        }

        _app = ServeCommand.Build(Folder.Path, 0);
        await _app.StartAsync();
        Address = ServeCommand.AddressOf(_app);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _app.DisposeAsync();
        Folder.Dispose();
    }

    /// <summary>A page of the editor in a new browser context (its own cookies, cache and clipboard).</summary>
    protected async Task<IPage> OpenAsync(string path, int width = 1400, int height = 1000, float scale = 1, string? address = null)
    {
        address ??= Address;
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            // 150 % zoom is a viewport of two thirds the size drawn at 1.5 device pixels per CSS pixel.
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = scale,
            Locale = "zh-CN",
            AcceptDownloads = true,
        });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = address.TrimEnd('/') });
        // Generous: the machines that run the suite are shared, and a loaded one is slow, not wrong.
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(address + path);
        return page;
    }

    /// <summary>The editor of a file, ready to type in (see <see cref="EditorReadyAsync"/>).</summary>
    protected async Task<IPage> EditAsync(string file, int width = 1400, int height = 1000, float scale = 1)
    {
        var page = await OpenAsync("edit?file=" + Uri.EscapeDataString(file), width, height, scale);
        await EditorReadyAsync(page);
        return page;
    }

    /// <summary>
    /// Waits in the page for the editor's data-ready mark, never for the client's navigation events (WaitForURLAsync
    /// missed the editor's load about one run in ten on a loaded 2-core machine).
    /// </summary>
    protected static async Task EditorReadyAsync(IPage page)
    {
        await page.Locator("body.editor[data-ready=true]").WaitForAsync();
        page.Url.ShouldContain("/edit?file=");
    }

    protected static ILocator Cell(IPage page, string key) => page.Locator($"input[data-key='{key}']");

    protected static ILocator Field(IPage page, string key) => page.Locator($":is(input, select, textarea)[data-key='{key}']");

    protected static Task<string> FocusedKeyAsync(IPage page) => page.EvaluateAsync<string>("document.activeElement.dataset.key");

    /// <summary>What a spreadsheet puts on the clipboard, pasted with Ctrl+V into the focused cell.</summary>
    protected static async Task PasteAsync(IPage page, string text)
    {
        await page.EvaluateAsync("t => navigator.clipboard.writeText(t)", text);
        await page.Keyboard.PressAsync("Control+V");
    }

    /// <summary>Waits until the server's check of what was typed has come back (the findings drawn after the last key).</summary>
    protected static Task CheckedAsync(IPage page) =>
        page.WaitForFunctionAsync("() => document.body.dataset.checking !== 'true'");

    protected static async Task ScreenshotAsync(IPage page, string name, bool fullPage = false)
    {
        var folder = Environment.GetEnvironmentVariable("GOVREPORT_SCREENSHOTS") is { Length: > 0 } kept ? kept : Path.GetTempPath();
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = fullPage });
    }
}
