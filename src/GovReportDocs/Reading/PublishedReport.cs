using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Reading.Lines;
using GovReportDocs.Validation;

namespace GovReportDocs.Reading;

/// <summary>
/// A published report read back: the model (missing numbers as 0), the numbers as printed (missing kept
/// missing, printed totals kept), where each was found, its parts and their text.
/// </summary>
public sealed record PublishedReport(string File, AnnualReport Report, StatisticsSheet Sheet)
{
    /// <summary>Whether lines are <see cref="PageLines"/> (page and line of a PDF) rather than lines of a file.</summary>
    internal bool IsPaged { get; init; }

    /// <summary>Source line of each number found (in a PDF, <see cref="PageLines"/>: use <see cref="At"/> to print it).</summary>
    internal IReadOnlyDictionary<Datum, int> Lines { get; init; } = new Dictionary<Datum, int>();

    /// <summary>Its part titles, tables found and text by part, as the structural rules look at them.</summary>
    internal PrintedStructure Structure { get; init; } = new(File);

    /// <summary>Every paragraph of running text (no table cells), for R7.</summary>
    internal IReadOnlyList<string> Texts { get; init; } = [];

    /// <summary>The lines of a crawler's header besides its title (`发布时间: …`), for import and R13.</summary>
    internal IReadOnlyList<string> Headers { get; init; } = [];

    /// <summary>The source line of each of <see cref="Texts"/>.</summary>
    internal IReadOnlyList<int> TextLines { get; init; } = [];

    /// <summary>Line of the title, or null when the report has none.</summary>
    internal int? TitleLine { get; init; }

    /// <summary>Problems found while reading (no agency or year found…).</summary>
    internal IReadOnlyList<Diagnostic> ReadingDiagnostics { get; init; } = [];

    /// <summary>Where a number was printed, for diagnostics.</summary>
    internal SourceLocation? Locate(Datum datum) => Lines.TryGetValue(datum, out var line) ? At(line) : null;

    /// <summary>Where some words of the text stand (a sentence cut with … by <see cref="QuotedSentence"/> too).</summary>
    internal SourceLocation? Locate(string quote)
    {
        var words = QuotedSentence.LongestPiece(quote);
        var index = Texts.ToList().FindIndex(t => t.Contains(words, StringComparison.Ordinal));
        return index < 0 ? null : At(TextLines[index]);
    }

    /// <summary>The location of a source line of this report: page and line for a PDF.</summary>
    internal SourceLocation At(int line) => IsPaged && PageLines.Page(line) is { } page
        ? new SourceLocation(File, PageLines.LineOnPage(line), 1) { Page = page }
        : new SourceLocation(File, line, 1);
}
