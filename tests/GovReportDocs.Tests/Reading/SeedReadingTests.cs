using System.Globalization;
using GovReportDocs;
using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Reading;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>The real published reports of shared/seeds, copied beside these tests.</summary>
public class SeedReadingTests
{
    public static string Seed(string prefix) => Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "GovReportDocs.Tests", "Reading", "Data"), prefix + "_*.txt").Single();

    private static PublishedReport Read(string prefix) => PublishedReportReader.Read(Seed(prefix));

    /// <summary>A 表三 row as printed: the six columns and 总计, `_` for a missing cell.</summary>
    public static string Row(PublishedReport report, ApplicationRow row) =>
        string.Join(" ", ApplicantColumns.All.Select(c => report.Sheet[row, c]?.ToString(CultureInfo.InvariantCulture) ?? "_"));

    [Fact]
    public void Seed_001_every_printed_number_lands_in_its_cell()
    {
        var report = Read("001");
        report.Report.Agency.ShouldBe("盘州市人民政府");
        report.Report.Year.ShouldBe(2024);
        report.Lines.Count.ShouldBe(StatisticsSheet.AllData.Length);
        report.Sheet[ProactiveItem.NormativeIssued].ShouldBe(4);
        report.Sheet[ProactiveItem.NormativeRepealed].ShouldBe(13);
        report.Sheet[ProactiveItem.NormativeInForce].ShouldBe(34);
        Row(report, ApplicationRow.NewlyReceived).ShouldBe("33 0 0 0 0 0 33");
        Row(report, ApplicationRow.CarriedOver).ShouldBe("4 0 0 0 0 0 0");
        Row(report, ApplicationRow.Granted).ShouldBe("12 0 0 0 0 0 12");
        Row(report, ApplicationRow.PartiallyGranted).ShouldBe("11 0 0 0 0 0 11");
        Row(report, ApplicationRow.UnableNotHeld).ShouldBe("9 0 0 0 0 0 9");
        Row(report, ApplicationRow.OtherOther).ShouldBe("2 0 0 0 0 0 2");
        Row(report, ApplicationRow.ResultsTotal).ShouldBe("34 0 0 0 0 0 34");
        Row(report, ApplicationRow.CarriedForward).ShouldBe("3 0 0 0 0 0 3");
        StatisticsSheet.AllData.OfType<ReviewDatum>().Select(d => report.Sheet[d]).ShouldBe([2, 0, 1, 0, 3, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2]);
        report.Lines[new ApplicationDatum(ApplicationRow.CarriedOver, ApplicantColumn.Total)].ShouldBe(79);
    }

    [Fact]
    public void Seed_001_reports_its_wrong_row_total_and_the_column_it_unbalances()
    {
        var result = GovReport.CheckPublished(Read("001"));
        result.Errors().Select(d => d.ToString().Replace(Seed("001"), "001")).ShouldBe(
        [
            "001:260:1 错误 R2 表三 总计列 第一项加第二项之和应等于第三项（七）总计加第四项之和：一+二为33，三（七）+四为37",
            "001:79:1 错误 R4 表三 第二行“上年结转” 总计列应为4（各申请人类别之和），实际为0",
        ], ignoreOrder: true);
        // R11: part 一's （五）监督保障 says nothing of 考核、评议、责任追究, as a 人民政府's report should.
        result.Warnings().Select(d => d.Rule).ShouldBe(["R8", "R9", "R11"], ignoreOrder: true);
        result.Diagnostics.Single(d => d.Rule == RuleIds.R11).Source!.Line.ShouldBe(2, "一、总体情况, the part it is about");
        result.Diagnostics.Single(d => d.Rule == RuleIds.R9).Message
            .ShouldBe("第四部分标题应为“四、政府信息公开行政复议、行政诉讼情况”，实际为“四、政府信息公开行政复议和行政诉讼情况”");
    }

    [Theory]
    [InlineData("000", "芒市勐戛镇人民政府", 2024)]
    [InlineData("002", "寺下镇", 2024)]
    [InlineData("004", "黎坝镇", 2025)]
    public void Seeds_000_002_004_read_whole_and_break_no_table_rule(string prefix, string agency, int year)
    {
        var report = Read(prefix);
        (report.Report.Agency, report.Report.Year).ShouldBe((agency, year));
        report.Lines.Count.ShouldBe(StatisticsSheet.AllData.Length);
        StatisticsSheet.AllData.ShouldAllBe(d => report.Sheet[d] != null);
        var rules = GovReport.CheckPublished(report).Errors().Select(d => d.Rule).ToList();
        rules.ShouldNotContain(RuleIds.R1);
        rules.ShouldNotContain(RuleIds.R2);
        rules.ShouldNotContain(RuleIds.R3);
        rules.ShouldNotContain(RuleIds.R4);
        rules.ShouldNotContain(RuleIds.R5);
    }

    [Fact]
    public void Seed_002_tab_indented_cells_and_words_wrapped_inside_cells_are_read()
    {
        var report = Read("002");
        Row(report, ApplicationRow.NewlyReceived).ShouldBe("1 0 0 0 0 0 1");
        Row(report, ApplicationRow.ResultsTotal).ShouldBe("1 0 0 0 0 0 1");
        GovReport.CheckPublished(report).Warnings().Single().Message.ShouldBe("第一部分标题应为“一、总体情况”，实际为“1、 总体情况”");
    }

    [Fact]
    public void Seed_003_in_traditional_characters_reports_its_three_missing_tables()
    {
        var report = Read("003");
        report.Report.Agency.ShouldBe("清城区源潭镇人民政府");
        report.Report.Year.ShouldBe(2023);
        report.Structure.Parts.Select(p => p.Number).ShouldBe([1, 2, 3, 4, 5, 6]);
        report.Structure.Parts.ShouldAllBe(p => p.IsVerbatim);
        // Its part 五 lists problems only (R14, tested with the other reviewer rules).
        var errors = GovReport.CheckPublished(report).Errors().Where(d => d.Rule != RuleIds.R14).ToList();
        errors.Select(d => d.Message).ShouldBe(
        [
            "缺少表二（二、主动公开政府信息情况的统计表）",
            "缺少表三（三、收到和处理政府信息公开申请情况的统计表）",
            "缺少表四（四、政府信息公开行政复议、行政诉讼情况的统计表）",
        ]);
        errors.ShouldAllBe(d => d.Rule == RuleIds.R9);
    }

    [Fact]
    public void A_fee_statement_in_traditional_characters_satisfies_R8()
    {
        var text = File.ReadAllText(Seed("003")).Replace("六、其他需要報告的事項\n", "六、其他需要報告的事項\n本年度未收取信息處理費。\n");
        var report = TestReader.ReadText(text, "003.txt");
        GovReport.CheckPublished(report).Diagnostics.ShouldNotContain(d => d.Rule == RuleIds.R8);
        GovReport.CheckPublished(Read("003")).Diagnostics.ShouldContain(d => d.Rule == RuleIds.R8 && d.Severity == Severity.Warning);
    }

    [Fact]
    public void The_blank_template_reads_as_a_2021_skeleton_with_every_cell_missing()
    {
        var report = PublishedReportReader.Read(Path.Combine(RepoPaths.Root, "tests", "GovReportDocs.Tests", "Reading", "Data", "blank-template-as-circulated.docx"));
        report.Structure.TablesFound.ShouldBe(ReportTables.All);
        report.Structure.OldFormatSigns.ShouldBeEmpty();
        StatisticsSheet.AllData.ShouldAllBe(d => report.Sheet[d] == null);
        var r1 = GovReport.CheckPublished(report).Diagnostics.Where(d => d.Rule == RuleIds.R1).ToList();
        // One finding per empty table, not one per cell.
        r1.Select(d => d.Message).ShouldBe(ReportTables.All.Select(t =>
            $"{t.Name}的{t.DatumCells.Count()}项数值全部缺失：应填写数字，没有的填0，空白、“/”、“-”、“—”不视为0"));
        r1.ShouldAllBe(d => d.Severity == Severity.Error);
    }

    [Fact]
    public void The_2019_format_is_recognised()
    {
        var text = File.ReadAllText(Seed("000")).Replace("本年制发件数", "本年新制作数量").Replace("第二十条第(八)项", "第二十条第(九)项");
        var report = TestReader.ReadText(text, "old.txt");
        var findings = GovReport.CheckPublished(report).Diagnostics.Where(d => d.Rule == RuleIds.R9 && d.Severity == Severity.Error).ToList();
        findings.Select(d => d.Message).ShouldContain("表格使用了已废止的2019年试行格式（出现“本年新制作数量”），应改用国办公开办函〔2021〕30号格式");
        findings.Select(d => d.Message).ShouldContain(m => m.Contains("第二十条第(九)项"));
    }

    [Fact]
    public void Blank_slash_and_dash_cells_are_missing_not_zero()
    {
        var html = """
            <html><body><p>某县某局2024年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p>
            <table>
              <tr><td colspan="4">第二十条第（一）项</td></tr>
              <tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
              <tr><td>规章</td><td>/</td><td></td><td>-</td></tr>
              <tr><td>行政规范性文件</td><td>２</td><td>1</td><td>　５　</td></tr>
            </table></body></html>
            """;
        var report = TestReader.ReadHtml(html, "x.html");
        report.Sheet[ProactiveItem.RulesIssued].ShouldBeNull();
        report.Sheet[ProactiveItem.RulesRepealed].ShouldBeNull();
        report.Sheet[ProactiveItem.RulesInForce].ShouldBeNull();
        report.Sheet[ProactiveItem.NormativeIssued].ShouldBe(2);
        report.Sheet[ProactiveItem.NormativeInForce].ShouldBe(5);
        (report.Report.Agency, report.Report.Year).ShouldBe(("某县某局", 2024));
    }

    [Fact]
    public void Labels_with_spaces_half_width_brackets_and_traditional_characters_still_match()
    {
        var text = File.ReadAllText(Seed("001"))
            .Replace("第二十条第(一)项", "第二十条  第(一)项")
            .Replace("一、本年新收政府信息公开申请数量", "一、本年新收政府信息公開申請數量")
            .Replace("(一)予以公开", "（一）予以 公开");
        var report = TestReader.ReadText(text, "x.txt");
        report.Lines.Count.ShouldBe(StatisticsSheet.AllData.Length);
        Row(report, ApplicationRow.NewlyReceived).ShouldBe("33 0 0 0 0 0 33");
        Row(report, ApplicationRow.Granted).ShouldBe("12 0 0 0 0 0 12");
    }

    [Fact]
    public void Cross_year_checks_use_last_years_report()
    {
        var thisYear = Read("001");
        var lastYear = TestReader.ReadText(File.ReadAllText(Seed("001"))
            .Replace("2024", "2023")
            .Replace("四、结转下年度继续办理 |\n3 |", "四、结转下年度继续办理 |\n5 |"), "2023.txt");
        var findings = GovReport.CheckPublished(thisYear, PreviousYear.FromPublished(lastYear)).Diagnostics.Where(d => d.Rule is "R6" or "R15").ToList();
        findings.Select(d => d.Message).ShouldContain("表三 第二行“上年结转” 自然人列应为5（上年报告第四行“结转下年度”），实际为4");
        findings.ShouldContain(d => d.Rule == "R15" && d.Message.StartsWith("全文（格式和模板的固定文字除外）与上年报告重复100 %"));
    }
}
