using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;

namespace GovReportDocs.Validation;

/// <summary>R3: in each column of table 3, 三（七）总计 is the sum of the 21 result rows.</summary>
internal sealed class R3ResultsTotal : IReportRule
{
    /// <inheritdoc />
    public string Id => RuleIds.R3;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var sheet = context.Sheet;
        foreach (var column in ApplicantColumns.All)
        {
            var total = new ApplicationDatum(ApplicationRow.ResultsTotal, column);
            var printed = sheet[total];
            var sum = Sums.Of(ApplicationStatistics.ResultRows.Select(row => sheet[row, column]));
            if (printed is null || sum is null || printed == sum)
            {
                continue;
            }

            yield return Diagnostic.Error(Id,
                $"{total.Describe()}应为{Sums.Text(sum.Value)}（（一）至（六）21项办理结果之和），实际为{Sums.Text(printed.Value)}",
                total);
        }
    }
}
