using GovReportDocs.Diagnostics;
using GovReportDocs.Model;

namespace GovReportDocs.Validation;

/// <summary>
/// Checks a report against the rules of docs/rules.md: R1–R6, R10, R11, R13, R14, R16–R18 on the data and text; R7
/// when the context carries the report's text; R8 and R9 on a published report's structure; R15 with last year's. Stateless and thread-safe.
/// </summary>
internal static class ReportValidator
{
    /// <summary>The rules, in number order.</summary>
    public static IReadOnlyList<IReportRule> Rules { get; } =
    [
        new R1MissingValues(), new R2ApplicationBalance(), new R3ResultsTotal(), new R4RowTotals(),
        new R5ReviewTotals(), new R6CrossYear(), new R7TextNumbers(), new R8FeeStatement(), new R9Structure(),
        new R10YearConsistency(), new R11Plausibility(), new R13PublicationDeadline(), new R14ProblemsPart(),
        new R15NotACopy(), new R16YearOnYear(), new R17Leftovers(), new R18CorrectedOutcomes(),
    ];

    /// <summary>Validates a report made from the model, with last year's for R6 when given.</summary>
    public static ValidationResult Validate(AnnualReport report, AnnualReport? previousYear = null) =>
        Validate(ValidationContext.ForReport(report, previousYear));

    /// <summary>Validates a report whose numbers may come as printed (see <see cref="ValidationContext"/>).</summary>
    /// <param name="context">What the rules look at.</param>
    /// <param name="rules">The ids of the rules to run (see <see cref="RuleSets"/>); all when null.</param>
    public static ValidationResult Validate(ValidationContext context, IReadOnlySet<string>? rules = null) =>
        new(Rules.Where(rule => rules?.Contains(rule.Id) != false).SelectMany(rule => rule.Check(context)).OrderBy(d => d.Severity).ToList());
}
