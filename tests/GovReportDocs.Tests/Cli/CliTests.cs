using System.Text.Json;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Cli;

public class CliTests
{
    [Fact]
    public void Validate_a_clean_sample_exits_0_with_a_summary()
    {
        var result = CliRunner.Run("validate", RepoPaths.Sample("mengga-2024.yaml"));
        result.ExitCode.ShouldBe(0);
        // The published report has no date under its signature: the one warning says the date is to be written.
        result.Out.ShouldContain("警告 R13 未填写发布日期（publishDate）");
        result.Out.Trim().ShouldEndWith("（芒市勐戛镇人民政府2024年政府信息公开工作年度报告）：0个错误，1个警告");
    }

    [Fact]
    public void Validate_with_warnings_only_exits_0()
    {
        var result = CliRunner.Run("validate", RepoPaths.Sample("panzhou-2024.yaml"));
        result.ExitCode.ShouldBe(0);
        result.Out.ShouldContain("警告 R11");
        result.Out.ShouldContain("0个错误，1个警告");
    }

    [Fact]
    public void Validate_a_broken_rule_exits_1()
    {
        using var dir = new TempDirectory();
        var text = File.ReadAllText(RepoPaths.Sample("panzhou-2024.yaml"))
            .Replace("  carriedForward: [3, 0, 0, 0, 0, 0]", "  carriedForward: [5, 0, 0, 0, 0, 0]");
        var result = CliRunner.Run("validate", dir.Write("x.yaml", text));
        result.ExitCode.ShouldBe(1);
        result.Out.ShouldContain("错误 R2 表三 自然人列");
    }

    [Fact]
    public void Validate_unreadable_input_exits_2_and_a_readable_one_with_errors_1_without_a_stack_trace()
    {
        using var dir = new TempDirectory();
        foreach (var (name, text, exit) in new[] { ("a.yaml", "agency: [unclosed", 2), ("b.json", "{\"agency\": }", 2), ("c.yaml", "year: x\n", 1) })
        {
            var result = CliRunner.Run("validate", dir.Write(name, text));
            result.ExitCode.ShouldBe(exit, name);
            (result.Out + result.Error).ShouldNotContain("   at ");
            result.Out.ShouldContain(dir.File(name) + ":");
        }

        CliRunner.Run("validate", dir.File("missing.yaml")).ExitCode.ShouldBe(2);
    }

    [Fact]
    public void A_wrong_call_exits_2()
    {
        CliRunner.Run().ExitCode.ShouldBe(2);
        CliRunner.Run("validate").ExitCode.ShouldBe(2);
        CliRunner.Run("validate", "x.yaml", "--no-such-option").ExitCode.ShouldBe(2);
        CliRunner.Run("frobnicate").ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Validate_json_lists_rule_severity_message_and_location()
    {
        var result = CliRunner.Run("validate", RepoPaths.Sample("panzhou-2024.yaml"), "--json");
        result.ExitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("schemaVersion").GetInt32().ShouldBe(1);
        json.RootElement.GetProperty("command").GetString().ShouldBe("validate");
        var report = json.RootElement.GetProperty("reports").EnumerateArray().Single();
        report.GetProperty("agency").GetString().ShouldBe("盘州市人民政府");
        report.GetProperty("title").GetString().ShouldBe("盘州市人民政府2024年政府信息公开工作年度报告");
        report.GetProperty("unreadable").GetBoolean().ShouldBeFalse();
        report.GetProperty("errors").GetInt32().ShouldBe(0);
        report.GetProperty("warnings").GetInt32().ShouldBe(1);
        var diagnostic = report.GetProperty("diagnostics")[0];
        diagnostic.GetProperty("rule").GetString().ShouldBe("R11");
        diagnostic.GetProperty("severity").GetString().ShouldBe("warning");
        diagnostic.GetProperty("location").GetProperty("path").GetString().ShouldBe("overview.supervision");
        diagnostic.GetProperty("location").GetProperty("line").GetInt32().ShouldBeGreaterThan(1);
    }

    [Fact]
    public void Init_writes_a_commented_template_whose_table_numbers_are_blank_until_filled()
    {
        using var dir = new TempDirectory();
        var path = dir.File("input.yaml");
        CliRunner.Run("init", "-o", path, "--year", "2025", "--agency", "某某市某某局").ExitCode.ShouldBe(0);
        var text = File.ReadAllText(path);
        text.ShouldContain("agency: 某某市某某局  # 机关全称");
        text.ShouldContain("  newlyReceived: [null, null, null, null, null, null]  # 一、本年新收政府信息公开申请数量");
        text.ShouldNotContain("[0, 0, 0, 0, 0, 0]");
        var validation = CliRunner.Run("validate", path);
        // A blank is listed until filled in, never taken for a 0: every cell of 表二, 表三 and 表四.
        validation.ExitCode.ShouldBe(1);
        validation.Out.ShouldContain("错误 R1");
        // The 信息处理费 too: a 0 nobody typed would print “未收取信息处理费”; blank, it is a warning until filled.
        text.ShouldContain("    noticesIssued: null  # 发出收费通知的件数");
        validation.Out.ShouldContain("警告 R8 “otherMatters.fees.collectedYuan”（实际收取的总金额（元））为空");
        validation.Out.ShouldContain("某某市某某局2025年政府信息公开工作年度报告）：166个错误，5个警告");
        Directory.GetFiles(dir.Path).ShouldBe([path]);
    }

    [Fact]
    public void Init_with_zeros_writes_a_sample_that_validates_clean()
    {
        using var dir = new TempDirectory();
        var path = dir.File("input.yaml");
        CliRunner.Run("init", "-o", path, "--year", "2025", "--agency", "某某市某某局", "--zeros").ExitCode.ShouldBe(0);
        File.ReadAllText(path).ShouldContain("  newlyReceived: [0, 0, 0, 0, 0, 0]  # 一、本年新收政府信息公开申请数量");
        var validation = CliRunner.Run("validate", path);
        validation.ExitCode.ShouldBe(0);
        // The date and part 五 are not known when the report is begun: two warnings ask for them before publication.
        validation.Out.ShouldContain("警告 R13 未填写发布日期（publishDate）");
        validation.Out.ShouldContain("警告 R14 “五、存在的主要问题及改进情况”应写明本年度存在的主要问题");
        validation.Out.ShouldContain("某某市某某局2025年政府信息公开工作年度报告）：0个错误，2个警告");
    }

    [Fact]
    public void Init_refuses_to_overwrite_without_force()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("input.yaml", "keep me");
        var result = CliRunner.Run("init", "-o", path);
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("文件已存在");
        File.ReadAllText(path).ShouldBe("keep me");
        CliRunner.Run("init", "-o", path, "--force", "--kind", "township", "--agency", "某镇人民政府").ExitCode.ShouldBe(0);
        File.ReadAllText(path).ShouldContain("agencyKind: township");
    }

    [Theory]
    [InlineData(2026, 11, 22, 2026)]
    [InlineData(2027, 1, 10, 2026)]
    public void Init_defaults_to_the_year_being_reported(int y, int m, int d, int expected) =>
        GovReportDocs.Cli.InitCommand.DefaultYear(new DateTime(y, m, d)).ShouldBe(expected);

    [Fact]
    public void Schema_prints_json_schema()
    {
        var result = CliRunner.Run("schema");
        result.ExitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("$schema").GetString().ShouldBe("https://json-schema.org/draft/2020-12/schema");
    }

    [Theory]
    [InlineData("某某乡", "本乡未收取信息处理费。")]
    [InlineData("某某乡人民政府", "本乡未收取信息处理费。")]
    [InlineData("某某镇", "本镇未收取信息处理费。")]
    [InlineData("某某街道办事处", "本街道未收取信息处理费。")]
    public void A_township_names_itself_after_its_own_kind_of_unit(string agency, string feeSentence)
    {
        using var dir = new TempDirectory();
        var input = dir.File("input.yaml");
        CliRunner.Run("init", "-o", input, "--agency", agency, "--kind", "township", "--year", "2025", "--zeros").ExitCode.ShouldBe(0);
        var result = CliRunner.Run("render", input, "-o", dir.File("out"), "--format", "html");
        result.ExitCode.ShouldBe(0, result.Out + result.Error);
        var html = File.ReadAllText(Directory.GetFiles(dir.File("out")).Single());
        html.ShouldContain($"2025年度，{feeSentence}");
    }
}
