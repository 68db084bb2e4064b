using GovReportDocs.NationalFormat;

namespace GovReportDocs.Summary;

/// <summary>
/// One file as the summary keeps it once read: what the check found and the few numbers the reviewer's view shows,
/// never the file's text, so a region's summary holds per office what a row needs.
/// </summary>
/// <param name="File">The file as given.</param>
/// <param name="Agency">机关全称, when read.</param>
/// <param name="Year">报告年度, when read.</param>
/// <param name="Status">The check's verdict.</param>
/// <param name="Findings">Every finding of the check, in its order, each with its place in the report.</param>
/// <param name="Sheet">The numbers as printed (missing kept missing); null when the file was not read.</param>
internal sealed record SummaryReport(string File, string? Agency, int? Year, SummaryStatus Status,
    IReadOnlyList<LocatedFinding> Findings, StatisticsSheet? Sheet)
{
    /// <summary>信息处理费 collected, in 元, as the input gives it or the text states it; null when not stated.</summary>
    public decimal? FeeYuan { get; init; }

    /// <summary>The date the report was published (its signature's or page's), when known.</summary>
    public DateOnly? PublishedOn { get; init; }

    /// <summary>条例第四十九条's deadline for this report (R13).</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>Whether it was published after its deadline.</summary>
    public bool IsLate => PublishedOn is { } on && Deadline is { } by && on > by;

    /// <summary>Days past the deadline, 0 when on time or unknown.</summary>
    public int DaysLate => IsLate ? PublishedOn!.Value.DayNumber - Deadline!.Value.DayNumber : 0;

    /// <summary>Why it was not read, or why it could not be placed under an office and a year; null when it was.</summary>
    public string? NotPlacedBecause => Status == SummaryStatus.Unreadable
        ? string.Join("；", Findings.Select(f => f.Diagnostic.Message))
        : Agency is null && Year is null ? "未能读出机关名称和报告年度"
        : Agency is null ? "未能读出机关名称"
        : Year is null ? "未能读出报告年度"
        : null;
}
