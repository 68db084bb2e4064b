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
    [InlineData("bracket-name.yaml", 1000)]
    [InlineData("big-city.yaml", 1000)]
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

    [Theory]
    [InlineData("bracket-name.yaml", 1200)]
    [InlineData("big-city.yaml", 1200)]
    [InlineData("bracket-name.yaml", 1000)]
    [InlineData("big-city.yaml", 1000)]
    public async Task On_a_desktop_window_every_table_is_whole_without_scrolling(string input, int width)
    {
        var page = await OpenAsync(input, width);
        var tables = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.table-scroll')].map(box =>
              box.querySelector('caption').textContent.split(' ')[0] + ':' + box.scrollWidth + '/' + box.clientWidth
              + (box.scrollWidth > box.clientWidth ? ':scrolls' : ':whole'))
            """);
        tables.Length.ShouldBe(3);
        tables.ShouldAllBe(t => t.EndsWith(":whole", StringComparison.Ordinal), string.Join(" ", tables));
        // Nor does the page itself scroll sideways: a table wider than the text column stays inside the window.
        var pageScrolls = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        pageScrolls.ShouldBeFalse();
    }

    [Theory]
    [InlineData("bracket-name.yaml", 1200)]
    [InlineData("big-city.yaml", 1200)]
    [InlineData("big-city.yaml", 1000)]
    [InlineData("big-city.yaml", 400)]
    [InlineData("bracket-name.yaml", 400)]
    public async Task The_hint_to_scroll_shows_exactly_where_a_table_scrolls(string input, int width)
    {
        var page = await OpenAsync(input, width);
        // Two frames, so that what depends on the laid-out page (a scroll-driven rule) has applied.
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        var tables = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.table-scroll')].map(box => {
              const hint = getComputedStyle(box.querySelector('caption'), '::after');
              const shown = hint.content.includes('左右滑动') && hint.visibility === 'visible' && parseFloat(hint.fontSize) > 0;
              return box.querySelector('caption').textContent.split(' ')[0] + ':' + (box.scrollWidth > box.clientWidth ? 'scrolls' : 'fits')
                + ':' + (shown ? 'hint' : 'none');
            })
            """);
        tables.Length.ShouldBe(3);
        tables.ShouldAllBe(t => t.EndsWith(":scrolls:hint", StringComparison.Ordinal) || t.EndsWith(":fits:none", StringComparison.Ordinal), string.Join(" ", tables));
        if (width == 400)
        {
            // A phone: 表三 scrolls beside its pinned labels, and says so.
            tables.ShouldContain(t => t.StartsWith("表三:scrolls:hint", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(1200)]
    [InlineData(1000)]
    [InlineData(400)]
    public async Task No_table_label_leaves_one_character_alone_on_its_last_line(int width)
    {
        // At 1200 px 表三's merged label read 三、本年度办理结 / 果, as the .docx once set …禁止公 / 开 (issue 24).
        var page = await OpenAsync("big-city.yaml", width);
        var alone = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('th')].flatMap(cell => {
              const glyphs = [];
              const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (let i = 0; i < node.length; i++) {
                  const range = document.createRange(); range.setStart(node, i); range.setEnd(node, i + 1);
                  const box = range.getBoundingClientRect();
                  if (box.width > 0 && node.data[i].trim()) glyphs.push({ top: Math.round(box.top), text: node.data[i] });
                }
              }
              const tops = [...new Set(glyphs.map(g => g.top))].sort((a, b) => a - b);
              if (tops.length < 2) return [];
              const lines = tops.map(top => glyphs.filter(g => g.top === top).map(g => g.text).join(''));
              const printing = line => [...line].filter(c => !'，。、；：？！）》”’'.includes(c)).length;
              // A column one character wide (表四's 结/果/纠/正 on a phone) has no character to give.
              return printing(lines[lines.length - 1]) === 1 && Math.max(...lines.map(printing)) > 1 ? [lines.join(' / ')] : [];
            })
            """);
        alone.ShouldBeEmpty($"{width} px");
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
