namespace GovReportDocs.Summary;

/// <summary>
/// One office's report of one year: the file its row shows and any other file of the same office and year (the same
/// report saved in another form, say), and what the cross-year checks (R6, R15, R16) found against its previous year.
/// </summary>
/// <param name="Agency">机关全称.</param>
/// <param name="Year">报告年度.</param>
/// <param name="Report">The file the row shows: the one read best (fewest problems), then by name.</param>
/// <param name="Others">Other files of the same office and year, by name; not counted in the region's totals.</param>
internal sealed record OfficeYear(string Agency, int Year, SummaryReport Report, IReadOnlyList<SummaryReport> Others)
{
    /// <summary>What R6, R15 and R16 found against the office's report of the year before; empty without one.</summary>
    public IReadOnlyList<LocatedFinding> CrossYear { get; init; } = [];

    /// <summary>Whether the office has a report of the year before in the summary.</summary>
    public bool HasPreviousYear { get; init; }
}
