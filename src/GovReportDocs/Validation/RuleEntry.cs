using GovReportDocs.Diagnostics;

namespace GovReportDocs.Validation;

/// <summary>One line of the <see cref="RuleCatalogue"/>.</summary>
/// <param name="Rule">The class that checks it; its <see cref="IReportRule.Id"/> is the rule's number.</param>
/// <param name="Name">The rule's Chinese name, as help texts and docs/rules.md's heading give it.</param>
/// <param name="Severity">
/// The severity of its findings, the first docs/rules.md's table gives; some findings of R6, R8–R10, R14 and R17 are
/// warnings, R14 and R17 on an input file.
/// </param>
/// <param name="AppliesTo">Which reports it can find something in.</param>
internal sealed record RuleEntry(IReportRule Rule, string Name, Severity Severity, ReportKinds AppliesTo)
{
    /// <summary>R1…R18.</summary>
    public string Id => Rule.Id;

    /// <summary>Whether it looks at last year's report (<c>previousYear</c>, <c>--previous</c>) and says nothing without it.</summary>
    public bool NeedsPreviousYear { get; init; }

    /// <summary>
    /// Whether reading an input file checks it, cell by cell at each key, so the validator runs the class on
    /// published reports only.
    /// </summary>
    public bool CheckedWhileReadingInput { get; init; }

    /// <summary>The entry as the public API tells it.</summary>
    public RuleDescription Describe() => new(Id, Name, Severity)
    {
        AppliesToInputFiles = AppliesTo.HasFlag(ReportKinds.Input),
        AppliesToPublishedReports = AppliesTo.HasFlag(ReportKinds.Published),
        NeedsPreviousYear = NeedsPreviousYear,
    };
}

/// <summary>The kinds of report a rule applies to.</summary>
[Flags]
internal enum ReportKinds
{
    /// <summary>None: no rule is meant for no report.</summary>
    None = 0,

    /// <summary>An input file (<c>validate</c>, <c>render</c>) or a model made in code.</summary>
    Input = 1,

    /// <summary>A published report (<c>check</c>), read as printed.</summary>
    Published = 2,

    /// <summary>Both.</summary>
    Both = Input | Published,
}
