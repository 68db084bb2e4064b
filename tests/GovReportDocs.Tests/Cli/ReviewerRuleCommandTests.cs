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
        var thisYear = dir.Write("2024.yaml", sample.Replace("publishDate: 2025-01-20", "publishDate: 2025-01-20\npreviousYear: 2023.yaml"));

        var result = CliRunner.Run("validate", thisYear);
        result.Out.ShouldContain("警告 R16 本年新收申请数（表三 第一行“本年新收” 总计列）为33，上年为200，只有上年的0.17倍");
        var line = result.Out.Split('\n').Single(l => l.Contains(" R16 "));
        line.ShouldStartWith(thisYear + ":");
    }
}
