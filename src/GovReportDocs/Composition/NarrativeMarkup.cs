using System.Text;
using System.Text.RegularExpressions;

namespace GovReportDocs.Composition;

/// <summary>
/// The minimal markup of narrative text: paragraphs are separated by blank lines; a line that is only a
/// heading becomes a heading; a paragraph opening with a numbered lead-in keeps it apart for the heading font.
/// </summary>
internal static partial class NarrativeMarkup
{
    private const int MaxHeadingLength = 40;

    /// <summary>Splits text into heading and paragraph blocks.</summary>
    public static IReadOnlyList<ReportBlock> Parse(string text)
    {
        var blocks = new List<ReportBlock>();
        var paragraph = new StringBuilder();

        void Flush()
        {
            if (paragraph.Length > 0)
            {
                blocks.Add(Paragraph(paragraph.ToString()));
                paragraph.Clear();
            }
        }

        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim().Trim('\u3000');
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (HeadingLevel(line) is { } level)
            {
                Flush();
                blocks.Add(new HeadingBlock(level, line));
                continue;
            }

            if (paragraph.Length > 0 && IsAsciiWord(paragraph[^1]) && IsAsciiWord(line[0]))
            {
                paragraph.Append(' ');
            }

            paragraph.Append(line);
        }

        Flush();
        return blocks;
    }

    /// <summary>The heading level of a line that is only a heading, else null.</summary>
    public static int? HeadingLevel(string line)
    {
        if (line.Length > MaxHeadingLength || line.IndexOfAny(['。', '；', '！', '？']) >= 0)
        {
            return null;
        }

        return MarkerLevel(line);
    }

    private static int? MarkerLevel(string text) => text switch
    {
        _ when Level1().IsMatch(text) => 1,
        _ when Level2().IsMatch(text) => 2,
        _ when Level3().IsMatch(text) => 3,
        _ => null,
    };

    private static ParagraphBlock Paragraph(string text)
    {
        if (MarkerLevel(text) is { } level and > 1)
        {
            var end = text.IndexOfAny(['。', '：']);
            if (end > 0 && end < MaxHeadingLength && end < text.Length - 1)
            {
                return new ParagraphBlock(text[(end + 1)..], text[..(end + 1)], level);
            }
        }

        return new ParagraphBlock(text);
    }

    private static bool IsAsciiWord(char c) => c < 128 && char.IsLetterOrDigit(c);

    [GeneratedRegex(@"^[一二三四五六七八九十]+、\S")]
    private static partial Regex Level1();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]\S")]
    private static partial Regex Level2();

    [GeneratedRegex(@"^\d{1,2}[\.．、]\D")]
    private static partial Regex Level3();
}
