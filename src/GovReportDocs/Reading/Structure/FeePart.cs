using System.Text.RegularExpressions;
using GovReportDocs.Normalization;
using GovReportDocs.Reading.Lines;
using GovReportDocs.Validation;

namespace GovReportDocs.Reading.Structure;

/// <summary>
/// The 信息处理费 statement an office printed as a part of its own, numbered among the parts (12-pingtan-jinjing-2025:
/// 五、信息处理费收取情况 and its small table, before 六、存在的主要问题及改进措施), as the format kept before 2021 had it.
/// The 2021 format puts the fee facts in 六、其他需要报告的事项: `import` carries this text there.
/// </summary>
internal static partial class FeePart
{
    /// <summary>The words of a fee title, beyond its part number.</summary>
    public const string Words = "信息处理费";

    /// <summary>
    /// The fee part's title and the paragraphs under it up to the next part title, or null when there is none: a short
    /// paragraph numbered as a part (一、 to 六、) with the fee's words, after part 二 and before part 六 (in 六 it is 六's own).
    /// </summary>
    public static PrintedFeePart? Of(IReadOnlyList<SourceItem> items, IReadOnlyList<FoundPart> parts)
    {
        var partIndexes = parts.Select(p => p.Index).ToHashSet();
        // After the tables begin (part 二) and before 六.
        var from = parts.FirstOrDefault(p => p.Number == 2)?.Index ?? 0;
        var six = parts.FirstOrDefault(p => p.Number == 6)?.Index ?? items.Count;
        for (var i = from; i < six; i++)
        {
            if (items[i] is SourceParagraph title && !partIndexes.Contains(i) && IsTitle(title.Text))
            {
                var end = parts.Select(p => p.Index).Where(p => p > i).DefaultIfEmpty(items.Count).Min();
                var text = items.Skip(i + 1).Take(end - i - 1).OfType<SourceParagraph>().Select(p => p.Text).ToList();
                return new PrintedFeePart(title.Text, title.Line, i, text);
            }
        }

        return null;
    }

    /// <summary>Whether a paragraph is a fee title: `五、信息处理费收取情况`, short, numbered as a part.</summary>
    public static bool IsTitle(string paragraph)
    {
        var text = ChineseNormalizer.Normalize(paragraph);
        return text.Length <= ReadingThresholds.MaxPartTitle && PartMarker().IsMatch(text) && text.Contains(Words, StringComparison.Ordinal);
    }

    /// <summary>The title without its part number (`信息处理费收取情况`): in 六 it is no part of its own.</summary>
    public static string Unnumbered(string title) => PartMarker().Replace(title.Trim(), "");

    [GeneratedRegex(@"^[一二三四五六][、.,，]")]
    private static partial Regex PartMarker();
}
