using System.Globalization;
using System.Text.RegularExpressions;
using GovReportDocs.Normalization;
using GovReportDocs.Reading.Lines;

namespace GovReportDocs.Reading.Structure;

/// <summary>
/// A file that holds two reports — two years set side by side in two columns (a comparison an office prints), or one
/// report after the other — is no report to check: read row by row it mixes the numbers of both. It is told so.
/// </summary>
internal static partial class TwoReports
{
    /// <summary>Part titles printed twice on one line, from how many parts on, make two columns of reports.</summary>
    private const int DoubledParts = 3;

    /// <summary>Why the items hold two reports, in Chinese, or null when they hold at most one.</summary>
    public static string? In(IReadOnlyList<SourceItem> items)
    {
        var years = new SortedSet<int>();
        var doubled = new List<string>();
        SourceParagraph? previous = null;
        foreach (var paragraph in items.OfType<SourceParagraph>())
        {
            var text = ChineseNormalizer.Normalize(paragraph.Text);
            if (text.Length <= 2 * ReadingThresholds.MaxTitle && Titles().Match(text) is { Success: true } titles)
            {
                years.UnionWith(titles.Groups["year"].Captures.Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture)));
            }

            // Two columns read line by line: `一、总体情况一、总体情况` as one paragraph, or cut into two on the same line.
            var half = text.Length / 2;
            if (text.Length % 2 == 0 && half > 2 && half <= ReadingThresholds.MaxPartTitle && text[..half] == text[half..]
                && StructureFinder.PartNumber(text[..half]) is not null)
            {
                doubled.Add(paragraph.Text.Trim());
            }
            else if (previous is not null && previous.Line == paragraph.Line && previous.Text.Trim() == paragraph.Text.Trim()
                     && StructureFinder.PartNumber(paragraph.Text) is not null)
            {
                doubled.Add(previous.Text.Trim() + paragraph.Text.Trim());
            }

            previous = paragraph;
        }

        if (years.Count >= 2)
        {
            return $"文件中有{string.Join("、", years.Select(y => $"{y}年"))}的{years.Count}份年度报告，请把每份报告分别存为一个文件后检查";
        }

        return doubled.Count >= DoubledParts
            ? $"文件中的部分标题成对并排（“{doubled[0]}”），是两份年度报告并排排版，请把每份报告分别存为一个文件后检查"
            : null;
    }

    /// <summary>A paragraph that is one report title or several side by side, each with its year (`…2023年…报告2024年…报告`).</summary>
    [GeneratedRegex(@"^(?:[^，。；：:,;《》“”]{0,40}?(?<year>20\d{2})年度?政府信息公开(?:工作)?年度报告)+$")]
    private static partial Regex Titles();
}
