using GovReportDocs.Composition;
using GovReportDocs.NationalFormat;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Stress;

/// <summary>
/// How much of a page stays blank at its foot (issue 24): a reviewer reads half a page left empty before 表三 as the
/// gap the issue complained about for 表二. Read back from both formats' pages, the stress inputs and the two samples.
/// </summary>
public partial class StressRenderingTests
{
    /// <summary>The two bundled samples (盘州, 勐戛), printed with the stress inputs.</summary>
    private static string[] SampleNames => ["panzhou-2024.yaml", "mengga-2024.yaml"];

    /// <summary>
    /// The most whole lines a page may leave blank at its foot. What the keep rules legitimately move over whole is
    /// at most five lines: a heading with the two lines of text it keeps and a three-line paragraph that cannot be
    /// split two and two (four), the closing with the two lines it keeps and a blank line (five with a two-line
    /// name), a heading 三 with 表三's header and its first row (about 4.9). More is a block moved whole that could
    /// have started at the foot.
    /// </summary>
    private const int MostBlankLinesAtAFoot = 5;

    public static TheoryData<string, bool> EveryInputInBothFormats()
    {
        var data = new TheoryData<string, bool>();
        foreach (var name in StressInputs.Names.Concat(SampleNames))
        {
            data.Add(name, false);
            data.Add(name, true);
        }

        return data;
    }

    [Theory]
    [Trait("Requires", "debian")]
    [MemberData(nameof(EveryInputInBothFormats))]
    public void No_page_leaves_more_than_five_lines_blank_at_its_foot_unless_the_next_opens_with_a_block_kept_whole(string input, bool fromDocx)
    {
        // 盘州 left 10.8 of 22 lines blank on page 4 and 勐戛 9.8: part 三's heading and 表三 went over whole.
        var words = PdfWords.Read(Pdf(input, fromDocx));
        var bottom = (PageLayout.TopMm + PageLayout.TextHeightMm) * PageLayout.PointsPerMm;
        var pages = words.Max(w => w.Page);
        var gaps = new List<string>();
        for (var page = 1; page < pages; page++)
        {
            var lowest = words.Where(w => w.Page == page && w.YMax < bottom + 1).Max(w => w.YMax);
            var blank = (bottom - lowest) / PageLayout.LinePitchPt;
            if (Math.Floor(blank) > MostBlankLinesAtAFoot && !OpensWithABlockKeptWhole(PdfWords.Lines(words, page + 1)))
            {
                gaps.Add($"page {page}: {blank:F1} lines blank, page {page + 1} opens with “{ExternalTool.Squeeze(PdfWords.Lines(words, page + 1)[0])}”");
            }
        }

        gaps.ShouldBeEmpty($"{input} ({(fromDocx ? ".docx" : "PDF")})");
    }

    /// <summary>
    /// Whether a page opens with what may not be split: 表四 (kept whole) under its heading, one of 表二's 第二十条
    /// blocks, which break only between them, or 表三 continued with 三、本年度办理结果's first rows, whose head (the rows
    /// its text needs) reaches into （三）不予公开, a group kept whole: about 6.2 lines together.
    /// </summary>
    private static bool OpensWithABlockKeptWhole(IReadOnlyList<string> lines)
    {
        var opening = string.Concat(lines.Select(ExternalTool.Squeeze));
        var resultsStart = ApplicationRows.All.Single(r => r.Row == GovReportDocs.Model.ApplicationRow.Granted).Label;
        return opening.StartsWith(PartTitles.Review, StringComparison.Ordinal)
            || new[] { ProactiveLabels.Article20Item1, ProactiveLabels.Article20Item5, ProactiveLabels.Article20Item6, ProactiveLabels.Article20Item8 }
                .Any(block => opening.StartsWith(ExternalTool.Squeeze(block), StringComparison.Ordinal))
            || (opening.StartsWith(ApplicantColumns.ApplicantsHeader, StringComparison.Ordinal) && opening.Contains(resultsStart, StringComparison.Ordinal));
    }
}
