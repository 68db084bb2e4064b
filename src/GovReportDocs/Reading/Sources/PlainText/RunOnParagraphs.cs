using System.Text.RegularExpressions;
using GovReportDocs.Normalization;
using GovReportDocs.Reading.Lines;

namespace GovReportDocs.Reading.Sources.PlainText;

/// <summary>
/// Running text of a run-on page or a copied line, cut into paragraphs where a part title or a （一）-style heading
/// begins: the structure stage finds those titles only when each is a paragraph of its own.
/// </summary>
internal static partial class RunOnParagraphs
{
    /// <summary>Running text of one or more lines: each line its paragraphs.</summary>
    public static IEnumerable<SourceParagraph> Lines(string text, int firstLine) =>
        text.Split('\n').SelectMany((l, i) => Paragraphs(l.Trim(), firstLine + i));

    /// <summary>Running text cut before each part title and each （一）-style heading that opens a sentence.</summary>
    public static IEnumerable<SourceParagraph> Paragraphs(string text, int number)
    {
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (Match heading in SubHeading().Matches(text))
        {
            cuts.Add(heading.Index + heading.Groups["pre"].Length);
        }

        foreach (Match marker in PartMarker().Matches(text))
        {
            if (marker.Index > 0 && !IsSentenceBoundary(text[marker.Index - 1]) && !char.IsAsciiDigit(text[marker.Index - 1]))
            {
                continue;
            }

            var title = PartTitleAt(text, marker.Index);
            if (title > 0)
            {
                cuts.Add(marker.Index);
                cuts.Add(marker.Index + title);
            }
        }

        var list = cuts.ToList();
        for (var k = 0; k + 1 < list.Count; k++)
        {
            var paragraph = text[list[k]..list[k + 1]].Trim().Trim('\u3000');
            if (paragraph.Length > 0)
            {
                yield return new SourceParagraph(paragraph, number);
            }
        }
    }

    private static bool IsSentenceBoundary(char c) => c is '。' or '；' or ';' or '：' or ':' or '！' or '？' or ' ' or '\u3000' or '\u00a0' or '）' or ')';

    /// <summary>The length of the part title starting at <paramref name="at"/>, or 0 when none starts there.</summary>
    private static int PartTitleAt(string text, int at)
    {
        var limit = Math.Min(text.Length, at + ReadingThresholds.MaxPartTitle);
        var end = limit;
        for (var i = at + 2; i < limit; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c) || c is '（' or '(' or '。' or '，' or ',' or ' ' or '\u3000' or '\u00a0')
            {
                end = i;
                break;
            }

            if (i + 1 < text.Length && text.Substring(i, 2) is "情况" or "事项" or "计划" or "措施")
            {
                end = i + 2;
                break;
            }
        }

        var title = ChineseNormalizer.Normalize(text[at..end]);
        return PartWords.Any(title.Contains) ? end - at : 0;
    }

    // 信息处理费: a fee part of its own (Structure.FeePart), cut off the table 四 that runs on before it.
    private static readonly string[] PartWords = ["总体情况", "主动公开政府信息", "政府信息公开申请", "复议", "存在的主要问题", "其他需要报告", Structure.FeePart.Words];

    [GeneratedRegex(@"[一二三四五六][、.，,]")]
    private static partial Regex PartMarker();

    [GeneratedRegex(@"(?<pre>^|[。；;：:\s])[（(][一二三四五六七八九十][）)]")]
    private static partial Regex SubHeading();
}
