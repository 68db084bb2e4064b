using System.Globalization;
using System.Text.RegularExpressions;
using GovReportDocs.Normalization;

namespace GovReportDocs.Ledger;

/// <summary>
/// Reads a date cell: a real date, an Excel serial number shown unformatted, or a date typed as text in the ways
/// offices write them (2025-03-01, 2025/3/1, 2025.3.1, 2025年3月1日, 20250301). Anything else is not a date.
/// </summary>
internal static partial class LedgerDates
{
    /// <summary>The 条例 took effect on 1 May 2008: no application is older.</summary>
    public static readonly DateOnly Earliest = new(2008, 5, 1);

    private static readonly DateOnly Latest = new(2100, 12, 31);

    /// <summary>The date a cell holds, or null with the reason when it holds something else.</summary>
    public static (DateOnly? Date, bool IsText) Read(object value)
    {
        switch (value)
        {
            case DateTime dateTime:
                return (DateOnly.FromDateTime(dateTime), false);
            case double serial when serial >= 1 && serial < 2_958_466:
                return (DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial))), false);
            case string text:
                return (Parse(text), true);
            default:
                return (null, true);
        }
    }

    public static bool Plausible(DateOnly date) => date >= Earliest && date <= Latest;

    private static DateOnly? Parse(string text)
    {
        var normalized = ChineseNormalizer.Normalize(text);
        var match = Pattern().Match(normalized);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    // A time after the date (2025-03-01 10:20) is allowed and ignored.
    [GeneratedRegex(@"^(?<y>(?:19|20|21)\d\d)(?:(?<s>[-/.])(?<m>\d{1,2})\k<s>(?<d>\d{1,2})|年(?<m>\d{1,2})月(?<d>\d{1,2})日?|(?<m>\d\d)(?<d>\d\d))(?:\d{1,2}:\d\d(?::\d\d)?)?$")]
    private static partial Regex Pattern();
}
