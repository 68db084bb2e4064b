using GovReportDocs.Diagnostics;

namespace GovReportDocs.Validation;

/// <summary>One consistency rule of docs/rules.md, listed once in <see cref="RuleCatalogue"/>.</summary>
internal interface IReportRule
{
    /// <summary>R1…R18, a constant of <see cref="RuleIds"/>.</summary>
    string Id { get; }

    /// <summary>The findings of this rule; none when it holds.</summary>
    IEnumerable<Diagnostic> Check(ValidationContext context);
}
