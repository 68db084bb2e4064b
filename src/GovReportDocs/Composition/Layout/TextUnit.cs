using GovReportDocs.NationalFormat;

namespace GovReportDocs.Composition.Layout;

/// <summary>
/// The smallest piece a line may break around: one CJK character, or a whole run of digits and Latin, or a piece of
/// a web address. <paramref name="Glued"/>: a piece that continues the unit before it (…/zfxxgk/ | fdzdgknr/): a line
/// may break there, but justification never opens a gap there, which would read as a space in the address.
/// </summary>
internal readonly record struct TextUnit(string Text, FontRole Role, double Size, double Width, bool Glued = false);

/// <summary>A run of text in one font, as a paragraph is given to the line breaker.</summary>
internal readonly record struct StyledRun(string Text, FontRole Role, double Size);

/// <summary>A laid-out line: its units at their natural widths, its indent, and whether it is to be justified.</summary>
internal sealed record LaidLine(IReadOnlyList<TextUnit> Units, double Indent, bool Justified)
{
    public double NaturalWidth => Units.Sum(u => u.Width);
}
