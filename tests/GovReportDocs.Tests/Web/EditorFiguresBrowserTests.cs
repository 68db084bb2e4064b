using GovReportDocs.Model;
using Microsoft.Playwright;

namespace GovReportDocs.Tests.Web;

/// <summary>
/// A clerk's habits from Excel and WPS — click and type, paste a row or a block, a Chinese keyboard's punctuation, leave
/// a cell for later — never put a number into the saved report that differs from what was meant without a finding on
/// that cell.
/// </summary>
[Trait("Requires", "debian")]
[Collection(BrowserTestsRunAlone.Name)]
public sealed class EditorFiguresBrowserTests : BrowserSession
{
    [Fact]
    public async Task Clicking_a_cell_and_typing_replaces_its_number_as_in_a_spreadsheet()
    {
        var page = await EditAsync("panzhou-2024.yaml");
        (await Cell(page, "applications.newlyReceived[0]").InputValueAsync()).ShouldBe("33");

        await Cell(page, "applications.newlyReceived[0]").ClickAsync();
        await page.Keyboard.TypeAsync("6");
        (await Cell(page, "applications.newlyReceived[0]").InputValueAsync()).ShouldBe("6");
        (await Cell(page, "applications.newlyReceived[6]").InputValueAsync()).ShouldBe("6");

        await Cell(page, "proactive.normativeDocuments.repealed").ClickAsync();
        await page.Keyboard.TypeAsync("3");
        (await Cell(page, "proactive.normativeDocuments.repealed").InputValueAsync()).ShouldBe("3");

        // A second click in the cell being edited places the caret, as a spreadsheet's edit mode does.
        await Cell(page, "proactive.normativeDocuments.repealed").ClickAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync("0");
        (await Cell(page, "proactive.normativeDocuments.repealed").InputValueAsync()).ShouldBe("30");
    }

    [Fact]
    public async Task A_row_copied_from_a_spreadsheet_spreads_to_the_right()
    {
        var page = await EditAsync("panzhou-2024.yaml");
        await Cell(page, "applications.newlyReceived[0]").ClickAsync();
        await PasteAsync(page, "40\t6\t0\t0\t2\t0\r\n");   // Excel and WPS end a copied row with a line break

        string[] expected = ["40", "6", "0", "0", "2", "0", "48"];
        for (var column = 0; column < expected.Length; column++)
        {
            (await Cell(page, $"applications.newlyReceived[{column}]").InputValueAsync()).ShouldBe(expected[column], $"column {column}");
        }
    }

    [Fact]
    public async Task A_block_copied_from_a_spreadsheet_spreads_right_and_down()
    {
        var page = await EditAsync("panzhou-2024.yaml");
        await Cell(page, "proactive.rules.issued").ClickAsync();
        await PasteAsync(page, "3\t1\t20\r\n5\t2\t34\r\n");

        (await Cell(page, "proactive.rules.issued").InputValueAsync()).ShouldBe("3");
        (await Cell(page, "proactive.rules.repealed").InputValueAsync()).ShouldBe("1");
        (await Cell(page, "proactive.rules.inForce").InputValueAsync()).ShouldBe("20");
        (await Cell(page, "proactive.normativeDocuments.issued").InputValueAsync()).ShouldBe("5");
        (await Cell(page, "proactive.normativeDocuments.repealed").InputValueAsync()).ShouldBe("2");
        (await Cell(page, "proactive.normativeDocuments.inForce").InputValueAsync()).ShouldBe("34");

        // A block of 表三 rows including the 总计 column a spreadsheet adds up: the totals agree, so it is taken.
        await Cell(page, "applications.granted[0]").ClickAsync();
        await PasteAsync(page, "10\t1\t0\t0\t0\t0\t11\n8\t0\t0\t0\t0\t1\t9");
        (await Cell(page, "applications.granted[0]").InputValueAsync()).ShouldBe("10");
        (await Cell(page, "applications.granted[6]").InputValueAsync()).ShouldBe("11");
        (await Cell(page, "applications.partiallyGranted[5]").InputValueAsync()).ShouldBe("1");
        (await Cell(page, "applications.partiallyGranted[6]").InputValueAsync()).ShouldBe("9");
    }

    [Fact]
    public async Task A_paste_that_cannot_be_placed_is_refused_with_a_message_and_changes_nothing()
    {
        var page = await EditAsync("panzhou-2024.yaml");

        // 行政许可 has no cell to its right.
        await Cell(page, "proactive.licensing").ClickAsync();
        await PasteAsync(page, "1520\t386");
        (await Cell(page, "proactive.licensing").InputValueAsync()).ShouldBe("0");
        (await page.Locator("#notice").InnerTextAsync()).ShouldContain("未粘贴");
        (await page.Locator("#notice").IsVisibleAsync()).ShouldBeTrue();

        // A 总计 that does not add up is not taken either: nothing of the row is.
        await Cell(page, "applications.granted[0]").ClickAsync();
        await PasteAsync(page, "10\t1\t0\t0\t0\t0\t12");
        (await Cell(page, "applications.granted[0]").InputValueAsync()).ShouldBe("12");
        (await Cell(page, "applications.granted[1]").InputValueAsync()).ShouldBe("0");
        (await page.Locator("#notice").InnerTextAsync()).ShouldContain("总计");
    }

    [Fact]
    public async Task A_number_the_cell_cannot_read_exactly_is_an_error_on_that_cell_and_is_not_saved()
    {
        var page = await EditAsync("panzhou-2024.yaml");
        var before = File.ReadAllText(Folder.File("panzhou-2024.yaml"));

        // A Chinese keyboard's full stop, committed by the input method.
        await Cell(page, "proactive.feesTenThousandYuan").ClickAsync();
        await page.Keyboard.InsertTextAsync("12。5");
        (await Cell(page, "proactive.feesTenThousandYuan").InputValueAsync()).ShouldBe("12。5");
        await page.Locator("td.has-error input[data-key='proactive.feesTenThousandYuan']").WaitForAsync();
        (await page.Locator("#cell-tip").InnerTextAsync()).ShouldContain("12。5");

        await Cell(page, "applications.granted[1]").ClickAsync();
        await page.Keyboard.TypeAsync("3e2");
        (await Cell(page, "applications.granted[1]").InputValueAsync()).ShouldBe("3e2");
        await page.Locator("td.has-error input[data-key='applications.granted[1]']").WaitForAsync();

        await page.Keyboard.PressAsync("Control+s");
        await page.Locator("#notice.error").WaitForAsync();
        (await page.Locator("#notice").InnerTextAsync()).ShouldContain("未保存");
        File.ReadAllText(Folder.File("panzhou-2024.yaml")).ShouldBe(before);

        // Full-width digits and point are read exactly; so is 1,234.
        await Cell(page, "proactive.feesTenThousandYuan").ClickAsync();
        await page.Keyboard.InsertTextAsync("１２．５");
        await Cell(page, "applications.granted[1]").ClickAsync();
        await page.Keyboard.InsertTextAsync("0");
        await Cell(page, "proactive.punishment").ClickAsync();
        await page.Keyboard.InsertTextAsync("1,234");
        await page.Keyboard.PressAsync("Control+s");
        await page.Locator("#notice", new PageLocatorOptions { HasText = "已保存" }).WaitForAsync();
        var saved = GovReport.Load(Folder.File("panzhou-2024.yaml")).Report!;
        saved.Proactive.FeesTenThousandYuan.ShouldBe(12.5m);
        saved.Proactive.Punishment.ShouldBe(1234);
    }

    [Fact]
    public async Task A_new_report_leaves_the_cells_blank_and_a_half_filled_table_saves_as_a_draft_that_reopens_blank()
    {
        var page = await OpenAsync("");
        await page.GetByLabel("机关全称").FillAsync("某某县市场监督管理局");
        await page.GetByLabel("报告年度").FillAsync("2025");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "新建并打开" }).ClickAsync();
        await EditorReadyAsync(page);

        (await Cell(page, "applications.newlyReceived[0]").InputValueAsync()).ShouldBeEmpty();
        (await Cell(page, "applications.newlyReceived[6]").InputValueAsync()).ShouldBeEmpty();
        (await Cell(page, "proactive.licensing").InputValueAsync()).ShouldBeEmpty();
        (await page.Locator("#findings").InnerTextAsync()).ShouldContain("R1");

        await Cell(page, "applications.newlyReceived[0]").ClickAsync();
        await page.Keyboard.TypeAsync("5");
        await page.Keyboard.PressAsync("Control+s");
        await page.Locator("#notice", new PageLocatorOptions { HasText = "已保存" }).WaitForAsync();

        var file = Folder.File("某某县市场监督管理局-2025.yaml");
        var document = GovReport.Load(file);
        document.Diagnostics.ShouldContain(d => d.Rule == "R1");
        document.CanRender.ShouldBeFalse();

        await page.ReloadAsync();
        await EditorReadyAsync(page);
        (await Cell(page, "applications.newlyReceived[0]").InputValueAsync()).ShouldBe("5");
        (await Cell(page, "applications.newlyReceived[1]").InputValueAsync()).ShouldBeEmpty();
        (await Cell(page, "applications.newlyReceived[6]").InputValueAsync()).ShouldBeEmpty();
        (await Cell(page, "proactive.licensing").InputValueAsync()).ShouldBeEmpty();
    }
}
