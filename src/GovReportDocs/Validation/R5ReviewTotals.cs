using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;

namespace GovReportDocs.Validation;

/// <summary>R5: in each group of table 4, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.</summary>
internal sealed class R5ReviewTotals : IReportRule
{
    /// <inheritdoc />
    public string Id => RuleIds.R5;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var sheet = context.Sheet;
        foreach (var group in ReviewLabels.Groups)
        {
            var total = new ReviewDatum(group, ReviewOutcome.Total);
            var printed = sheet[total];
            var sum = Sums.Of(ReviewLabels.Outcomes.Where(o => o != ReviewOutcome.Total).Select(o => sheet[group, o]));
            if (printed is null || sum is null || printed == sum)
            {
                continue;
            }

            yield return Diagnostic.Error(Id,
                $"{total.Describe()}应为{Sums.Text(sum.Value)}（结果维持、结果纠正、其他结果、尚未审结之和），实际为{Sums.Text(printed.Value)}",
                total);
        }
    }
}
