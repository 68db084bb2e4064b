using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;

namespace GovReportDocs.Validation;

/// <summary>
/// R16: with last year's report, a key count that grows more than five-fold or falls below a fifth of last year's,
/// both years at least <see cref="Floor"/>. A warning: a typo or a shifted column is the usual cause, a real change
/// deserves a line in the text.
/// </summary>
internal sealed class R16YearOnYear : IReportRule
{
    /// <summary>How many times larger (or smaller) a count may become before it is questioned.</summary>
    public const int Factor = 5;

    /// <summary>Below this in either year, counts are too small for a ratio to mean anything.</summary>
    public const int Floor = 10;

    private sealed record KeyCount(string Name, Datum At, Func<StatisticsSheet, decimal?> Value);

    private static readonly KeyCount[] KeyCounts =
    [
        Cell("本年新收申请数", new ApplicationDatum(ApplicationRow.NewlyReceived, ApplicantColumn.Total)),
        Cell("办结数（（七）总计）", new ApplicationDatum(ApplicationRow.ResultsTotal, ApplicantColumn.Total)),
        Cell("行政许可处理决定数", new ProactiveDatum(ProactiveItem.Licensing)),
        Cell("行政处罚处理决定数", new ProactiveDatum(ProactiveItem.Punishment)),
        Cell("行政复议总计", new ReviewDatum(ReviewGroup.Review, ReviewOutcome.Total)),
        new("行政诉讼总计（两组之和）", new ReviewDatum(ReviewGroup.LitigationDirect, ReviewOutcome.Total),
            s => Sums.Of([s[ReviewGroup.LitigationDirect, ReviewOutcome.Total], s[ReviewGroup.LitigationAfterReview, ReviewOutcome.Total]])),
    ];

    private static KeyCount Cell(string name, Datum at) => new(name, at, s => s[at]);

    /// <inheritdoc />
    public string Id => RuleIds.R16;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        if (context.PreviousSheet is not { } previous
            || (context.PreviousReport is { } lastYear && lastYear.Year != context.Report.Year - 1))
        {
            // Without last year, or with another year's report (R6 says so), there is no year-on-year change.
            yield break;
        }

        foreach (var key in KeyCounts)
        {
            if (key.Value(context.Sheet) is not { } now || key.Value(previous) is not { } before || now < Floor || before < Floor)
            {
                continue;
            }

            var change = now > before * Factor ? $"是上年的{Ratio(now / before)}倍"
                : now * Factor < before ? $"只有上年的{Ratio(now / before)}倍"
                : null;
            if (change is not null)
            {
                yield return Diagnostic.Warning(Id,
                    $"{key.Name}（{key.At.Describe()}）为{Sums.Text(now)}，上年为{Sums.Text(before)}，{change}：" +
                    $"变化超过{Factor}倍，请核对是否填错或错列；如属实，请在正文说明原因", key.At);
            }
        }
    }

    private static string Ratio(decimal ratio) => ratio >= 1 ? decimal.Round(ratio, 1, MidpointRounding.AwayFromZero).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)
        : decimal.Round(ratio, 2, MidpointRounding.AwayFromZero).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
