using System.Globalization;

namespace GovReportDocs.NationalFormat;

/// <summary>How the report prints numbers: up to 4 decimals, no trailing zeros, 0 as `0`.</summary>
internal static class NumberText
{
    /// <summary>Formats a table number or amount.</summary>
    public static string Format(decimal value) =>
        Math.Round(value, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture);
}
