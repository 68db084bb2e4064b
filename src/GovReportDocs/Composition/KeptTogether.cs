namespace GovReportDocs.Composition;

/// <summary>
/// A number and its measure word (1号, 12件, 2025年) stay on one line of the PDF, as runs of digits and Latin
/// (0851-86543210) already do.
/// </summary>
internal static class KeptTogether
{
    private const string MeasureWords = "号件条个次人项家元万亿年月日时天楼层室栋户期批份篇场名所类";

    /// <summary>Whether no line may break between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static bool Joins(char before, char after) => char.IsAsciiDigit(before) && MeasureWords.Contains(after);
}
