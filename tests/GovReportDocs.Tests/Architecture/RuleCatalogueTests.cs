using System.Reflection;
using System.Text.RegularExpressions;
using GovReportDocs.Diagnostics;
using GovReportDocs.Tests.Support;
using GovReportDocs.Validation;

namespace GovReportDocs.Tests.Architecture;

/// <summary>
/// What adding a rule takes, enforced (docs/CONTRIBUTING.md, "Adding a rule"): one class in Validation/ named after its
/// number, one line of the catalogue, a test that names it; docs/rules.md is held to it by ReferenceDocsTests. Nothing
/// else: <see cref="RuleIds"/> keeps the constants callers already use, and a later rule needs none.
/// </summary>
public partial class RuleCatalogueTests
{
    private static readonly string Validation = Path.Combine(RepoPaths.Root, "src", "GovReportDocs", "Validation");

    [Fact]
    public void Every_rule_class_is_in_the_catalogue_once_and_the_validator_runs_the_catalogue()
    {
        var classes = typeof(IReportRule).Assembly.GetTypes()
            .Where(t => typeof(IReportRule).IsAssignableFrom(t) && !t.IsInterface && !t.IsAbstract).ToList();

        classes.Count.ShouldBeGreaterThanOrEqualTo(17);
        RuleCatalogue.All.Select(r => r.Rule.GetType()).ShouldBe(classes, ignoreOrder: true);
        ReportValidator.Rules.ShouldBe(RuleCatalogue.All.Select(r => r.Rule));
    }

    [Fact]
    public void Each_rule_class_is_named_and_filed_after_its_number()
    {
        foreach (var entry in RuleCatalogue.All)
        {
            var name = entry.Rule.GetType().Name;
            ClassName().Match(name).Groups["id"].Value.ShouldBe(entry.Id, name);
            File.Exists(Path.Combine(Validation, name + ".cs")).ShouldBeTrue($"{name} should live in Validation/{name}.cs");
        }
    }

    [Fact]
    public void The_catalogue_is_in_number_order_with_one_chinese_name_each()
    {
        var numbers = RuleCatalogue.All.Select(r => int.Parse(r.Id[1..], System.Globalization.CultureInfo.InvariantCulture)).ToList();

        numbers.ShouldBe(numbers.Order().Distinct().ToList());
        RuleCatalogue.All.Select(r => r.Name).Distinct().Count().ShouldBe(RuleCatalogue.All.Count);
        RuleCatalogue.All.Where(r => !ChineseName().IsMatch(r.Name)).Select(r => r.Id).ShouldBeEmpty("names in Chinese, no spaces");
    }

    [Fact]
    public void Each_RuleIds_constant_names_a_catalogue_rule()
    {
        var constants = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Where(id => id != RuleIds.Input).ToList();

        constants.Count.ShouldBeGreaterThanOrEqualTo(17);
        constants.Except(RuleCatalogue.All.Select(r => r.Id)).ShouldBeEmpty("constants that name no rule of the catalogue");
    }

    [Fact]
    public void Every_catalogue_rule_is_named_by_a_test()
    {
        var tests = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "GovReportDocs.Tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}Architecture{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText).ToList();

        RuleCatalogue.All.Where(r => !tests.Any(t => Regex.IsMatch(t, $@"RuleIds\.{r.Id}\b|""{r.Id}""")))
            .Select(r => r.Id).ShouldBeEmpty("rules no test asserts by their id");
    }

    [Fact]
    public void The_rule_sets_follow_from_the_catalogue()
    {
        // Held for the first eighteen rules only, so that a later rule is one catalogue line, not an edit here too.
        var firstEighteen = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!).ToHashSet();

        RuleCatalogue.Published.ShouldBe(RuleCatalogue.All.Select(r => r.Id), ignoreOrder: true);
        RuleCatalogue.Input.Where(firstEighteen.Contains).ShouldBe([RuleIds.R2, RuleIds.R3, RuleIds.R4, RuleIds.R5, RuleIds.R6, RuleIds.R7, RuleIds.R10,
            RuleIds.R11, RuleIds.R13, RuleIds.R14, RuleIds.R15, RuleIds.R16, RuleIds.R17, RuleIds.R18], ignoreOrder: true);
        GovReport.Rules.Where(r => r.NeedsPreviousYear).Select(r => r.Id).Where(firstEighteen.Contains).ShouldBe([RuleIds.R6, RuleIds.R15, RuleIds.R16]);
        GovReport.Rules.Single(r => r.Id == RuleIds.R1).ShouldBe(new RuleDescription(RuleIds.R1, "数值齐全", Severity.Error)
        {
            AppliesToInputFiles = true, AppliesToPublishedReports = true,
        });
    }

    [GeneratedRegex(@"^(?<id>R\d+)[A-Z]")]
    private static partial Regex ClassName();

    [GeneratedRegex(@"^[\u4e00-\u9fff]+$")]
    private static partial Regex ChineseName();
}
