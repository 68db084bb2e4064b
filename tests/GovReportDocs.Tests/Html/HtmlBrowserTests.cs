using GovReportDocs.Html;
using GovReportDocs.Tests.Support;
using GovReportDocs.Tests.Web;
using Microsoft.Playwright;

namespace GovReportDocs.Tests.Html;

/// <summary>The HTML page in Debian's chromium at a desktop width: numbers whole in their cells, no letter-spaced line (issue 24).</summary>
[Trait("Requires", "debian")]
[Collection(BrowserTestsRunAlone.Name)]
public sealed class HtmlBrowserTests : IAsyncLifetime
{
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    private async Task<IPage> OpenAsync(string input, int width)
    {
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, Locale = "zh-CN" });
        await page.SetContentAsync(HtmlRenderer.Render(StressInputs.Compose(input)));
        return page;
    }

    [Theory]
    [InlineData("bracket-name.yaml", 1200)]
    [InlineData("big-city.yaml", 1200)]
    [InlineData("bracket-name.yaml", 390)]
    public async Task Every_number_stays_on_one_line_inside_its_cell(string input, int width)
    {
        var page = await OpenAsync(input, width);
        // For each number cell: how many line boxes its text takes, and whether it overflows the cell.
        var cells = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('td')].filter(td => td.textContent.length > 0).map(td => {
              const range = document.createRange(); range.selectNodeContents(td);
              const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
              return td.textContent + ':' + lines + ':' + (td.scrollWidth > td.clientWidth ? 'overflow' : 'fits');
            })
            """);
        cells.ShouldNotBeEmpty();
        cells.ShouldAllBe(c => c.EndsWith(":1:fits", StringComparison.Ordinal), string.Join(" ", cells.Where(c => !c.EndsWith(":1:fits", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task A_paragraph_with_a_web_address_is_not_letter_spaced()
    {
        var page = await OpenAsync("bracket-name.yaml", 1200);
        // The widest space between two neighbouring characters of a paragraph line, in px (justify may spread a little).
        var widest = await page.EvaluateAsync<double>("""
            () => {
              let widest = 0;
              for (const p of document.querySelectorAll('main > p')) {
                const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                let previous = null;
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  for (let i = 0; i < node.length; i++) {
                    const range = document.createRange(); range.setStart(node, i); range.setEnd(node, i + 1);
                    const box = range.getBoundingClientRect();
                    if (previous && Math.abs(previous.top - box.top) < 2) widest = Math.max(widest, box.left - previous.right);
                    previous = box;
                  }
                }
              }
              return widest;
            }
            """);
        widest.ShouldBeLessThan(8);
    }
}
