using GovReportDocs.Diagnostics;

namespace GovReportDocs.Validation;

/// <summary>Which rules look at which kind of report.</summary>
internal static class RuleSets
{
    /// <summary>Every rule: a published report, read as printed.</summary>
    public static IReadOnlySet<string> Published { get; } = ReportValidator.Rules.Select(r => r.Id).ToHashSet();

    /// <summary>
    /// A report from an input file or from code: all but R1, because reading the input already checked every cell
    /// (and located what is missing at its key), and a model cannot lack a value.
    /// </summary>
    public static IReadOnlySet<string> Input { get; } = Published.Where(id => id != RuleIds.R1).ToHashSet();
}
