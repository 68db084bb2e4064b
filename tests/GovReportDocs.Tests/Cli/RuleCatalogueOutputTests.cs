using System.Text.Json;
using GovReportDocs.Diagnostics;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Cli;

/// <summary>What the command line says about rules comes from the library's catalogue (<see cref="GovReport.Rules"/>).</summary>
public class RuleCatalogueOutputTests
{
    /// <summary>Help text as one line: the help may wrap a long description.</summary>
    private static string Help(string command) => string.Concat(CliRunner.Run(command, "--help").Out.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public void Validate_help_names_the_rules_of_input_files_and_no_other()
    {
        var help = Help("validate");

        help.ShouldContain("格式与键名，数值齐全（R1）、表三各列平衡（R2）、");
        help.ShouldContain("；有上年报告（previousYear）时还有跨年度核对（R6）、照搬上年（R15）、大幅变化（R16）");
        foreach (var rule in GovReport.Rules)
        {
            help.Contains($"{rule.Name}（{rule.Id}）", StringComparison.Ordinal).ShouldBe(rule.AppliesToInputFiles, rule.Id);
        }

        help.ShouldNotContain("R8");
        help.ShouldNotContain("R9");
    }

    [Fact]
    public void Check_help_names_every_rule_and_those_that_need_last_year()
    {
        var help = Help("check");

        foreach (var rule in GovReport.Rules)
        {
            help.ShouldContain($"{rule.Name}（{rule.Id}）");
        }

        help.ShouldContain("；有上年报告（--previous）时还有跨年度核对（R6）、照搬上年（R15）、大幅变化（R16）");
        help.ShouldContain("用于跨年度核对（R6）、照搬上年（R15）、大幅变化（R16）");
    }

    [Fact]
    public void Check_json_names_only_catalogue_rules_that_apply_to_published_reports()
    {
        var reports = Directory.GetFiles(RepoPaths.CorpusFolder)
            .Where(f => Path.GetExtension(f) is ".txt" or ".html" or ".md" && !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal))
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "GovReportDocs.Tests", "Reading", "Data"), "*.txt")).ToList();

        var rules = reports.SelectMany(f => RulesIn(CliRunner.Run("check", "--json", f).Out)).ToHashSet();

        reports.Count.ShouldBeGreaterThan(15);
        rules.ShouldContain(RuleIds.R1);
        rules.ShouldContain(RuleIds.R9);
        rules.Where(id => id != RuleIds.Input && GovReport.Rules.SingleOrDefault(r => r.Id == id) is not { AppliesToPublishedReports: true })
            .ShouldBeEmpty();
    }

    [Fact]
    public void Validate_json_names_only_catalogue_rules_that_apply_to_input_files()
    {
        var inputs = Directory.GetFiles(RepoPaths.Samples, "*.yaml")
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "GovReportDocs.Tests", "Stress"), "*.yaml")).ToList();
        var broken = Path.Combine(Path.GetTempPath(), $"govreport-rules-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(broken, File.ReadAllText(RepoPaths.Sample("panzhou-2024.yaml")).Replace("carriedOver: [4,", "carriedOver: [null,", StringComparison.Ordinal));
        try
        {
            var rules = inputs.Append(broken).SelectMany(f => RulesIn(CliRunner.Run("validate", "--json", f).Out)).ToHashSet();

            rules.ShouldContain(RuleIds.R1);
            rules.Where(id => id != RuleIds.Input && GovReport.Rules.SingleOrDefault(r => r.Id == id) is not { AppliesToInputFiles: true })
                .ShouldBeEmpty();
        }
        finally
        {
            File.Delete(broken);
        }
    }

    private static List<string> RulesIn(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("reports").EnumerateArray()
            .SelectMany(r => r.GetProperty("diagnostics").EnumerateArray()).Select(d => d.GetProperty("rule").GetString()!).ToList();
    }
}
