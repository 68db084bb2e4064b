using System.Text.RegularExpressions;

namespace GovReportDocs.Reading.Pdf;

/// <summary>
/// Whether a line of running text goes on the paragraph of the line before it. A paragraph starts with an
/// indent, after a line that stops short of the right edge, at a heading marker (一、 （一）), at a change of
/// letter size, or after a gap; lines larger than the body (a title broken over lines) that follow each other
/// are one paragraph.
/// </summary>
internal static partial class Paragraphs
{
    /// <summary>A line starting this many letters right of the frame is indented.</summary>
    private const double Indent = 0.8;

    /// <summary>A line ending this many letters short of the frame ends its paragraph.</summary>
    private const double ShortBy = 1.5;

    /// <summary>Baselines farther apart than this many letters are separate paragraphs.</summary>
    private const double MaxPitch = 2.5;

    private const double MaxTitlePitch = 3.5;

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

        if (samePage && pitch > MaxPitch * size)
        {
            return false;
        }

        return line.Left < frame.Left + Indent * size && previous.Right > frame.Right - ShortBy * size;
    }

    /// <summary>A line joined to the one before: CJK text wraps without a space.</summary>
    public static string Join(string paragraph, string line) => paragraph + line;

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])")]
    private static partial Regex HeadingStart();
}
