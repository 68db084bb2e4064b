using System.Text.RegularExpressions;
using GovReportDocs.Composition;
using GovReportDocs.Reading.Lines;

namespace GovReportDocs.Reading.Sources.PlainText;

/// <summary>
/// Text copied out of a PDF keeps the PDF's line breaks: a sentence runs over lines cut at the text width
/// (`…区政府办代表区政府受理政府` / `信息公开申请 17 件，…`), and the rules that quote the text (R7) find it only whole.
/// A line as wide as the text is, not ending a sentence, goes on with the next line of running text; page numbers
/// and blank lines between them are skipped, as a page break cuts a sentence too.
/// </summary>
internal static partial class WrappedLines
{
    /// <summary>A line at least this share of the text width was cut by the width, not ended by the writer.</summary>
    private const double FullShare = 0.9;

    /// <summary>Lines at least this wide (in CJK letters) may be running text; shorter ones are titles, labels, cells.</summary>
    private const double MinTextWidth = 16;

    /// <summary>The text width is a width at least this many lines share.</summary>
    private const int Shared = 5;

    private const string SentenceEnds = "。！？；：!?;:";

    /// <summary>The paragraphs of the given items with lines cut by the text width joined; other items as they are.</summary>
    public static List<SourceItem> Join(List<SourceItem> items, string[] lines)
    {
        var single = items.GroupBy(i => i.Line).Where(g => g.Count() == 1 && g.First() is SourceParagraph).Select(g => g.Key).ToHashSet();
        var widths = items.Where(i => single.Contains(i.Line)).Select(i => Width(i.Text)).Where(w => w >= MinTextWidth).ToList();
        if (TextWidth(widths) is not { } full)
        {
            return items;
        }

        var joined = new List<SourceItem>(items.Count);
        var lastLine = 0;
        var lastText = "";
        foreach (var item in items)
        {
            if (joined.Count > 0 && joined[^1] is SourceParagraph previous && item is SourceParagraph next && single.Contains(item.Line)
                && IsCut(lastText, full) && IsRunningText(next.Text) && OnlyBlankBetween(lines, lastLine, item.Line))
            {
                joined[^1] = previous with { Text = previous.Text + next.Text };
            }
            else
            {
                joined.Add(item);
            }

            // A line with more than one item is never joined on.
            lastLine = single.Contains(item.Line) ? item.Line : -1;
            lastText = item.Text;
        }

        return joined;
    }

    /// <summary>The widest width enough lines share (within a letter), or null when no width is shared: not a PDF's text.</summary>
    private static double? TextWidth(List<double> widths)
    {
        widths.Sort((a, b) => b.CompareTo(a));
        for (var i = 0; i + Shared - 1 < widths.Count; i++)
        {
            if (widths[i] - widths[i + Shared - 1] <= 1)
            {
                return widths[i];
            }
        }

        return null;
    }

    private static bool IsCut(string text, double full) =>
        text.Length > 0 && !SentenceEnds.Contains(text[^1]) && Width(text) >= full * FullShare && Width(text) <= full + 1 && HasLetters(text);

    /// <summary>Running text goes on: not a heading (一、 （一）), not a number alone.</summary>
    private static bool IsRunningText(string text) => HasLetters(text) && !HeadingStart().IsMatch(text);

    private static bool HasLetters(string text) => text.Any(c => c >= 0x4E00 && c <= 0x9FFF);

    private static bool OnlyBlankBetween(string[] lines, int from, int to)
    {
        if (from <= 0)
        {
            return false;
        }

        for (var line = from + 1; line < to; line++)
        {
            if (lines[line - 1].Trim().Trim('\u3000').Length > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Width in CJK letters: ASCII letters, digits and spaces are half as wide.</summary>
    private static double Width(string text) => NominalWidth.Ems(text);

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d))")]
    private static partial Regex HeadingStart();
}
