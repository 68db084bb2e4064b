using GovReportDocs.Diagnostics;

namespace GovReportDocs.Validation;

/// <summary>
/// Every rule of docs/rules.md, once, in number order: the validator runs these, `validate --help` and `check --help`
/// list them, and tests hold docs/rules.md, <see cref="RuleIds"/> and the JSON output to them. Adding a rule is one
/// class, one line here, its section in docs/rules.md and its test (docs/CONTRIBUTING.md).
/// </summary>
internal static class RuleCatalogue
{
    // R12 (the same text as last year) was folded into R15; its number is not used again.
    public static IReadOnlyList<RuleEntry> All { get; } =
    [
        new(new R1MissingValues(), "数值齐全", Severity.Error, ReportKinds.Both) { CheckedWhileReadingInput = true },
        new(new R2ApplicationBalance(), "表三各列平衡", Severity.Error, ReportKinds.Both),
        new(new R3ResultsTotal(), "表三办理结果总计", Severity.Error, ReportKinds.Both),
        new(new R4RowTotals(), "表三各行总计", Severity.Error, ReportKinds.Both),
        new(new R5ReviewTotals(), "表四各组总计", Severity.Error, ReportKinds.Both),
        new(new R6CrossYear(), "跨年度核对", Severity.Error, ReportKinds.Both) { NeedsPreviousYear = true },
        new(new R7TextNumbers(), "正文数字", Severity.Error, ReportKinds.Both),
        new(new R8FeeStatement(), "信息处理费", Severity.Error, ReportKinds.Published),
        new(new R9Structure(), "结构与格式", Severity.Error, ReportKinds.Published),
        new(new R10YearConsistency(), "年度", Severity.Error, ReportKinds.Both),
        new(new R11Plausibility(), "合理性", Severity.Warning, ReportKinds.Both),
        new(new R13PublicationDeadline(), "发布时限", Severity.Warning, ReportKinds.Both),
        new(new R14ProblemsPart(), "问题与改进", Severity.Error, ReportKinds.Both),
        new(new R15NotACopy(), "照搬上年", Severity.Warning, ReportKinds.Both) { NeedsPreviousYear = true },
        new(new R16YearOnYear(), "大幅变化", Severity.Warning, ReportKinds.Both) { NeedsPreviousYear = true },
        new(new R17Leftovers(), "遗留文字", Severity.Error, ReportKinds.Both),
        new(new R18CorrectedOutcomes(), "被纠错案件", Severity.Info, ReportKinds.Both),
    ];

    /// <summary>The rules the validator runs on a published report, read as printed: every one.</summary>
    public static IReadOnlySet<string> Published { get; } = IdsFor(ReportKinds.Published);

    /// <summary>
    /// The rules the validator runs on a report from an input file or from code. R1 is not among them: reading the
    /// input already checked every cell and located what is missing at its key, and a model cannot lack a value.
    /// </summary>
    public static IReadOnlySet<string> Input { get; } =
        All.Where(r => r.AppliesTo.HasFlag(ReportKinds.Input) && !r.CheckedWhileReadingInput).Select(r => r.Id).ToHashSet();

    /// <summary>The entry of a rule id, or null (<see cref="RuleIds.Input"/> is no rule).</summary>
    public static RuleEntry? Of(string id) => All.FirstOrDefault(r => r.Id == id);

    /// <summary>The catalogue as the public API tells it (the front door's <c>Rules</c>).</summary>
    public static IReadOnlyList<RuleDescription> Descriptions { get; } = All.Select(r => r.Describe()).ToList();

    private static HashSet<string> IdsFor(ReportKinds kind) => All.Where(r => r.AppliesTo.HasFlag(kind)).Select(r => r.Id).ToHashSet();
}
