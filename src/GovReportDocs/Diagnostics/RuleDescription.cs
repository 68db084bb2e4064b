namespace GovReportDocs.Diagnostics;

/// <summary>
/// A rule of docs/rules.md as the library's rule catalogue lists it (the front door's <c>Rules</c>): for help texts,
/// platforms that show a rule's name beside its findings, and filters.
/// </summary>
/// <param name="Id">The rule's number ("R1"…), as <see cref="Diagnostic.Rule"/> carries it.</param>
/// <param name="Name">The rule's Chinese name, e.g. 跨年度核对.</param>
/// <param name="Severity">The severity of its findings; some rules say the milder findings as warnings (docs/rules.md).</param>
public sealed record RuleDescription(string Id, string Name, Severity Severity)
{
    /// <summary>Whether it checks input files (<c>validate</c>, <c>render</c>) and reports made in code.</summary>
    public bool AppliesToInputFiles { get; init; }

    /// <summary>Whether it checks published reports (<c>check</c>).</summary>
    public bool AppliesToPublishedReports { get; init; }

    /// <summary>Whether it needs last year's report (<c>previousYear</c>, <c>--previous</c>) and says nothing without it.</summary>
    public bool NeedsPreviousYear { get; init; }

    /// <summary>“跨年度核对（R6）”, as help texts list it.</summary>
    public override string ToString() => $"{Name}（{Id}）";
}
