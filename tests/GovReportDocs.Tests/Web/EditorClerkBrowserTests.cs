using Microsoft.Playwright;

namespace GovReportDocs.Tests.Web;

/// <summary>
/// What confused a clerk doing the whole job in a real browser: saved means saved, messages where the clerk is, the
/// form on a 1024×768 laptop and at 150 % zoom, the form's own names instead of the file's keys.
/// </summary>
[Trait("Requires", "debian")]
[Collection(BrowserTestsRunAlone.Name)]
public sealed class EditorClerkBrowserTests : BrowserSession
{
    [Fact]
    public async Task Ctrl_S_while_still_in_a_cell_then_download_downloads()
    {
        var page = await EditAsync("panzhou-2024.yaml");
        await Cell(page, "proactive.licensing").ClickAsync();
        await page.Keyboard.TypeAsync("5");
        await page.Keyboard.PressAsync("Control+s");
        await page.Locator("#notice.ok").WaitForAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-docx").ClickAsync());
        download.SuggestedFilename.ShouldBe("盘州市人民政府2024年政府信息公开工作年度报告.docx");
        (await page.Locator("#dirty").IsVisibleAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task At_1024_by_768_every_column_fits_the_headings_stay_in_view_and_messages_are_where_the_clerk_is()
    {
        var page = await EditAsync("panzhou-2024.yaml", 1024, 768);
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")).ShouldBeTrue("no sideways scrolling");
        (await page.Locator("#title").InnerTextAsync()).ShouldBe("盘州市人民政府2024年政府信息公开工作年度报告");

        // Deep in 表三: its header rows stay below the sticky bar, and the 总计 column is on the screen.
        await Cell(page, "applications.carriedForward[5]").ClickAsync();
        await page.Keyboard.TypeAsync("1");
        var bar = (await page.Locator("header.bar").BoundingBoxAsync())!;
        var heading = (await page.Locator("table[data-table='表三'] thead th", new PageLocatorOptions { HasText = "法律服务机构" }).BoundingBoxAsync())!;
        heading.Y.ShouldBeGreaterThanOrEqualTo(bar.Y + bar.Height - 1);
        heading.Y.ShouldBeLessThan(bar.Y + bar.Height + 150);
        var total = (await Cell(page, "applications.carriedForward[6]").BoundingBoxAsync())!;
        (total.X + total.Width).ShouldBeLessThanOrEqualTo(1024);

        // The finding count in the sticky bar opens the findings over the form.
        await page.Locator("#findings-count.error").WaitForAsync();
        (await page.Locator("#findings-count").InnerTextAsync()).ShouldContain("个错误");
        await page.Locator("#findings-count").ClickAsync();
        (await page.Locator("#findings").IsVisibleAsync()).ShouldBeTrue();
        await ScreenshotAsync(page, "web-editor-1024.png");
        await page.Locator("#findings-count").ClickAsync();

        // A refused save says so in the sticky bar, on the screen, until read. Saved with Shift held, as with Caps Lock
        // on: the key is 'S', and it saves all the same.
        await page.Keyboard.PressAsync("Escape");
        await Cell(page, "applications.carriedForward[4]").ClickAsync();
        await page.Keyboard.TypeAsync("x");
        await page.Keyboard.PressAsync("Control+Shift+S");
        var notice = page.Locator("#notice.error");
        await notice.WaitForAsync();
        var box = (await notice.BoundingBoxAsync())!;
        box.Y.ShouldBeLessThan(768);
        box.Y.ShouldBeGreaterThanOrEqualTo(0);
        await page.Locator("#notice-close").ClickAsync();
        (await notice.IsVisibleAsync()).ShouldBeFalse();

        // The table of contents lands 表二's caption below the sticky bar, not under it.
        await page.Locator("nav.toc a", new PageLocatorOptions { HasText = "表二" }).ClickAsync();
        await page.WaitForTimeoutAsync(300);
        var caption = (await page.Locator("table[data-table='表二'] caption").BoundingBoxAsync())!;
        bar = (await page.Locator("header.bar").BoundingBoxAsync())!;
        caption.Y.ShouldBeGreaterThanOrEqualTo(bar.Y + bar.Height);
    }

    [Fact]
    public async Task At_150_percent_zoom_on_a_1024_screen_the_findings_stay_in_reach_and_nothing_scrolls_sideways()
    {
        var page = await EditAsync("panzhou-2024.yaml", 683, 512, 1.5f);
        await Cell(page, "applications.granted[0]").ClickAsync();
        await page.Keyboard.TypeAsync("13");
        await page.Locator("#findings-count.error").WaitForAsync();
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")).ShouldBeTrue("no sideways scrolling");

        await page.Locator("#findings-count").ClickAsync();
        var finding = page.Locator("#findings button[data-key='applications.resultsTotal[0]']");
        (await finding.IsVisibleAsync()).ShouldBeTrue();
        await ScreenshotAsync(page, "web-editor-150.png");
        await finding.ClickAsync();
        (await FocusedKeyAsync(page)).ShouldBe("applications.resultsTotal[0]");
        // The total is computed: the cells that feed it are pointed to.
        (await page.Locator("td.feeds input[data-key='applications.granted[0]']").CountAsync()).ShouldBe(1);
        (await page.Locator("#cell-tip").InnerTextAsync()).ShouldContain("予以公开");
    }

    [Fact]
    public async Task Back_after_a_save_shows_the_list_as_it_is_now()
    {
        var page = await OpenAsync("");
        var row = page.Locator("#reports tbody tr", new PageLocatorOptions { HasText = "panzhou-2024.yaml" });
        await row.Locator(".badge:not(.error)").WaitForAsync();
        await page.Locator("#reports a[aria-label='编辑 panzhou-2024.yaml']").ClickAsync();
        await EditorReadyAsync(page);
        await Cell(page, "applications.granted[0]").ClickAsync();
        await page.Keyboard.TypeAsync("13");
        await page.Keyboard.PressAsync("Control+s");
        await page.Locator("#notice", new PageLocatorOptions { HasText = "已保存" }).WaitForAsync();

        await page.GoBackAsync();
        await row.Locator(".badge.error").WaitForAsync();
        (await row.InnerTextAsync()).ShouldContain("个错误");
    }

    [Fact]
    public async Task A_second_tab_saving_after_the_first_reloads_keeping_its_own_changes()
    {
        var first = await EditAsync("panzhou-2024.yaml");
        var second = await EditAsync("panzhou-2024.yaml");
        await Field(first, "contact.postcode").FillAsync("553500");
        await first.Keyboard.PressAsync("Control+s");
        await first.Locator("#notice.ok").WaitForAsync();

        await Field(second, "overview.platform").FillAsync("平台建设情况。");
        second.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await second.Keyboard.PressAsync("Control+s");
        await second.Locator("#notice", new PageLocatorOptions { HasText = "保留本页的修改" }).WaitForAsync();
        (await Field(second, "contact.postcode").InputValueAsync()).ShouldBe("553500");
        (await Field(second, "overview.platform").InputValueAsync()).ShouldBe("平台建设情况。");
        await second.Keyboard.PressAsync("Control+s");
        await second.Locator("#notice.ok").WaitForAsync();

        var saved = GovReport.Load(Folder.File("panzhou-2024.yaml")).Report!;
        saved.Contact.Postcode.ShouldBe("553500");
        saved.Overview.Platform.ShouldBe("平台建设情况。");
    }

    [Fact]
    public async Task The_clerk_reads_the_forms_names_not_the_files_keys_and_the_preview_closes_on_Esc()
    {
        var page = await EditAsync("panzhou-2024.yaml");
        await Field(page, "publishDate").FillAsync("");
        await Cell(page, "proactive.licensing").ClickAsync();
        await page.Keyboard.PressAsync("Delete");
        await page.Locator("#findings li", new PageLocatorOptions { HasText = "行政许可" }).WaitForAsync();
        await page.Locator("#findings li", new PageLocatorOptions { HasText = "发布日期" }).WaitForAsync();
        var findings = await page.Locator("#findings").InnerTextAsync();
        findings.ShouldNotContain("publishDate");
        findings.ShouldNotContain("proactive.");
        findings.ShouldNotContain("INPUT");
        findings.ShouldContain("行政许可");
        (await page.Locator("form#form, main#form").InnerTextAsync()).ShouldNotContain("government");

        await Cell(page, "proactive.licensing").ClickAsync();
        await page.Keyboard.TypeAsync("0");
        await Field(page, "publishDate").FillAsync("2025-01-20");
        await page.Keyboard.PressAsync("Control+s");
        await page.Locator("#notice.ok").WaitForAsync();
        await page.Locator("#preview").ClickAsync();
        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("preview-close");
        await page.Keyboard.PressAsync("Escape");
        (await page.Locator("#preview-dialog").IsVisibleAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task A_cell_explains_its_words_on_focus_and_the_form_links_to_the_filling_instructions()
    {
        var page = await EditAsync("panzhou-2024.yaml");
        await Cell(page, "applications.partiallyGranted[0]").ClickAsync();
        (await page.Locator("#cell-tip").InnerTextAsync()).ShouldContain("区分处理");
        await Cell(page, "proactive.licensing").HoverAsync();
        await Cell(page, "proactive.licensing").ClickAsync();
        (await page.Locator("#cell-tip").InnerTextAsync()).ShouldContain("第二十条第（五）项");

        var help = await OpenAsync("help");
        (await help.Locator("dl.help").InnerTextAsync()).ShouldContain("三类内部事务信息");
        (await page.Locator("header.bar a[href='help']").InnerTextAsync()).ShouldBe("填报说明");
    }
}
