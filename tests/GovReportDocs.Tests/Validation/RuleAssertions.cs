using GovReportDocs.Diagnostics;
using GovReportDocs.Validation;

namespace GovReportDocs.Tests.Validation;

internal static class RuleAssertions
{
    public static IReadOnlyList<Diagnostic> Of(this ValidationResult result, string rule) =>
        result.Diagnostics.Where(d => d.Rule == rule).ToList();

    public static Diagnostic Single(this ValidationResult result, string rule, Severity severity)
    {
        var found = result.Of(rule);
        found.Count.ShouldBe(1, string.Join("\n", result.Diagnostics));
        found[0].Severity.ShouldBe(severity);
        return found[0];
    }
}
