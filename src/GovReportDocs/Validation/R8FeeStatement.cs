using GovReportDocs.Diagnostics;
using GovReportDocs.Model;
using GovReportDocs.Normalization;

namespace GovReportDocs.Validation;

/// <summary>
/// R8: part 六 states the 信息处理费 situation — required when 表三（六）2 counts requests dropped for unpaid
/// fees, expected always (even "none charged"). Reports made from the model always carry it.
/// </summary>
internal sealed class R8FeeStatement : IReportRule
{
    private static readonly string[] FeeWords = ["信息处理费", "处理费", "收费", "收取费用", "收取任何费用", "费用"];

    /// <inheritdoc />
    public string Id => RuleIds.R8;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        if (context.Published?.Current is not { } report || report.Part(6) is not { } part)
        {
            yield break;
        }

        // Normalised, so 收費 in a Traditional rendering counts as 收费.
        var text = ChineseNormalizer.Normalize(report.PartTexts.GetValueOrDefault(6, ""));
        if (FeeWords.Any(text.Contains))
        {
            yield break;
        }

        var overdueFee = context.Sheet[ApplicationRow.OtherOverdueFee, ApplicantColumn.Total] ?? 0;
        var source = new SourceLocation(report.File, part.Line, 1);
        yield return overdueFee > 0
            ? new Diagnostic(Id, Severity.Error,
                $"表三（六）2“逾期未缴纳费用”为{Sums.Text(overdueFee)}件，第六部分应说明信息处理费情况（发出收费通知的件数、总金额和实际收取金额），实际未说明") { Source = source }
            : new Diagnostic(Id, Severity.Warning,
                "第六部分应说明信息处理费收取情况（未收取也应写明），实际未说明") { Source = source };
    }
}
