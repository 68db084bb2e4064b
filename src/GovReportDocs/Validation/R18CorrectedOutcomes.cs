using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;

namespace GovReportDocs.Validation;

/// <summary>
/// R18: a 行政复议 or 行政诉讼 decided against the office (结果纠正 above 0). Nothing is wrong with the report, but
/// evaluators deduct per case; an info note, so that part 五 can say what was learned from it.
/// </summary>
internal sealed class R18CorrectedOutcomes : IReportRule
{
    /// <inheritdoc />
    public string Id => RuleIds.R18;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        foreach (var group in new[] { ReviewGroup.Review, ReviewGroup.LitigationDirect, ReviewGroup.LitigationAfterReview })
        {
            var datum = new ReviewDatum(group, ReviewOutcome.Corrected);
            if (context.Sheet[datum] is { } corrected && corrected > 0)
            {
                yield return Diagnostic.Info(Id,
                    $"{datum.Describe()}为{Sums.Text(corrected)}件：被纠正的案件在评估中逐件扣分，" +
                    "建议在“五、存在的主要问题及改进情况”中说明原因和整改措施", datum);
            }
        }
    }
}
