using GovReportDocs.Diagnostics;
using GovReportDocs.Model;

namespace GovReportDocs.Validation;

/// <summary>
/// Checks a report against the rules of the <see cref="RuleCatalogue"/> (docs/rules.md). Stateless and thread-safe.
/// </summary>
internal static class ReportValidator
{
    /// <summary>The rules, in number order.</summary>
    public static IReadOnlyList<IReportRule> Rules { get; } = RuleCatalogue.All.Select(entry => entry.Rule).ToList();

    /// <summary>Validates a report made from the model, with last year's for R6 when given.</summary>
    public static ValidationResult Validate(AnnualReport report, AnnualReport? previousYear = null) =>
        Validate(ValidationContext.ForReport(report, previousYear));

    /// <summary>Validates a report whose numbers may come as printed (see <see cref="ValidationContext"/>).</summary>
    /// <param name="context">What the rules look at.</param>
    /// <param name="rules">
    /// The ids of the rules to run (<see cref="RuleCatalogue.Input"/> or <see cref="RuleCatalogue.Published"/>); all when null.
    /// </param>
    public static ValidationResult Validate(ValidationContext context, IReadOnlySet<string>? rules = null) =>
        new(Rules.Where(rule => rules?.Contains(rule.Id) != false).SelectMany(rule => rule.Check(context)).OrderBy(d => d.Severity).ToList());
}
