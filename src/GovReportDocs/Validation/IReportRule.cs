using GovReportDocs.Diagnostics;

namespace GovReportDocs.Validation;

/// <summary>One consistency rule of docs/rules.md.</summary>
internal interface IReportRule
{
    /// <summary>R1…R18.</summary>
    string Id { get; }

    /// <summary>The findings of this rule; none when it holds.</summary>
    IEnumerable<Diagnostic> Check(ValidationContext context);
}
