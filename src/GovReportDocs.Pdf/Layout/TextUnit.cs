using GovReportDocs.Format;

namespace GovReportDocs.Pdf.Layout;

/// <summary>The smallest piece a line may break around: one CJK character, or a whole run of digits and Latin.</summary>
internal readonly record struct TextUnit(string Text, FontRole Role, double Size, double Width);

/// <summary>A run of text in one font, as a paragraph is given to the line breaker.</summary>
internal readonly record struct StyledRun(string Text, FontRole Role, double Size);

/// <summary>A laid-out line: its units at their natural widths, its indent, and whether it is to be justified.</summary>
internal sealed record LaidLine(IReadOnlyList<TextUnit> Units, double Indent, bool Justified)
{
    public double NaturalWidth => Units.Sum(u => u.Width);
}
