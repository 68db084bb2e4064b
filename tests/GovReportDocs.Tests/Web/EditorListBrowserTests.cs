using GovReportDocs.Tests.Support;
using Microsoft.Playwright;

namespace GovReportDocs.Tests.Web;

/// <summary>The list of reports: next year from an uploaded published report, the same upload twice, delete and rename.</summary>
[Trait("Requires", "debian")]
[Collection(BrowserTestsRunAlone.Name)]
public sealed class EditorListBrowserTests : BrowserSession
{
    [Fact]
    public async Task Next_year_from_an_uploaded_report_carries_its_contact_and_a_second_upload_asks_instead_of_copying()
    {
        // 盘州市人民政府's 2024 report as published: its preamble gives 地址 and 电话.
        var published = RepoPaths.TestData("Reading", "001_a74e8dab883f3363.txt");
        var page = await OpenAsync("");
        await page.Locator("#reports tbody tr", new PageLocatorOptions { HasText = "panzhou-2024.yaml" }).WaitForAsync();
        await page.Locator("#next-upload-file").SetInputFilesAsync(published);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "读取并生成下一年度的报告" }).ClickAsync();
        await EditorReadyAsync(page);
        (await Field(page, "contact.address").InputValueAsync()).ShouldBe("盘州市凤鸣北路1号");
        (await Field(page, "contact.phone").InputValueAsync()).ShouldBe("0858—3636249");

        var asked = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            asked.Add(dialog.Message);
            _ = dialog.AcceptAsync();
        };
        await page.GotoAsync(Address);
        await page.Locator("#reports tbody tr", new PageLocatorOptions { HasText = "盘州市人民政府-2025.yaml" }).WaitForAsync();
        await page.Locator("#next-upload-file").SetInputFilesAsync(published);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "读取并生成下一年度的报告" }).ClickAsync();
        await EditorReadyAsync(page);
        asked.ShouldHaveSingleItem().ShouldContain("已有“盘州市人民政府-2025.yaml”");
        page.Url.ShouldEndWith("file=" + Uri.EscapeDataString("盘州市人民政府-2025.yaml"));
        File.Exists(Folder.File("盘州市人民政府-2025-2.yaml")).ShouldBeFalse();
    }

    [Fact]
    public async Task Next_year_from_a_report_that_read_badly_says_so_in_the_editor_it_opens()
    {
        // 盘州市人民政府's 2024 report cut off in the middle of 表三: the rows after it, 表四 and the parts are missing.
        using var uploads = new TempDirectory();
        var lines = File.ReadAllLines(RepoPaths.TestData("Reading", "001_a74e8dab883f3363.txt"));
        var cut = Array.FindIndex(lines, l => l.StartsWith("（三）不予公开", StringComparison.Ordinal) || l.StartsWith("(三)不予公开", StringComparison.Ordinal));
        cut.ShouldBeGreaterThan(0);
        var published = uploads.Write("盘州市2024年报.txt", string.Join('\n', lines[..cut]));
        var page = await OpenAsync("");
        await page.Locator("#reports tbody tr", new PageLocatorOptions { HasText = "panzhou-2024.yaml" }).WaitForAsync();

        await page.Locator("#next-upload-file").SetInputFilesAsync(published);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "读取并生成下一年度的报告" }).ClickAsync();
        await EditorReadyAsync(page);

        var notice = page.Locator("#notice");
        await notice.WaitForAsync();
        (await notice.InnerTextAsync()).ShouldContain("上年度的报告读得不完整（");
        (await notice.InnerTextAsync()).ShouldContain("带入的数字请核对");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "知道了" }).ClickAsync();
        (await notice.IsVisibleAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task A_report_of_the_list_is_renamed_and_deleted_after_asking()
    {
        var page = await OpenAsync("");
        await page.Locator("#reports tbody tr", new PageLocatorOptions { HasText = "mengga-2024.yaml" }).WaitForAsync();
        page.Dialog += (_, dialog) => _ = dialog.Type == "prompt" ? dialog.AcceptAsync("勐戛镇-2024.yaml") : dialog.AcceptAsync();

        await page.Locator("#reports button[aria-label='改名 mengga-2024.yaml']").ClickAsync();
        await page.Locator("#reports tbody tr", new PageLocatorOptions { HasText = "勐戛镇-2024.yaml" }).WaitForAsync();
        File.Exists(Folder.File("勐戛镇-2024.yaml")).ShouldBeTrue();
        File.Exists(Folder.File("mengga-2024.yaml")).ShouldBeFalse();

        await page.Locator("#reports button[aria-label='删除 勐戛镇-2024.yaml']").ClickAsync();
        await page.Locator("#notice, #status", new PageLocatorOptions { HasText = "已删除" }).WaitForAsync();
        File.Exists(Folder.File("勐戛镇-2024.yaml")).ShouldBeFalse();
        // The message shows at once; the list is fetched again after it, so wait for the row to go.
        await page.Locator("#reports tbody tr", new PageLocatorOptions { HasText = "勐戛镇-2024.yaml" })
            .WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        (await page.Locator("#reports tbody").InnerTextAsync()).ShouldNotContain("勐戛镇-2024.yaml");
    }

    [Fact]
    public async Task A_published_report_copied_into_the_folder_is_listed_and_checked_with_its_findings_placed_on_the_page()
    {
        // 盘州市人民政府's 2024 report as published: its 表三 misprints a 总计 (R2 on 表三's 总计 row).
        File.Copy(RepoPaths.TestData("Reading", "001_a74e8dab883f3363.txt"), Folder.File("盘州市2024年报.txt"));
        var page = await OpenAsync("");
        await page.Locator("#published a[aria-label='检查 盘州市2024年报.txt']").ClickAsync();
        await page.Locator("#status.warning").WaitForAsync();

        (await page.Locator("#summary tbody").InnerTextAsync()).ShouldContain("盘州市人民政府");
        var r2 = page.Locator("#report-0 .findings li", new PageLocatorOptions { HasText = "R2" }).First;
        (await r2.InnerTextAsync()).ShouldContain("位置：表三");
    }
}
