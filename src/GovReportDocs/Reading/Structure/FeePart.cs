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
    /// paragraph with the fee's words, numbered as the part after the one it follows (五、 after 四), between the tables
    /// (part 二) and the first of 五 or 六. An item of 五 or 六 (一、信息处理费收费标准宣传不够) is that part's own text.
    /// </summary>
    public static PrintedFeePart? Of(IReadOnlyList<SourceItem> items, IReadOnlyList<FoundPart> parts)
    {
        var partIndexes = parts.Select(p => p.Index).ToHashSet();
        var from = parts.FirstOrDefault(p => p.Number == 2)?.Index ?? 0;
        var until = parts.Where(p => p.Number >= 5).Select(p => p.Index).DefaultIfEmpty(items.Count).Min();
        for (var i = from; i < until; i++)
        {
            if (items[i] is SourceParagraph title && !partIndexes.Contains(i) && IsTitle(title.Text)
                && NumberOf(title.Text) == 1 + parts.Where(p => p.Index < i).Select(p => p.Number).DefaultIfEmpty(0).Max())
            {
                var end = parts.Select(p => p.Index).Where(p => p > i).DefaultIfEmpty(items.Count).Min();
                var text = items.Skip(i + 1).Take(end - i - 1).OfType<SourceParagraph>().Select(p => p.Text).ToList();
                return new PrintedFeePart(title.Text, title.Line, i, text);
            }
        }

        return null;
    }

    /// <summary>The part number a title is numbered with (五、 is 5).</summary>
    private static int NumberOf(string title) => "一二三四五六".IndexOf(ChineseNormalizer.Normalize(title).TrimStart()[0], StringComparison.Ordinal) + 1;

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
