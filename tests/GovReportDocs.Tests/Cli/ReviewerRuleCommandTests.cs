using GovReportDocs.Tests.Reading;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Cli;

/// <summary>R13–R18 through the command line: `check --previous` and `validate` with `previousYear`.</summary>
public class ReviewerRuleCommandTests
{
    [Fact]
    public void Check_with_last_years_copy_warns_R15_and_keeps_the_exit_code_of_the_errors()
    {
        using var dir = new TempDirectory();
        var lastYear = dir.Write("2023.txt", File.ReadAllText(SeedReadingTests.Seed("000")).Replace("2024", "2023"));
        var alone = CliRunner.Run("check", SeedReadingTests.Seed("000"));
        alone.ExitCode.ShouldBe(0, alone.Out);
        alone.Out.ShouldNotContain(" R15 ");

        var result = CliRunner.Run("check", SeedReadingTests.Seed("000"), "--previous", lastYear);
        result.ExitCode.ShouldBe(0, result.Out);
        result.Out.ShouldContain("000_22396afa0ad06227.txt:2:1 警告 R15 全文（格式和模板的固定文字除外）与上年报告重复100 %，应不超过50 %；最长的重复段落：一、总体情况“");
    }

    [Fact]
    public void Validate_with_previous_year_warns_R16_at_the_cell()
    {
        using var dir = new TempDirectory();
        var sample = File.ReadAllText(RepoPaths.Sample("panzhou-2024.yaml"));
        dir.Write("2023.yaml", sample.Replace("year: 2024", "year: 2023").Replace("newlyReceived: [33, 0, 0, 0, 0, 0]", "newlyReceived: [200, 0, 0, 0, 0, 0]"));
        var thisYear = dir.Write("2024.yaml", sample.Replace("previousYear: null", "previousYear: 2023.yaml"));

        var result = CliRunner.Run("validate", thisYear);
        result.Out.ShouldNotContain("重复的键");
        result.Out.ShouldContain("警告 R16 本年新收申请数（表三 第一行“本年新收” 总计列）为33，上年为200，只有上年的0.17倍");
        var line = result.Out.Split('\n').Single(l => l.Contains(" R16 "));
        line.ShouldStartWith(thisYear + ":35:3 ");
    }
}

/// <summary>Accepting findings: `check --accept FINGERPRINT` and `.govreport-accepted` beside the reports.</summary>
public class AcceptedFindingTests
{
    private static string Fingerprint(CliResult result, string rule) =>
        System.Text.RegularExpressions.Regex.Match(result.Out.Split('\n').First(l => l.Contains($" {rule} ")), "〔(?<f>[0-9a-f]{10})〕").Groups["f"].Value;

    [Fact]
    public void A_fingerprint_survives_an_edit_elsewhere_in_the_report()
    {
        var text = File.ReadAllText(SeedReadingTests.Seed("001"));
        var before = GovReport.CheckPublished(TestReader.ReadText(text, "001.txt"));
        var after = GovReport.CheckPublished(TestReader.ReadText("（本页为转载）\n\n" + text.Replace("33 |", "34 |"), "001.txt"));
        var r4Before = before.Diagnostics.Single(d => d.Rule == "R4");
        var r4After = after.Diagnostics.Single(d => d.Rule == "R4");
        r4After.Source!.Line.ShouldNotBe(r4Before.Source!.Line);
        r4After.Fingerprint.ShouldBe(r4Before.Fingerprint);
        r4Before.Fingerprint.ShouldMatch("^[0-9a-f]{10}$");
        before.Diagnostics.Select(d => d.Fingerprint).Distinct().Count().ShouldBe(before.Diagnostics.Count);
    }

    [Fact]
    public void Accepting_every_error_on_the_command_line_makes_check_exit_0_and_counts_them_apart()
    {
        var seed = SeedReadingTests.Seed("001");
        var first = CliRunner.Run("check", seed);
        first.ExitCode.ShouldBe(1);
        var r2 = Fingerprint(first, "R2");
        var r4 = Fingerprint(first, "R4");

        var one = CliRunner.Run("check", seed, "--accept", r4);
        one.ExitCode.ShouldBe(1);
        one.Out.ShouldContain($"已接受 {seed}:79:1 错误 R4 表三 第二行“上年结转” 总计列应为4（各申请人类别之和），实际为0 〔{r4}〕");
        one.Out.ShouldContain("检查1份报告：1份有错误，0份无法读取，1个问题已接受");

        var both = CliRunner.Run("check", seed, "--accept", r4, "--accept", r2, "--json");
        both.ExitCode.ShouldBe(0, both.Out);
        using var json = System.Text.Json.JsonDocument.Parse(both.Out);
        var report = json.RootElement.GetProperty("reports")[0];
        report.GetProperty("errors").GetInt32().ShouldBe(0);
        report.GetProperty("accepted").GetInt32().ShouldBe(2);
        report.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.TryGetProperty("accepted", out _)).Select(d => d.GetProperty("fingerprint").GetString())
            .ShouldBe([r2, r4], ignoreOrder: true);
    }

    [Fact]
    public void A_govreport_accepted_file_beside_the_reports_accepts_its_fingerprints()
    {
        using var dir = new TempDirectory();
        var report = dir.Write("盘州2024.txt", File.ReadAllText(SeedReadingTests.Seed("001")));
        var r4 = Fingerprint(CliRunner.Run("check", report), "R4");
        dir.Write(".govreport-accepted", $"# 已核实：原报告印错了总计\n{r4}  R4 上年结转总计\n");

        var result = CliRunner.Run("check", dir.Path);
        result.Out.ShouldContain($"已接受 {report}:79:1 错误 R4");
        result.Out.ShouldContain("1个问题已接受");
        result.Out.Split('\n').Count(l => l.Contains(" R4 ")).ShouldBe(1);
    }
}
