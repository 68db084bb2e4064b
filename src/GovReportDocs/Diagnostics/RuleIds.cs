namespace GovReportDocs.Diagnostics;

/// <summary>
/// The numbers of the rules R1–R18 for code that names one, and the id of input errors that break no rule but stop
/// reading. The front door's <c>Rules</c> lists every rule with its name; a rule added later is there and in
/// <see cref="Diagnostic.Rule"/> under its number, with or without a constant here.
/// </summary>
public static class RuleIds
{
    /// <summary>The input file cannot be read: syntax, unknown key, wrong type.</summary>
    public const string Input = "INPUT";

    /// <summary>Every cell has a value; counts are integers ≥ 0.</summary>
    public const string R1 = "R1";

    /// <summary>Table 3 per column: 一 + 二 = 三（七）总计 + 四.</summary>
    public const string R2 = "R2";

    /// <summary>Table 3 per column: （七）总计 = the 21 result rows.</summary>
    public const string R3 = "R3";

    /// <summary>Table 3 per row: 总计 = the six applicant columns.</summary>
    public const string R4 = "R4";

    /// <summary>Table 4 per group: 总计 = its four outcomes.</summary>
    public const string R5 = "R5";

    /// <summary>Cross-year: 上年结转 and 现行有效件数 follow from last year's report.</summary>
    public const string R6 = "R6";

    /// <summary>Numbers quoted in the text equal the tables.</summary>
    public const string R7 = "R7";

    /// <summary>Part 六 states the 信息处理费.</summary>
    public const string R8 = "R8";

    /// <summary>All parts and tables present, 2021 labels.</summary>
    public const string R9 = "R9";

    /// <summary>Title year, statistical period and text agree.</summary>
    public const string R10 = "R10";

    /// <summary>Plausibility warnings.</summary>
    public const string R11 = "R11";

    /// <summary>Published by the deadline of 条例第四十九条.</summary>
    public const string R13 = "R13";

    /// <summary>Part 五 names problems and measures, not nothing or boilerplate.</summary>
    public const string R14 = "R14";

    /// <summary>Not copied from last year: text and tables.</summary>
    public const string R15 = "R15";

    /// <summary>No sudden year-on-year jump of a key count.</summary>
    public const string R16 = "R16";

    /// <summary>No leftovers: placeholders, another office's name, repeated words.</summary>
    public const string R17 = "R17";

    /// <summary>Review and litigation outcomes corrected against the office, worth a line in part 五.</summary>
    public const string R18 = "R18";
}
