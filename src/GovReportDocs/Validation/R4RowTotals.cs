using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;

namespace GovReportDocs.Validation;

/// <summary>R4: in each row of table 3, 总计 is the sum of the six applicant columns.</summary>
internal sealed class R4RowTotals : IReportRule
{
    /// <inheritdoc />
    public string Id => RuleIds.R4;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var sheet = context.Sheet;
        foreach (var spec in ApplicationRows.All)
        {
            var total = new ApplicationDatum(spec.Row, ApplicantColumn.Total);
            var printed = sheet[total];
            var sum = Sums.Of(ApplicantCounts.ApplicantColumns.Select(column => sheet[spec.Row, column]));
            if (printed is null || sum is null || printed == sum)
            {
                continue;
            }

            yield return Mismatch(spec.Row, sum.Value, printed.Value);
        }
    }

    /// <summary>The finding for a row whose 总计 is not its sum; the input reader uses it for 7-value rows.</summary>
    public static Diagnostic Mismatch(ApplicationRow row, decimal expected, decimal actual)
    {
        var total = new ApplicationDatum(row, ApplicantColumn.Total);
        return Diagnostic.Error(RuleIds.R4,
            $"{total.Describe()}应为{Sums.Text(expected)}（各申请人类别之和），实际为{Sums.Text(actual)}", total);
    }
}
