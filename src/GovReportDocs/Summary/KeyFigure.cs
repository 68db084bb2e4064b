using System.Globalization;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;

namespace GovReportDocs.Summary;

/// <summary>One number of the reviewer's table of offices, said once for the page, the workbook and the JSON.</summary>
/// <param name="Name">The column's Chinese heading.</param>
/// <param name="Key">Its JSON name.</param>
/// <param name="IsShare">A share (printed as a percentage) rather than a count.</param>
/// <param name="Value">Its value for one report; null when a number it needs is missing.</param>
internal sealed record KeyFigure(string Name, string Key, bool IsShare, Func<SummaryReport, decimal?> Value)
{
    /// <summary>`37.5%` for a share, the report's own number format for a count, `—` for unknown.</summary>
    public string Text(SummaryReport report) => Format(Value(report), IsShare);

    public static string Format(decimal? value, bool isShare) => value switch
    {
        null => "—",
        { } share when isShare => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%",
        { } count => NumberText.Format(count),
    };
}

/// <summary>
/// The key numbers of a report, read from its printed tables through the data names of the table description: 本年新收,
/// 办理结果总计 and the shares of 予以公开 and 不予公开, 结转下年度, 行政复议, 行政诉讼, 被纠错件数, 收费, 纠错率.
/// </summary>
internal static class KeyFigures
{
    /// <summary>The rows of （三）不予公开, found by their group in the table description (declared first: the figures use it).</summary>
    private static readonly ApplicationRow[] DeniedRows =
        [.. ApplicationRows.All.Where(r => r.Group is not null && r.Group == ApplicationRows.Of(ApplicationRow.DeniedStateSecret).Group).Select(r => r.Row)];

    public static KeyFigure NewlyReceived { get; } = Count("本年新收", "newlyReceived", s => s[ApplicationRow.NewlyReceived, ApplicantColumn.Total]);

    public static KeyFigure ResultsTotal { get; } = Count("办理结果总计", "resultsTotal", s => s[ApplicationRow.ResultsTotal, ApplicantColumn.Total]);

    public static KeyFigure GrantedShare { get; } = new("予以公开占比", "grantedShare", true,
        r => Share(r.Sheet?[ApplicationRow.Granted, ApplicantColumn.Total], ResultsTotal.Value(r)));

    public static KeyFigure DeniedShare { get; } = new("不予公开占比", "deniedShare", true,
        r => Share(r.Sheet is { } s ? AllKnown(DeniedRows.Select(row => s[row, ApplicantColumn.Total])) : null, ResultsTotal.Value(r)));

    public static KeyFigure CarriedForward { get; } = Count("结转下年度", "carriedForward", s => s[ApplicationRow.CarriedForward, ApplicantColumn.Total]);

    public static KeyFigure Review { get; } = Count("行政复议", "review", s => s[ReviewGroup.Review, ReviewOutcome.Total]);

    public static KeyFigure Litigation { get; } = Count("行政诉讼", "litigation",
        s => AllKnown([s[ReviewGroup.LitigationDirect, ReviewOutcome.Total], s[ReviewGroup.LitigationAfterReview, ReviewOutcome.Total]]));

    public static KeyFigure Corrected { get; } = Count("被纠错件数", "corrected",
        s => AllKnown(ReviewLabels.Groups.Select(g => s[g, ReviewOutcome.Corrected])));

    public static KeyFigure Fee { get; } = new("收费（元）", "feeYuan", false, r => r.Sheet is null ? null : r.FeeYuan ?? 0m);

    /// <summary>被纠错件数 over all 行政复议 and 行政诉讼 cases: how often the office's answers were overturned.</summary>
    public static KeyFigure CorrectionRate { get; } = new("纠错率", "correctionRate", true,
        r => Share(Corrected.Value(r), AllKnown([Review.Value(r), Litigation.Value(r)])));

    /// <summary>The columns of the table of offices, in order.</summary>
    public static IReadOnlyList<KeyFigure> Columns { get; } =
        [NewlyReceived, ResultsTotal, GrantedShare, DeniedShare, CarriedForward, Review, Litigation, Corrected, Fee];

    /// <summary>Every figure the JSON and the workbook give.</summary>
    public static IReadOnlyList<KeyFigure> All { get; } = [.. Columns, CorrectionRate];

    private static KeyFigure Count(string name, string key, Func<StatisticsSheet, decimal?> value) =>
        new(name, key, false, r => r.Sheet is { } s ? value(s) : null);

    private static decimal? Share(decimal? part, decimal? whole) => part is { } p && whole is { } w && w > 0 ? p / w : null;

    /// <summary>A sum that is known only when every part is.</summary>
    private static decimal? AllKnown(IEnumerable<decimal?> values)
    {
        decimal sum = 0;
        foreach (var value in values)
        {
            if (value is not { } v)
            {
                return null;
            }

            sum += v;
        }

        return sum;
    }
}
