using GovReportDocs.Diagnostics;

namespace GovReportDocs.Validation;

/// <summary>One consistency rule of docs/rules.md, listed once in <see cref="RuleCatalogue"/>.</summary>
internal interface IReportRule
{
    /// <summary>The rule's number, "R1"…; the class is named after it (<c>R4RowTotals</c>).</summary>
    string Id { get; }

    /// <summary>The findings of this rule; none when it holds.</summary>
    IEnumerable<Diagnostic> Check(ValidationContext context);
}
