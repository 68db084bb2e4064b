namespace GovReportDocs.Composition;

/// <summary>
/// What a line of the PDF never splits: a digit and the hyphen joining it to the next digit (0851-86543210), and a
/// number and its measure word (1号, 12件, 2025年). The .docx keeps the first with Word's non-breaking hyphen.
/// </summary>
internal static class KeptTogether
{
    private const string MeasureWords = "号件条个次人项家元万亿年月日时天楼层室栋户期批份篇场名所类";

    /// <summary>Whether no line may break between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static bool Joins(char before, char after) =>
        (char.IsAsciiDigit(before) && MeasureWords.Contains(after)) || (before == '-' && char.IsAsciiDigit(after));

}
