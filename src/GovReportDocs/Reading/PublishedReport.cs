using GovReportDocs.Diagnostics;
using GovReportDocs.Format;
using GovReportDocs.Model;
using GovReportDocs.Validation;

namespace GovReportDocs.Reading;

/// <summary>
/// A published report read back: the model (missing numbers as 0), the numbers as printed (missing kept
/// missing, printed totals kept), where each was found, its parts and their text.
/// </summary>
public sealed record PublishedReport(string File, AnnualReport Report, StatisticsSheet Sheet)
{
    /// <summary>Source line of each number found.</summary>
    internal IReadOnlyDictionary<Datum, int> Lines { get; init; } = new Dictionary<Datum, int>();

    /// <summary>Its part titles, tables found and text by part, as the structural rules look at them.</summary>
    internal PrintedStructure Structure { get; init; } = new(File);

    /// <summary>Every paragraph of running text (no table cells), for R7.</summary>
    internal IReadOnlyList<string> Texts { get; init; } = [];

    /// <summary>The source line of each of <see cref="Texts"/>.</summary>
    internal IReadOnlyList<int> TextLines { get; init; } = [];

    /// <summary>Line of the title, or null when the report has none.</summary>
    internal int? TitleLine { get; init; }

    /// <summary>Problems found while reading (no agency or year found…).</summary>
    internal IReadOnlyList<Diagnostic> ReadingDiagnostics { get; init; } = [];

    /// <summary>Where a number was printed, for diagnostics.</summary>
    internal SourceLocation? Locate(Datum datum) => Lines.TryGetValue(datum, out var line) ? new SourceLocation(File, line, 1) : null;

    /// <summary>Where some words of the text stand.</summary>
    internal SourceLocation? Locate(string quote)
    {
        for (var i = 0; i < Texts.Count; i++)
        {
            if (Texts[i].Contains(quote, StringComparison.Ordinal))
            {
                return new SourceLocation(File, TextLines[i], 1);
            }
        }

        return null;
    }
}
