using Microsoft.Playwright;

namespace GovReportDocs.Tests.Web;

/// <summary>
/// What a clerk met filling the forms in a real browser, from habits of the office's spreadsheet: a second click into a
/// cell, a row copied with its name and its 总计, a changed 报告年度, Esc in the PDF preview. None of them may put a
/// number in the report other than the one meant without a word.
/// </summary>
[Trait("Requires", "debian")]
[Collection(BrowserTestsRunAlone.Name)]
public sealed class EditorHabitsBrowserTests : BrowserSession
{
    [Fact]
    public async Task A_second_click_into_a_cell_not_typed_in_still_selects_its_number_in_every_table()
    {
        var page = await EditAsync("panzhou-2024.yaml");
        var keys = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('table[data-table] input[data-grid]:not([readonly])')].map(i => i.dataset.key)");
        var tables = await page.EvaluateAsync<string[]>(
            "() => [...new Set([...document.querySelectorAll('table[data-table] input[data-grid]:not([readonly])')].map(i => i.closest('table').dataset.table))]");
        tables.ShouldBe(["表二", "表三", "表四"]);
        keys.Length.ShouldBeGreaterThan(150);

        // Clicked, clicked again a moment later to be sure, then typed: the typed number replaces the cell's.
        foreach (var key in keys)
        {
            await Cell(page, key).FillAsync("12");
            await page.Locator("#title").ClickAsync();
            await Cell(page, key).ClickAsync();
            await Cell(page, key).ClickAsync();
            await page.Keyboard.TypeAsync("5");
            (await Cell(page, key).InputValueAsync()).ShouldBe("5", key);
        }
    }

    [Fact]
    public async Task Once_typed_in_or_on_a_double_click_or_F2_a_click_edits_within_the_number()
    {
        var page = await EditAsync("panzhou-2024.yaml");
        var cell = Cell(page, "proactive.rules.inForce");

        // Typed in since it got focus: a click places the caret.
        await cell.ClickAsync();
        await page.Keyboard.TypeAsync("12");
        await cell.ClickAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync("5");
        (await cell.InputValueAsync()).ShouldBe("125");

        // A double-click: the caret at the end, as F2 in a spreadsheet.
        await page.Locator("#title").ClickAsync();
        await cell.DblClickAsync();
        await page.Keyboard.TypeAsync("0");
        (await cell.InputValueAsync()).ShouldBe("1250");

        // F2, then ← and a character: edited within; a click after that does not select the whole number again.
        await page.Locator("#title").ClickAsync();
        await cell.ClickAsync();
        await page.Keyboard.PressAsync("F2");
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.TypeAsync("9");
        (await cell.InputValueAsync()).ShouldBe("12590");
        await cell.ClickAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.PressAsync("Backspace");
        (await cell.InputValueAsync()).ShouldBe("1259");

        // Left and entered again: a click selects once more.
        await page.Keyboard.PressAsync("Tab");
        await cell.ClickAsync();
        await page.Keyboard.TypeAsync("3");
        (await cell.InputValueAsync()).ShouldBe("3");
    }

    [Fact]
    public async Task A_row_copied_with_its_name_and_its_total_is_placed_and_the_clerk_is_told()
    {
        var page = await EditAsync("panzhou-2024.yaml");

        await Cell(page, "applications.granted[0]").ClickAsync();
        await PasteAsync(page, "（一）予以公开\t10\t1\t0\t0\t0\t0\t11\r\n");
        string[] expected = ["10", "1", "0", "0", "0", "0", "11"];
        for (var column = 0; column < expected.Length; column++)
        {
            (await Cell(page, $"applications.granted[{column}]").InputValueAsync()).ShouldBe(expected[column], $"column {column}");
        }

        var notice = await page.Locator("#notice.ok").InnerTextAsync();
        notice.ShouldContain("行名“（一）予以公开”未填入表格");
        notice.ShouldContain("1个总计与各项之和相符");

        // The clerk's own sheet writes the name its own way: half-width brackets, no number, a space; several rows.
        await Cell(page, "proactive.rules.issued").ClickAsync();
        await PasteAsync(page, "规章\t3\t1\t20\n行政规范性文件 \t5\t2\t34\n");
        (await Cell(page, "proactive.rules.issued").InputValueAsync()).ShouldBe("3");
        (await Cell(page, "proactive.rules.inForce").InputValueAsync()).ShouldBe("20");
        (await Cell(page, "proactive.normativeDocuments.issued").InputValueAsync()).ShouldBe("5");
        (await Cell(page, "proactive.normativeDocuments.inForce").InputValueAsync()).ShouldBe("34");
        (await page.Locator("#notice.ok").InnerTextAsync()).ShouldContain("行名“规章”、“行政规范性文件”未填入表格");

        await Cell(page, "applications.partiallyGranted[0]").ClickAsync();
        await PasteAsync(page, "(二)部分公开\t2\t0\t0\t0\t0\t1\t3");
        (await Cell(page, "applications.partiallyGranted[5]").InputValueAsync()).ShouldBe("1");
        (await Cell(page, "applications.partiallyGranted[6]").InputValueAsync()).ShouldBe("3");

        // A name merged across three cells of the sheet comes with two blanks after it.
        await Cell(page, "applications.newlyReceived[0]").ClickAsync();
        await PasteAsync(page, "一、本年新收政府信息公开申请数量\t\t\t30\t2\t0\t0\t1\t0\t33");
        (await Cell(page, "applications.newlyReceived[0]").InputValueAsync()).ShouldBe("30");
        (await Cell(page, "applications.newlyReceived[6]").InputValueAsync()).ShouldBe("33");
    }

    /// <summary>表四's 15 cells in the order of its columns: 行政复议, then 行政诉讼 未经复议直接起诉, 复议后起诉; each group ends in its 总计.</summary>
    private static readonly string[] Table4Keys =
        [.. new[] { "review", "litigationDirect", "litigationAfterReview" }
            .SelectMany(g => new[] { "upheld", "corrected", "other", "pending", "total" }.Select(o => $"reviewAndLitigation.{g}.{o}"))];

    [Fact]
    public async Task A_table_4_row_copied_with_its_name_and_its_three_totals_is_placed_and_the_clerk_is_told()
    {
        var page = await EditAsync("panzhou-2024.yaml");
        string[] expected = ["1", "2", "0", "1", "4", "0", "1", "0", "1", "2", "0", "0", "1", "0", "1"];

        // The office's sheet names the row by the table's title (its number in front), as 表三's rows by theirs.
        await Cell(page, Table4Keys[0]).ClickAsync();
        await PasteAsync(page, "四、政府信息公开行政复议、行政诉讼情况\t" + string.Join("\t", expected) + "\r\n");
        for (var column = 0; column < expected.Length; column++)
        {
            (await Cell(page, Table4Keys[column]).InputValueAsync()).ShouldBe(expected[column], Table4Keys[column]);
        }

        var notice = await page.Locator("#notice.ok").InnerTextAsync();
        notice.ShouldContain("行名“四、政府信息公开行政复议、行政诉讼情况”未填入表格");
        notice.ShouldContain("3个总计与各项之和相符");

        // Named by the table's short name, the numbers only from 行政诉讼 on: placed from the cell pasted into.
        await Cell(page, Table4Keys[5]).ClickAsync();
        await PasteAsync(page, "表四\t3\t0\t0\t0\t3\t0\t0\t0\t0\t0");
        (await Cell(page, Table4Keys[5]).InputValueAsync()).ShouldBe("3");
        (await Cell(page, Table4Keys[9]).InputValueAsync()).ShouldBe("3");
        (await Cell(page, Table4Keys[14]).InputValueAsync()).ShouldBe("0");
        (await page.Locator("#notice.ok").InnerTextAsync()).ShouldContain("2个总计与各项之和相符");
    }

    [Fact]
    public async Task A_table_4_row_whose_total_or_name_is_wrong_is_refused_naming_both_numbers()
    {
        var page = await EditAsync("panzhou-2024.yaml");
        var before = new List<string>();
        foreach (var key in Table4Keys)
        {
            before.Add(await Cell(page, key).InputValueAsync());
        }

        var notice = page.Locator("#notice.error");

        // 复议后起诉's 总计 does not add up: both numbers are named, nothing is taken, not even the groups that add up.
        await Cell(page, Table4Keys[0]).ClickAsync();
        await PasteAsync(page, "1\t2\t0\t1\t4\t0\t1\t0\t1\t2\t0\t0\t1\t0\t5");
        await notice.WaitForAsync();
        (await notice.InnerTextAsync()).ShouldContain("复议后起诉");
        (await notice.InnerTextAsync()).ShouldContain("为5，而粘贴的各项之和为1");
        for (var column = 0; column < Table4Keys.Length; column++)
        {
            (await Cell(page, Table4Keys[column]).InputValueAsync()).ShouldBe(before[column], Table4Keys[column]);
        }

        // Another table's row name, and one number too many.
        await Cell(page, Table4Keys[0]).ClickAsync();
        await PasteAsync(page, "规章\t1\t2\t0\t1\t4");
        (await notice.InnerTextAsync()).ShouldContain("“规章”不是数字，也不是此行的名称（“表四”“政府信息公开行政复议、行政诉讼情况”）");
        await Cell(page, Table4Keys[0]).ClickAsync();
        await PasteAsync(page, "表四\t" + string.Join("\t", Enumerable.Repeat("0", 16)));
        (await notice.InnerTextAsync()).ShouldContain("粘贴的这一行有16个数（不计行名“表四”），从");
        (await notice.InnerTextAsync()).ShouldContain("往右只有15格");
        (await Cell(page, Table4Keys[0]).InputValueAsync()).ShouldBe(before[0]);
    }

    [Fact]
    public async Task A_row_whose_name_or_total_is_wrong_is_refused_naming_what_was_expected()
    {
        var page = await EditAsync("panzhou-2024.yaml");
        var granted = await Cell(page, "applications.granted[0]").InputValueAsync();
        var notice = page.Locator("#notice.error");

        // The 总计 does not add up: the sum and the pasted total are both named, and nothing is taken.
        await Cell(page, "applications.granted[0]").ClickAsync();
        await PasteAsync(page, "（一）予以公开\t10\t1\t0\t0\t0\t0\t12");
        await notice.WaitForAsync();
        (await notice.InnerTextAsync()).ShouldContain("为12，而粘贴的各项之和为11");
        (await Cell(page, "applications.granted[0]").InputValueAsync()).ShouldBe(granted);

        // Another row's name.
        await Cell(page, "applications.granted[0]").ClickAsync();
        await PasteAsync(page, "规章\t10\t1\t0\t0\t0\t0");
        (await notice.InnerTextAsync()).ShouldContain("“规章”不是数字，也不是此行的名称（“三、本年度办理结果”“（一）予以公开”）");
        (await Cell(page, "applications.granted[0]").InputValueAsync()).ShouldBe(granted);

        // Too many numbers: counted without the name.
        await Cell(page, "applications.granted[0]").ClickAsync();
        await PasteAsync(page, "（一）予以公开\t1\t2\t3\t4\t5\t6\t21\t9");
        (await notice.InnerTextAsync()).ShouldContain("粘贴的这一行有8个数（不计行名“（一）予以公开”），从");
        (await notice.InnerTextAsync()).ShouldContain("往右只有7格");
    }

    [Fact]
    public async Task Ctrl_Z_undoes_the_paste_or_the_focused_cells_change_never_a_number_in_another_cell()
    {
        var page = await EditAsync("panzhou-2024.yaml");
        await Cell(page, "proactive.punishment").ClickAsync();
        await page.Keyboard.TypeAsync("77");

        // The browser's own undo took the 7 typed in 行政处罚, out of sight, and left the paste.
        await Cell(page, "applications.granted[0]").ClickAsync();
        var granted = await Cell(page, "applications.granted[0]").InputValueAsync();
        await PasteAsync(page, "10\t1\t0\t0\t0\t0");
        await page.Keyboard.PressAsync("Control+z");
        (await Cell(page, "proactive.punishment").InputValueAsync()).ShouldBe("77");
        (await Cell(page, "applications.granted[0]").InputValueAsync()).ShouldBe(granted);
        (await Cell(page, "applications.granted[1]").InputValueAsync()).ShouldBe("0");

        // Typed, then undone: the number the cell had when it got focus; once more changes nothing else.
        await page.Keyboard.TypeAsync("9");
        await page.Keyboard.PressAsync("Control+z");
        (await Cell(page, "applications.granted[0]").InputValueAsync()).ShouldBe(granted);
        await page.Keyboard.PressAsync("Control+z");
        (await Cell(page, "applications.granted[0]").InputValueAsync()).ShouldBe(granted);
        (await Cell(page, "proactive.punishment").InputValueAsync()).ShouldBe("77");
    }

    [Fact]
    public async Task A_changed_report_year_shows_in_the_heading_at_once_and_names_the_download()
    {
        var page = await EditAsync("panzhou-2024.yaml");
        // Next year's dates: the 发布日期, and the 前言 (it names the year) left to the template.
        await Field(page, "publishDate").FillAsync("2026-01-20");
        await Field(page, "preamble").FillAsync("");
        await Field(page, "year").FillAsync("2025");
        await page.Locator("#title", new PageLocatorOptions { HasText = "2025" }).WaitForAsync();
        (await page.Locator("#title").InnerTextAsync()).ShouldBe("盘州市人民政府2025年政府信息公开工作年度报告");
        (await page.TitleAsync()).ShouldBe("* 盘州市人民政府2025年政府信息公开工作年度报告 · 编辑年度报告");

        await page.Keyboard.PressAsync("Control+s");
        await page.Locator("#notice", new PageLocatorOptions { HasText = "已保存" }).WaitForAsync();
        (await page.Locator("#notice").InnerTextAsync()).ShouldStartWith("已保存（");
        (await page.Locator("#notice").GetAttributeAsync("class")).ShouldBe("notice ok", await page.Locator("#notice").InnerTextAsync());
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-docx").ClickAsync());
        download.SuggestedFilename.ShouldBe("盘州市人民政府2025年政府信息公开工作年度报告.docx");
    }

    [Fact]
    public async Task A_changed_report_year_carries_the_year_in_the_texts_with_a_notice_and_an_undo()
    {
        var page = await EditAsync("panzhou-2024.yaml");
        const string cited = "根据《关于做好2024年政府信息公开工作年度报告编制发布工作的通知》要求，现公布本机关";
        await Field(page, "preamble").FillAsync(cited + "2024年政府信息公开工作年度报告，所列数据的统计期限为2024年1月1日至2024年12月31日。");
        await Field(page, "year").FillAsync("2025");
        await page.Keyboard.PressAsync("Tab");

        // The texts that name the report year follow it; the cited notice keeps its year; the clerk is told where.
        var notice = page.Locator("#notice.ok", new PageLocatorOptions { HasText = "报告年度已改为2025年" });
        await notice.WaitForAsync();
        (await Field(page, "preamble").InputValueAsync()).ShouldBe(
            cited + "2025年政府信息公开工作年度报告，所列数据的统计期限为2025年1月1日至2025年12月31日。");
        (await Field(page, "overview.introduction").InputValueAsync()).ShouldStartWith("2025年，市政府办公室");
        var said = await notice.InnerTextAsync();
        said.ShouldContain("正文中的“2024年”已改为“2025年”");
        said.ShouldContain("前言3处");
        said.ShouldContain("总体情况（概述）1处");
        said.ShouldContain("《》中的文件名未改");
        await CheckedAsync(page);
        (await page.Locator("#findings").InnerTextAsync()).ShouldNotContain("统计期限应为");

        // Undone: the texts as they were, the year stays; the findings then name the text and what to change.
        await page.Locator("#notice-undo").ClickAsync();
        (await Field(page, "preamble").InputValueAsync()).ShouldContain("统计期限为2024年1月1日至2024年12月31日");
        (await Field(page, "overview.introduction").InputValueAsync()).ShouldStartWith("2024年，市政府办公室");
        (await Field(page, "year").InputValueAsync()).ShouldBe("2025");
        await page.Locator("#findings", new PageLocatorOptions { HasText = "前言中的统计期限应为2025年1月1日至2025年12月31日" }).WaitForAsync();
        (await page.Locator("#notice-undo").IsVisibleAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task Esc_closes_the_preview_even_from_inside_the_pdf_and_focus_returns_to_the_button()
    {
        var page = await EditAsync("panzhou-2024.yaml");
        await page.Locator("#preview").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        (await page.Locator("#preview-dialog").IsVisibleAsync()).ShouldBeTrue();

        // The clerk clicks into the PDF (to scroll it) and then presses Esc.
        await page.Locator("#preview-frame").ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("#preview-dialog").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("preview");
    }
}
