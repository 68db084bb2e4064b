using GovReportDocs.Diagnostics;
using GovReportDocs.Format;
using GovReportDocs.Model;

namespace GovReportDocs.Reading;

/// <summary>
/// A published report read back: the model (missing numbers as 0), the numbers as printed (missing kept
/// missing, printed totals kept), where each was found, its parts and their text.
/// </summary>
public sealed record PublishedReport(string File, AnnualReport Report, StatisticsSheet Sheet)
{
    /// <summary>Whether lines are <see cref="PageLines"/> (page and line of a PDF) rather than lines of a file.</summary>
    public bool IsPaged { get; init; }

    /// <summary>Source line of each number found (in a PDF, <see cref="PageLines"/>: use <see cref="At"/> to print it).</summary>
    public IReadOnlyDictionary<Datum, int> Lines { get; init; } = new Dictionary<Datum, int>();

    /// <summary>The part titles found, in document order.</summary>
    public IReadOnlyList<FoundPart> Parts { get; init; } = [];

    /// <summary>The three tables, in format order, and whether each was found.</summary>
    public IReadOnlyList<TableDescription> TablesFound { get; init; } = [];

    /// <summary>Labels of the superseded 2019 format, with their lines.</summary>
    public IReadOnlyList<(string Sign, int Line)> OldFormatSigns { get; init; } = [];

    /// <summary>The text of each part (1–6) and of the preamble (0), paragraphs joined by new lines.</summary>
    public IReadOnlyDictionary<int, string> PartTexts { get; init; } = new Dictionary<int, string>();

    /// <summary>Every paragraph of running text (no table cells), for R7.</summary>
    public IReadOnlyList<string> Texts { get; init; } = [];

    /// <summary>The source line of each of <see cref="Texts"/>.</summary>
    public IReadOnlyList<int> TextLines { get; init; } = [];

    /// <summary>Line of the title, or null when the report has none.</summary>
    public int? TitleLine { get; init; }

    /// <summary>Problems found while reading (no agency or year found…).</summary>
    public IReadOnlyList<Diagnostic> ReadingDiagnostics { get; init; } = [];

    /// <summary>Where a number was printed, for diagnostics.</summary>
    public SourceLocation? Locate(Datum datum) => Lines.TryGetValue(datum, out var line) ? At(line) : null;

    /// <summary>Where some words of the text stand.</summary>
    public SourceLocation? Locate(string quote)
    {
        var index = Texts.ToList().FindIndex(t => t.Contains(quote, StringComparison.Ordinal));
        return index < 0 ? null : At(TextLines[index]);
    }

    /// <summary>The location of a source line of this report: page and line for a PDF.</summary>
    public SourceLocation At(int line) => IsPaged && PageLines.Page(line) is { } page
        ? new SourceLocation(File, PageLines.LineOnPage(line), 1) { Page = page }
        : new SourceLocation(File, line, 1);
}
