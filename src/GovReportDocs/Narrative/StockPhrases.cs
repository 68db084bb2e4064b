using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace GovReportDocs.Narrative;

/// <summary>
/// The fixed wording of the narrative templates — what every report made from them shares — so that a check for text
/// copied from last year (R15) does not count it. Read from the templates themselves: the text between their tags,
/// cut at sentence ends, pieces of at least <see cref="MinimumLength"/> characters.
/// </summary>
internal static partial class StockPhrases
{
    /// <summary>Shorter pieces are common words rather than a template's sentence.</summary>
    public const int MinimumLength = 6;

    private static readonly ConditionalWeakTable<NarrativeTemplates, IReadOnlyList<string>> Cache = new();

    /// <summary>The fixed pieces of the given templates, longest first.</summary>
    public static IReadOnlyList<string> Of(NarrativeTemplates templates) => Cache.GetValue(templates, Extract);

    private static IReadOnlyList<string> Extract(NarrativeTemplates templates) =>
        NarrativeTemplates.Names
            .SelectMany(name => Tag().Split(templates.TextOf(name)))
            .SelectMany(run => SentenceEnd().Split(run))
            .Select(piece => piece.Trim())
            .Where(piece => piece.Length >= MinimumLength && !piece.Contains('【'))
            .Distinct()
            .OrderByDescending(piece => piece.Length)
            .ToList();

    [GeneratedRegex(@"\{\{[^}]*\}\}")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[。；！？\n]")]
    private static partial Regex SentenceEnd();
}
