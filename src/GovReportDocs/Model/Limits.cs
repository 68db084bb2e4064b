namespace GovReportDocs.Model;

/// <summary>
/// What GovReportDocs accepts, so that a hostile or broken file can neither exhaust memory or time nor crash the
/// process. A real report is a few kilobytes of input and at most a few megabytes published; these are far above.
/// </summary>
public static class Limits
{
    /// <summary>Largest input file (YAML or JSON).</summary>
    public const long MaxInputBytes = 8 * 1024 * 1024;

    /// <summary>Deepest nesting of YAML/JSON collections in an input file.</summary>
    public const int MaxNestingDepth = 64;

    /// <summary>Largest count in a table cell: far above the busiest office's year, far below overflow.</summary>
    public const int MaxCount = 10_000_000;

    /// <summary>Largest 万元 amount of 行政事业性收费, and of a fee in 元.</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>
    /// Longest 机关全称, in characters: the title and the output file name
    /// (<c>{机关全称}{年度}年政府信息公开工作年度报告.docx</c>, at most 255 bytes) always fit. The longest real names are
    /// about 30 characters.
    /// </summary>
    public const int MaxAgencyLength = 60;

    /// <summary>Longest narrative text of one input key, in characters.</summary>
    public const int MaxTextLength = 100_000;

    /// <summary>
    /// Longest text of one narrative field once its template is expanded, in characters: a short template repeating a
    /// long variable (<c>{{problems.issuesText}}</c> 4,000 times) is refused instead of filling the memory.
    /// </summary>
    public const int MaxExpandedTextLength = 1_000_000;

    /// <summary>Largest narrative template file.</summary>
    public const int MaxTemplateBytes = 64 * 1024;

    /// <summary>Deepest nesting of block helpers (<c>{{#if}}</c>, <c>{{#each}}</c>) in a template file.</summary>
    public const int MaxTemplateBlockDepth = 8;

    /// <summary>Largest ledger (登记台账) workbook, .xlsx or .xls.</summary>
    public const long MaxLedgerBytes = 64 * 1024 * 1024;

    /// <summary>Most rows read from one ledger, all sheets together: a busy office's many years, with room to spare.</summary>
    public const int MaxLedgerRows = 500_000;
}
