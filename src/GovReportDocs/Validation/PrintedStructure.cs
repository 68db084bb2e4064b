using GovReportDocs.NationalFormat;

namespace GovReportDocs.Validation;

/// <summary>
/// A report's structure as printed — its part titles, which tables it has, its text by part — for the rules
/// that look at a published report (R8, R9, R14, R15). Readers of published reports fill it in.
/// </summary>
/// <param name="File">The file it was read from, for locations.</param>
internal sealed record PrintedStructure(string File)
{
    /// <summary>The part titles found, in document order.</summary>
    public IReadOnlyList<FoundPart> Parts { get; init; } = [];

    /// <summary>The tables found, in format order.</summary>
    public IReadOnlyList<TableDescription> TablesFound { get; init; } = [];

    /// <summary>
    /// Signs of the superseded 2019 format, each said as R9 quotes it (`出现“本年新制作数量”`), with their lines.
    /// </summary>
    public IReadOnlyList<(string Sign, int Line)> OldFormatSigns { get; init; } = [];

    /// <summary>Part titles of the format used before 2019 (`一、概述`), one of each kind, with their lines.</summary>
    public IReadOnlyList<(string Title, int Line)> OldFormatParts { get; init; } = [];

    /// <summary>The text of each part (1–6) and of the preamble (0), paragraphs joined by new lines.</summary>
    public IReadOnlyDictionary<int, string> PartTexts { get; init; } = new Dictionary<int, string>();

    /// <summary>The 信息处理费 statement printed as a part of its own before 六, or null.</summary>
    public PrintedFeePart? FeePart { get; init; }

    /// <summary>The part with the given number (1–6), or null when the report lacks it.</summary>
    public FoundPart? Part(int number) => Parts.FirstOrDefault(p => p.Number == number);

    /// <summary>The part a table belongs to (表二 to 二, 表三 to 三, 表四 to 四), or null when the report lacks it.</summary>
    public FoundPart? PartOf(TableDescription table) => Part(PartNumberOf(table));

    /// <summary>The number of the part a table belongs to: 2 for 表二, 3 for 表三, 4 for 表四.</summary>
    public static int PartNumberOf(TableDescription table) => ReportTables.All.ToList().IndexOf(table) + 2;
}

/// <summary>What R8, R9, R13, R14 and R15 look at: this year's printed structure, and last year's for R15.</summary>
/// <param name="Current">The report checked.</param>
/// <param name="Previous">Last year's published report, when given.</param>
internal sealed record PublishedFacts(PrintedStructure Current, PrintedStructure? Previous = null)
{
    /// <summary>The lines of a crawler's header above the report (`发布时间: …`), where R13 also finds the date.</summary>
    public IReadOnlyList<string> Headers { get; init; } = [];
}

/// <summary>A 信息处理费 statement printed as a part of its own (<c>Reading.Structure.FeePart</c>).</summary>
/// <param name="Title">Its title as printed (`五、信息处理费收取情况`).</param>
/// <param name="Line">The title's source line.</param>
/// <param name="Index">The title's position among the source items.</param>
/// <param name="Text">The paragraphs under it, up to the next part title.</param>
internal sealed record PrintedFeePart(string Title, int Line, int Index, IReadOnlyList<string> Text);
