using System.Text.RegularExpressions;
using GovReportDocs.Normalization;

namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>
/// Takes out what the page adds around the report: page numbers (`— 1 —`, `- 1 -`, `第1页`, `第1页 共5页`,
/// `1/5`) at the top or bottom of a page, and running heads and footers — the same words (numbers aside) at
/// the same height on at least half the pages.
/// </summary>
internal static partial class PageResidue
{
    /// <summary>How many lines at each end of a page may be residue.</summary>
    private const int EdgeLines = 2;

    /// <summary>Running heads repeat at the same height to within this (points).</summary>
    private const double SameHeight = 3;

    public static void Remove(IReadOnlyList<LaidPage> pages)
    {
        var edges = pages.Select(p => Edges(p.Lines).ToList()).ToList();
        var repeated = new HashSet<TextLine>();
        var all = edges.SelectMany(e => e).Select(l => (Line: l, Key: Key(l.Text))).ToList();
        var needed = Math.Max(2, (pages.Count + 1) / 2);
        foreach (var group in all.GroupBy(e => e.Key))
        {
            var lines = group.Select(e => e.Line).ToList();
            foreach (var line in lines)
            {
                if (lines.Count(other => Math.Abs(other.Baseline - line.Baseline) <= SameHeight) >= needed)
                {
                    repeated.Add(line);
                }
            }
        }

        for (var i = 0; i < pages.Count; i++)
        {
            var residue = edges[i].Where(l => repeated.Contains(l) || IsPageNumber(l.Text)).ToHashSet();
            pages[i].Lines.RemoveAll(residue.Contains);
        }
    }

    /// <summary>Whether a line reads as a page number.</summary>
    public static bool IsPageNumber(string text) => PageNumber().IsMatch(ChineseNormalizer.Normalize(text));

    private static IEnumerable<TextLine> Edges(List<TextLine> lines) =>
        lines.Count <= 2 * EdgeLines ? lines : lines.Take(EdgeLines).Concat(lines.TakeLast(EdgeLines));

    /// <summary>The words of a line with its numbers blanked: `第3页` and `第4页` are the same footer.</summary>
    private static string Key(string text) => Digits().Replace(ChineseNormalizer.Normalize(text), "#");

    [GeneratedRegex(@"^([-—–―─一~]*\d{1,4}[-—–―─一~]*|第\d{1,4}页(,?共\d{1,4}页)?|共\d{1,4}页,?第\d{1,4}页|\d{1,4}/\d{1,4}|(?i:page)\d{1,4}((?i:of)\d{1,4})?)$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
