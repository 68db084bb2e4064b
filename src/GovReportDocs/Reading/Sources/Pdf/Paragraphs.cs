using System.Text.RegularExpressions;

namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>
/// Whether a line of running text goes on the paragraph of the line before it. A paragraph starts with an
/// indent, after a line that stopped where the next line's first word would still have fitted (so a line cut
/// short by line breaking, as in ragged Word text, goes on), at a heading marker (一、 （一）), at a change of
/// letter size, or after a gap; lines larger than the body, or heavier (a title broken over lines), that follow
/// each other are one paragraph.
/// </summary>
internal static partial class Paragraphs
{
    /// <summary>A line starting this many letters right of the frame is indented.</summary>
    private const double Indent = 0.8;

    /// <summary>Punctuation a line may not start with: it moves down with the character before it.</summary>
    private const string Closing = "，。、；：？！）》〉」』】”’,.;:?!)";

    /// <summary>Baselines farther apart than this many letters are separate paragraphs.</summary>
    private const double MaxPitch = 2.5;

    private const double MaxTitlePitch = 3.5;

    /// <summary>
    /// Baselines of a line that goes on a filled line, at its left edge, at most this many body sizes apart: a template's
    /// wide spacing (2.6 sizes) or double spacing still continues the sentence; farther is a blank line between paragraphs.
    /// </summary>
    private const double MaxFilledPitch = 4;

    public static bool Continues(TextLine previous, TextLine line, bool samePage, TextFrame frame)
    {
        var size = line.Size;
        if (Math.Abs(previous.Size - size) > 0.15 * size || HeadingStart().IsMatch(line.Text.TrimStart()))
        {
            return false;
        }

        var pitch = line.Baseline - previous.Baseline;
        if (size > frame.BodySize * 1.15)
        {
            // Titles are set with wide line spacing (LibreOffice: 2.6 sizes).
            return samePage && pitch <= MaxTitlePitch * size;
        }

        // A line at the left edge after a line filled to the right edge goes on its sentence whatever the line spacing;
        // not after a heading, which a document of few lines (a blank template: 六、… / （文字描述…）) may show as filled.
        var goesOn = line.Left < frame.Left + Indent * size && frame.Right - previous.Right < FirstWordWidth(line) * 0.95;
        var spacedSentence = goesOn && !HeadingStart().IsMatch(previous.Text.TrimStart());
        if (samePage && pitch > (spacedSentence ? MaxFilledPitch * frame.BodySize : MaxPitch * size))
        {
            return false;
        }

        // A title set in the body size but heavier, broken over two lines (`四、政府信息公开行政复议、行政` / `诉讼情况`).
        if (frame.LooksLikeTitle(previous) && frame.LooksLikeTitle(line))
        {
            return true;
        }

        return goesOn;
    }

    /// <summary>What line breaking had to move down: the first character (a Latin word or number whole) and the closing punctuation after it.</summary>
    private static double FirstWordWidth(TextLine line)
    {
        var glyphs = line.Glyphs;
        var end = 0;
        while (end + 1 < glyphs.Count && IsWordCharacter(glyphs[end].Text) && IsWordCharacter(glyphs[end + 1].Text) && !glyphs[end + 1].AfterSpace)
        {
            end++;
        }

        while (end + 1 < glyphs.Count && Closing.Contains(glyphs[end + 1].Text[0]))
        {
            end++;
        }

        return glyphs[end].Right - glyphs[0].Left;
    }

    private static bool IsWordCharacter(string text) => text.Length > 0 && char.IsAsciiLetterOrDigit(text[0]);

    /// <summary>A line joined to the one before: CJK text wraps without a space.</summary>
    public static string Join(string paragraph, string line) => paragraph + line;

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])")]
    private static partial Regex HeadingStart();
}
