using GovReportDocs.Files;
using GovReportDocs;
using System.Text.Json;
using GovReportDocs.Input;
using GovReportDocs.Model;
using GovReportDocs.Tests.Reading;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Cli;

public class CheckImportCommandTests
{
    private static string DataFolder => Path.Combine(RepoPaths.Root, "tests", "GovReportDocs.Tests", "Reading", "Data");

    [Fact]
    public void Check_a_clean_report_exits_0_and_a_broken_one_1()
    {
        var clean = CliRunner.Run("check", SeedReadingTests.Seed("000"));
        clean.ExitCode.ShouldBe(0, clean.Out);
        clean.Out.ShouldContain("芒市勐戛镇人民政府");
        var broken = CliRunner.Run("check", SeedReadingTests.Seed("001"));
        broken.ExitCode.ShouldBe(1);
        broken.Out.ShouldContain("错误 R4 表三 第二行“上年结转” 总计列应为4（各申请人类别之和），实际为0");
    }

    [Fact]
    public void Check_a_directory_prints_a_summary_table()
    {
        var result = CliRunner.Run("check", DataFolder);
        result.ExitCode.ShouldBe(1);
        foreach (var agency in new[] { "芒市勐戛镇人民政府", "盘州市人民政府", "寺下镇", "清城区源潭镇人民政府", "黎坝镇" })
        {
            result.Out.ShouldContain(agency);
        }

        result.Out.ShouldContain("检查6份报告：3份有错误，0份无法读取");
    }

    [Fact]
    public void Check_json_lists_each_file()
    {
        var result = CliRunner.Run("check", SeedReadingTests.Seed("001"), SeedReadingTests.Seed("000"), "--json");
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("schemaVersion").GetInt32().ShouldBe(1);
        json.RootElement.GetProperty("command").GetString().ShouldBe("check");
        var reports = json.RootElement.GetProperty("reports");
        reports.GetArrayLength().ShouldBe(2);
        reports[0].GetProperty("agency").GetString().ShouldBe("盘州市人民政府");
        reports[0].GetProperty("year").GetInt32().ShouldBe(2024);
        reports[0].GetProperty("errors").GetInt32().ShouldBe(2);
        reports[0].GetProperty("status").GetString().ShouldBe("errors");
        reports[1].GetProperty("errors").GetInt32().ShouldBe(0);
        json.RootElement.GetProperty("summary").GetProperty("withErrors").GetInt32().ShouldBe(1);
    }

    [Fact]
    public void Check_an_unreadable_file_exits_2()
    {
        using var dir = new TempDirectory();
        CliRunner.Run("check", dir.Write("x.docx", "not a zip")).ExitCode.ShouldBe(2);
        CliRunner.Run("check", dir.File("missing.txt")).ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Import_writes_an_input_file_that_validates()
    {
        using var dir = new TempDirectory();
        var output = dir.File("input.yaml");
        var result = CliRunner.Run("import", SeedReadingTests.Seed("000"), "-o", output);
        result.ExitCode.ShouldBe(0, result.Error);
        var load = GovReport.Load(output);
        // The published page prints no date, and part 五 is written only as comments, for the office to rewrite.
        load.Diagnostics.Select(d => (d.Rule, d.Field)).ShouldBe([("R13", "publishDate"), ("R14", "problems")]);
        load.Report!.Agency.ShouldBe("芒市勐戛镇人民政府");
        load.Report!.Kind.ShouldBe(AgencyKind.Township);
        File.ReadAllText(output).ShouldContain("# 原报告“五、存在的主要问题及改进情况”（供参考）：");
        CliRunner.Run("validate", output).ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Import_of_a_report_without_tables_warns_that_zeros_were_written_at_each_tables_part()
    {
        using var dir = new TempDirectory();
        var seed = SeedReadingTests.Seed("003");
        var result = CliRunner.Run("import", seed, "-o", dir.File("input.yaml"));
        result.ExitCode.ShouldBe(0);

        // Seed 003 prints the titles of 二, 三 and 四 on lines 27–29, each without its table.
        result.Error.Split(Environment.NewLine).Where(l => l.Contains(" R9 ")).ShouldBe([
            $"{seed}:27:1 警告 R9 原报告中没有表二，已按全部为0写入，请核对",
            $"{seed}:28:1 警告 R9 原报告中没有表三，已按全部为0写入，请核对",
            $"{seed}:29:1 警告 R9 原报告中没有表四，已按全部为0写入，请核对",
        ]);
    }

    [Fact]
    public void Import_of_a_report_cut_off_by_the_copy_tells_the_missing_numbers_as_check_does_at_their_line()
    {
        using var dir = new TempDirectory();
        var text = File.ReadAllText(RepoPaths.Corpus("14-pingtan-gaj-2024-crawltext.txt"));
        var cut = dir.Write("cut.txt", text[..text.IndexOf("（五）不予处理", StringComparison.Ordinal)]);
        var output = dir.File("input.yaml");

        var result = CliRunner.Run("import", cut, "-o", output);

        result.ExitCode.ShouldBe(0, result.Error);
        // What import took besides the numbers (date, contact, kind) is said as 提示: ImportDetailsTests.
        result.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Where(l => !l.Contains(" 提示 ", StringComparison.Ordinal)).ShouldBe([
            $"{cut}:10:1 警告 R1 表三在“3.补正后申请内容仍不明确”行之后中断：其后70项数值缺失，原报告可能不完整，已按0写入，请核对",
            $"{cut}:1:1 警告 R9 原报告中没有表四，已按全部为0写入，请核对",
            $"已写入 {output}（平潭综合实验区公安局2024年政府信息公开工作年度报告）：运行 govreport validate {output} 检查",
        ]);
    }

    [Fact]
    public void Import_says_which_glued_numbers_it_wrote_by_a_guess()
    {
        using var dir = new TempDirectory();
        var report = RepoPaths.Corpus("11-pingtan-2025-crawltext.txt");

        var result = CliRunner.Run("import", report, "-o", dir.File("input.yaml"));

        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)[0]
            .ShouldBe($"{report}:10:1 警告 R1 表二“行政规范性文件”行的数字“5845546”连在一起，按58、45、546读出，请核对原报告");
    }

    [Fact]
    public void Init_from_last_years_report_carries_the_year_the_carry_over_and_the_documents_in_force()
    {
        using var dir = new TempDirectory();
        var output = dir.File("2025/input.yaml");
        var result = CliRunner.Run("init", "--from", SeedReadingTests.Seed("001"), "-o", output);
        result.ExitCode.ShouldBe(0, result.Error);
        var load = GovReport.Load(output, new ReportOptions { Files = new FolderTreeResolver("/") });
        load.Diagnostics.ShouldNotContain(d => d.Rule == "INPUT");
        var report = load.Report!;
        (report.Agency, report.Year).ShouldBe(("盘州市人民政府", 2025));
        report.Applications.CarriedOver.ShouldBe(new ApplicantCounts(3, 0, 0, 0, 0, 0));
        report.Proactive.NormativeDocuments.ShouldBe(new DocumentCounts(0, 0, 34));
        report.PreviousYear!.ShouldEndWith("Reading/Data/" + Path.GetFileName(SeedReadingTests.Seed("001")));
        load.PreviousYear!.Report.Year.ShouldBe(2024);
        load.Diagnostics.ShouldNotContain(d => d.Rule == "R6");
    }

    [Fact]
    public void Init_from_an_input_file_works_the_same()
    {
        using var dir = new TempDirectory();
        var output = dir.File("next.yaml");
        CliRunner.Run("init", "--from", RepoPaths.Sample("panzhou-2024.yaml"), "-o", output).ExitCode.ShouldBe(0);
        var report = GovReport.Load(output).Report!;
        report.Year.ShouldBe(2025);
        report.Contact.Address.ShouldBe("盘州市凤鸣北路1号");
        report.Applications.CarriedOver.Total.ShouldBe(3);
    }

    [Fact]
    public void Check_import_and_init_from_take_markdown()
    {
        var markdown = RepoPaths.Corpus("16-pingtan-2023.md");
        using var dir = new TempDirectory();

        var check = CliRunner.Run("check", markdown);
        check.ExitCode.ShouldBe(0, check.Out + check.Error);
        check.Out.ShouldContain("16-pingtan-2023.md");
        check.Out.ShouldContain("平潭综合实验区");

        var import = CliRunner.Run("import", markdown, "-o", dir.File("2023.yaml"));
        import.ExitCode.ShouldBe(0, import.Error);
        GovReport.Load(dir.File("2023.yaml")).Report!.Applications.NewlyReceived.Total.ShouldBe(81);

        var next = CliRunner.Run("init", "--from", markdown, "-o", dir.File("2024.yaml"));
        next.ExitCode.ShouldBe(0, next.Error);
        var report = GovReport.Load(dir.File("2024.yaml"), new ReportOptions { Files = new FolderTreeResolver("/") }).Report!;
        (report.Year, report.Proactive.NormativeDocuments.InForce).ShouldBe((2024, 470));
    }

    [Fact]
    public void A_report_whose_year_cannot_be_read_says_so_and_never_prints_a_year_0()
    {
        using var dir = new TempDirectory();
        var report = dir.Write("undated.txt", "某某县某某局政府信息公开工作年度报告\n一、总体情况\n本局认真贯彻《条例》，现公布本局政府信息公开工作年度报告。\n"
                                                + "三、收到和处理政府信息公开申请情况\n|一、本年新收政府信息公开申请数量|3|0|0|0|0|0|3|\n");

        var check = CliRunner.Run("check", report);
        var json = CliRunner.Run("check", "--json", report);
        var import = CliRunner.Run("import", report, "-o", dir.File("input.yaml"));
        var next = CliRunner.Run("init", "--from", report, "-o", dir.File("next.yaml"));

        check.ExitCode.ShouldBe(1);
        check.Out.ShouldContain("undated.txt:1:1 错误 R10 未能读出报告年度：标题中没有报告年度，统计期限、落款和正文中也未找到");
        check.Out.ShouldContain("某某县某某局", customMessage: "the agency is read from the title without a year");
        import.ExitCode.ShouldBe(0);
        import.Error.ShouldContain("原报告的报告年度未能读出，请填写 year");
        next.ExitCode.ShouldBe(2);
        next.Error.ShouldContain("未能读出报告年度，无法确定下一年度");
        foreach (var output in new[] { check.Out, check.Error, json.Out, import.Out, import.Error, next.Error })
        {
            output.ShouldNotContain("0年");
            output.ShouldNotContain("1年");
        }
    }
}
