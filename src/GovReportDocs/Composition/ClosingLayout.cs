using GovReportDocs.NationalFormat;

namespace GovReportDocs.Composition;

/// <summary>
/// Places the signature of GB/T 9704 §7.3.5 (不加盖印章): the agency name two characters from the right margin, the
/// date on the next line with its first character two characters right of the name's first; a date longer than
/// that stands two characters from the margin and pushes the name left. A name wider than 18 characters wraps
/// between units, so the date never starts in the left third of the line
/// (<see cref="TitleLines"/>). Composed once; the .docx and the PDF both draw these positions.
/// </summary>
internal static class ClosingLayout
{
    /// <summary>What an office fills in by hand when the input has no publishDate: as wide as a date.</summary>
    public const string DatePlaceholder = "    年  月  日";

    /// <summary>Places the name (first line) and the dates under it on the line of <see cref="PageLayout.CharactersPerLine"/>.</summary>
    public static ClosingBlock Place(IReadOnlyList<string> lines)
    {
        const double line = PageLayout.CharactersPerLine;
        const double right = PageLayout.ClosingRightIndentChars;
        const double shift = PageLayout.ClosingDateShiftChars;

        var name = TitleLines.Split(lines[0], PageLayout.ClosingNameLineChars);
        var dates = lines.Skip(1).ToList();
        var nameWidth = name.Max(NominalWidth.Ems);
        var dateWidth = dates.Select(NominalWidth.Ems).DefaultIfEmpty(0).Max();
        var nameStart = Math.Max(0, dateWidth + shift <= nameWidth ? line - right - nameWidth : line - right - dateWidth - shift);
        return new ClosingBlock([
            .. name.Select(n => new ClosingLine(n, nameStart)),
            .. dates.Select(d => new ClosingLine(d, Math.Min(nameStart + shift, line - right - NominalWidth.Ems(d)))),
        ]);
    }
}
