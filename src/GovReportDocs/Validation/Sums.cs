using GovReportDocs.NationalFormat;

namespace GovReportDocs.Validation;

/// <summary>Sums over printed values, where one missing value makes the sum unknown (R1 reports it).</summary>
internal static class Sums
{
    public static decimal? Of(IEnumerable<decimal?> values)
    {
        decimal sum = 0;
        foreach (var value in values)
        {
            if (value is null)
            {
                return null;
            }

            sum += value.Value;
        }

        return sum;
    }

    public static string Text(decimal value) => NumberText.Format(value);
}
