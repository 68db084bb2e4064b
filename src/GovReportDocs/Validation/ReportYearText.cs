using System.Globalization;
using System.Text.RegularExpressions;

namespace GovReportDocs.Validation;

/// <summary>
/// A narrative text kept from another report year (started from last year's, or the 报告年度 changed) follows the new
/// year where it names the report year: the old year as a year (2024年, 2024年度, 2024年1月1日至2024年12月31日,
/// 2024年政府信息公开工作年度报告). A cited document's title in 《》 keeps its year (R10 skips it too), as does any other
/// year, a longer number (12024) or the old year's digits as a count (2024件). The web editor offers this on a change
/// of year, with an undo; R10 names what is left.
/// </summary>
internal static partial class ReportYearText
{
    /// <returns>The text with the old year replaced, and how many places changed.</returns>
    public static (string Text, int Count) Replace(string text, int from, int to)
    {
        var count = 0;
        var replaced = Year().Replace(text, match =>
        {
            if (match.Groups["digits"].Value != from.ToString(CultureInfo.InvariantCulture) || R10YearConsistency.InsideBookTitle(text, match.Index))
            {
                return match.Value;
            }

            count++;
            return to.ToString(CultureInfo.InvariantCulture);
        });
        return (replaced, count);
    }

    /// <summary>Four digits, not part of a longer number, followed by 年 (spaces allowed, as R10 allows them).</summary>
    [GeneratedRegex(@"(?<![0-9０-９])(?<digits>[0-9]{4})(?=\s*年)")]
    private static partial Regex Year();
}
