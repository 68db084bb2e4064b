namespace GovReportDocs.Composition;

/// <summary>
/// A table label wrapped in its cell never leaves one character alone on its last line (…禁止公 / 开): the
/// character before it goes down too (…禁止 / 公开), as the PDF's line breaker does. The .docx cannot ask Word for
/// that, so it writes a line break where this rule moves one; the wrap is counted on <see cref="NominalWidth"/>,
/// which is what 宋体 sets in Word, WPS and LibreOffice.
/// </summary>
internal static class LabelLines
{
    /// <summary>
    /// Where the last line of <paramref name="text"/> must start in a cell whose text may take
    /// <paramref name="widthPt"/> at <paramref name="sizePt"/>, when wrapping as usual would leave one character
    /// (and its closing punctuation) alone there; null when it would not.
    /// </summary>
    public static int? RuntBreak(string text, double widthPt, double sizePt)
    {
        var starts = LineStarts(text, widthPt / sizePt);
        if (starts.Count < 2)
        {
            return null;
        }

        var last = starts[^1];
        var alone = text[last..].TrimEnd().Count(c => !Kinsoku.CannotStartLine(c)) == 1;
        return alone && last - starts[^2] > 2 ? last - 1 : null;
    }

    /// <summary>Where each line starts when the text fills lines of <paramref name="lineEms"/>, no line opening with 、，。）》.</summary>
    private static List<int> LineStarts(string text, double lineEms)
    {
        var starts = new List<int> { 0 };
        var used = 0.0;
        for (var i = 0; i < text.Length; i++)
        {
            var width = NominalWidth.Ems(text[i].ToString());
            if (used + width > lineEms + Slack && i > starts[^1])
            {
                var at = i;
                while (at > starts[^1] + 1 && Kinsoku.CannotStartLine(text[at]))
                {
                    at--;
                }

                starts.Add(at);
                used = NominalWidth.Ems(text[at..i]);
            }

            used += width;
        }

        return starts;
    }

    /// <summary>Rounding slack in ems: a label that fills its line exactly still fits.</summary>
    private const double Slack = 0.001;
}
