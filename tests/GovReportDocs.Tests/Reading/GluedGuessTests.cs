using GovReportDocs;
using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Reading;
using GovReportDocs.Reading.Lines;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>
/// A row of glued numbers that its own rules split more than one way is read as the likeliest split; the rest of the
/// report settles it where it can (表三's column rules, 表二's numbers quoted in the text), and what is left is told
/// as one R1 warning at the row's line.
/// </summary>
public class GluedGuessTests
{
    private static readonly IReadOnlyList<Datum> Normative =
        [new ProactiveDatum(ProactiveItem.NormativeIssued), new ProactiveDatum(ProactiveItem.NormativeRepealed), new ProactiveDatum(ProactiveItem.NormativeInForce)];

    private static List<string> Guesses(PublishedCheck check) =>
        check.Diagnostics.Where(d => d.Message.Contains("连在一起", StringComparison.Ordinal)).Select(d => $"{d.Source!.Line} {d.SeverityText} {d.Rule} {d.Message}").ToList();

    [Fact]
    public void Glued_numbers_their_row_splits_one_way_only_are_no_guess()
    {
        // 80|1|8 would leave fewer documents in force than were issued: only 8|0|18 is left.
        var row = GluedNumbers.Read(["8018"], Normative)!;

        row.Pieces.ShouldBe(["8", "0", "18"]);
        row.IsGuess.ShouldBeFalse();
    }

    [Fact]
    public void Glued_numbers_their_row_splits_more_ways_are_read_as_the_likeliest_and_kept_as_a_guess()
    {
        // 11 平潭 2025 printed 表二 行政规范性文件 as 5845546 (58|45|546 on the page).
        var row = GluedNumbers.Read(["5845546"], Normative)!;

        row.Pieces.ShouldBe(["58", "45", "546"]);
        row.IsGuess.ShouldBeTrue();
        row.Splits.Select(s => string.Join("|", s)).ShouldContain("5|84|5546");
        row.GuessNote.ShouldBe("表二“行政规范性文件”行的数字“5845546”连在一起，按58、45、546读出，请核对原报告");
    }

    [Fact]
    public void A_guess_nothing_in_the_report_settles_is_one_warning_at_the_rows_line()
    {
        // 11 平潭 2025: the text quotes no count of 行政规范性文件, and 表二 has no rule across its rows.
        var check = GovReport.CheckPublished(RepoPaths.Corpus("11-pingtan-2025-crawltext.txt"));

        Guesses(check).ShouldBe(["10 警告 R1 表二“行政规范性文件”行的数字“5845546”连在一起，按58、45、546读出，请核对原报告"]);
        (check.Published!.Sheet[ProactiveItem.NormativeIssued], check.Published.Sheet[ProactiveItem.NormativeRepealed], check.Published.Sheet[ProactiveItem.NormativeInForce])
            .ShouldBe((58m, 45m, 546m));
    }

    [Fact]
    public void Import_writes_a_guess_as_read_and_says_so()
    {
        var imported = GovReport.Import(PublishedReportReader.Read(RepoPaths.Corpus("11-pingtan-2025-crawltext.txt")));

        imported.Report.Proactive.NormativeDocuments.ShouldBe(new DocumentCounts(58, 45, 546));
        imported.Notes.Where(d => d.Rule == RuleIds.R1).Select(d => $"{d.Source!.Line} {d.SeverityText} {d.Rule} {d.Message}")
            .ShouldBe([
                "10 警告 R1 表二“行政规范性文件”行的数字“5845546”连在一起，按58、45、546读出，请核对原报告",
                "10 警告 R1 表二“行政事业性收费”原报告印作4166.241619万元，输入文件最多4位小数，已按4166.2416万元写入，请核对",
            ]);
    }

    [Fact]
    public void A_guess_the_text_settles_is_no_warning()
    {
        // 13 平潭 2022 prints 8855698 and says 现行有效行政规范性文件698件 and 制发的规范性文件88件: only 88|55|698 has both.
        var check = GovReport.CheckPublished(RepoPaths.Corpus("13-pingtan-2022-crawltext.txt"));

        Guesses(check).ShouldBeEmpty();
        check.Published!.Sheet[ProactiveItem.NormativeRepealed].ShouldBe(55m);
    }

    [Fact]
    public void A_guess_the_text_settles_only_in_part_stays_a_guess()
    {
        // 02 平潭 2024 prints 6233440 and says 制发行政规范性文件62件: 62|33|440 and 62|3|3440 are both left.
        var check = GovReport.CheckPublished(RepoPaths.Corpus("02-pingtan-2024-crawltext.txt"));

        Guesses(check).ShouldBe(["10 警告 R1 表二“行政规范性文件”行的数字“6233440”连在一起，按62、33、440读出，请核对原报告"]);
    }

    [Fact]
    public void Guesses_of_table_3_are_settled_by_its_column_rules_even_against_the_likelier_split()
    {
        // 12 金井 2025 prints 新收 and （七）总计 as 110000011: 11|0 or 1|10. Here its result rows are made to give
        // 自然人 1 and 商业企业 10, so R2 and R3 leave only 1|10, the split the row alone finds less likely.
        var text = File.ReadAllText(RepoPaths.Corpus("12-pingtan-jinjing-2025-crawltext.txt"))
            .Replace("不计其他情形） 3000003", "不计其他情形） 0300003", StringComparison.Ordinal)
            .Replace("本机关不掌握相关政府信息 70000072.", "本机关不掌握相关政府信息 07000072.", StringComparison.Ordinal);

        var check = GovReport.CheckPublished(TestReader.ReadText(text, "jinjing.txt"));

        Guesses(check).ShouldBeEmpty();
        SeedReadingTests.Row(check.Published!, ApplicationRow.NewlyReceived).ShouldBe("1 10 0 0 0 0 11");
        SeedReadingTests.Row(check.Published!, ApplicationRow.ResultsTotal).ShouldBe("1 10 0 0 0 0 11");
        check.Diagnostics.ShouldNotContain(d => d.Rule == RuleIds.R2 || d.Rule == RuleIds.R3);
    }

    [Fact]
    public void Guesses_of_table_3_its_column_rules_cannot_settle_are_one_warning_a_row()
    {
        // 12 金井 2025 with every result in one row printed as 新收 and （七）总计 are: all three 11|0, or all 1|10.
        var text = File.ReadAllText(RepoPaths.Corpus("12-pingtan-jinjing-2025-crawltext.txt"))
            .Replace("（一）予以公开 0000000", "（一）予以公开 110000011", StringComparison.Ordinal)
            .Replace("不计其他情形） 3000003", "不计其他情形） 0000000", StringComparison.Ordinal)
            .Replace("本机关不掌握相关政府信息 70000072.", "本机关不掌握相关政府信息 00000002.", StringComparison.Ordinal)
            .Replace("不再处理其政府信息公开申请 10000012.", "不再处理其政府信息公开申请 00000002.", StringComparison.Ordinal);

        var check = GovReport.CheckPublished(TestReader.ReadText(text, "jinjing.txt"));

        Guesses(check).ShouldBe([
            "10 警告 R1 表三“一、本年新收政府信息公开申请数量”行的数字“110000011”连在一起，按11、0、0、0、0、0、11读出，请核对原报告",
            "10 警告 R1 表三“（一）予以公开”行的数字“110000011”连在一起，按11、0、0、0、0、0、11读出，请核对原报告",
            "10 警告 R1 表三“（七）总计”行的数字“110000011”连在一起，按11、0、0、0、0、0、11读出，请核对原报告",
        ]);
    }

    private static readonly IReadOnlyList<Datum> Rules =
        [new ProactiveDatum(ProactiveItem.RulesIssued), new ProactiveDatum(ProactiveItem.RulesRepealed), new ProactiveDatum(ProactiveItem.RulesInForce)];

    [Fact]
    public void Glued_numbers_two_splits_fit_equally_well_are_read_as_the_one_whose_numbers_grow_toward_the_row_end()
    {
        // 693665 as 规章: 6|93|665 and 69|3|665 keep 现行有效 above both and are alike in widths; 6|9|3665 is less even.
        var row = GluedNumbers.Read(["693665"], Rules)!;

        row.Pieces.ShouldBe(["6", "93", "665"]);
        row.IsGuess.ShouldBeTrue();
        row.Splits.Select(s => string.Join("|", s)).ShouldBe(["6|93|665", "69|3|665", "6|9|3665"]);
    }

    [Fact]
    public void An_ambiguous_glued_row_is_one_warning_with_the_likeliest_split_not_two_errors()
    {
        // 11 平潭 2025 with its 规章 row printed as 693665 (the text quotes no count of 规章).
        var text = File.ReadAllText(RepoPaths.Corpus("11-pingtan-2025-crawltext.txt"));
        var rules = System.Text.RegularExpressions.Regex.Match(text, @"规章(\d+)行政规范性文件");
        rules.Success.ShouldBeTrue();
        text = text.Replace(rules.Value, "规章693665行政规范性文件", StringComparison.Ordinal);

        var check = GovReport.CheckPublished(TestReader.ReadText(text, "pingtan.txt"));

        Guesses(check).ShouldContain("10 警告 R1 表二“规章”行的数字“693665”连在一起，按6、93、665读出，请核对原报告");
        check.Diagnostics.ShouldNotContain(d => d.Rule == RuleIds.R1 && d.Severity == Severity.Error);
        (check.Published!.Sheet[ProactiveItem.RulesIssued], check.Published.Sheet[ProactiveItem.RulesRepealed], check.Published.Sheet[ProactiveItem.RulesInForce])
            .ShouldBe((6m, 93m, 665m));
    }

    private static readonly IReadOnlyList<Datum> Table4 = [.. StatisticsSheet.AllData.OfType<ReviewDatum>()];

    [Fact]
    public void A_glued_run_of_one_table_4_group_that_splits_no_way_leaves_that_group_missing_not_the_table()
    {
        // 行政复议 printed apart, 复议后起诉 apart, 直接起诉 glued as 110111: six digits for five cells that no split
        // makes add up (11|0|1|1|1, 1|10|1|1|1 … all break its 总计, none likelier).
        var row = GluedNumbers.Read(["2", "1", "0", "0", "3", "110111", "0", "0", "0", "0", "0"], Table4)!;

        row.Values.ShouldBe([2, 1, 0, 0, 3, null, null, null, null, null, 0, 0, 0, 0, 0]);
        row.Unsplit.ShouldBe("110111");
    }

    [Fact]
    public void A_table_4_group_that_splits_no_way_is_one_R1_finding_and_the_other_groups_are_read()
    {
        // 12 金井 2025 prints 表四 as 000000000000000; here its 行政复议 is printed apart and 直接起诉 glued as 110111.
        var text = File.ReadAllText(RepoPaths.Corpus("12-pingtan-jinjing-2025-crawltext.txt"))
            .Replace("总计 000000000000000五、", "总计 2 1 0 0 3 110111 0 0 0 0 0五、", StringComparison.Ordinal);

        var check = GovReport.CheckPublished(TestReader.ReadText(text, "jinjing.txt"));

        StatisticsSheet.AllData.OfType<ReviewDatum>().Select(d => check.Published!.Sheet[d])
            .ShouldBe([2, 1, 0, 0, 3, null, null, null, null, null, 0, 0, 0, 0, 0]);
        check.Diagnostics.ShouldContain(d => d.Rule == RuleIds.R1 && d.Message == "数字“110111”粘连在一起，无法确定各单元格的分界，此行未读取，请核对原表");
    }
}
