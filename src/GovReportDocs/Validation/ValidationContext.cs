using GovReportDocs.NationalFormat;
using GovReportDocs.Model;

namespace GovReportDocs.Validation;

/// <summary>What the rules look at: the report, its numbers as printed, and last year's when known.</summary>
/// <param name="Report">The report (for a published one, as read).</param>
/// <param name="Sheet">The table numbers as printed; for a model, computed from it.</param>
internal sealed record ValidationContext(AnnualReport Report, StatisticsSheet Sheet)
{
    /// <summary>Last year's report, for R6, R15 and R16.</summary>
    public AnnualReport? PreviousReport { get; init; }

    /// <summary>Last year's numbers as printed, for R6.</summary>
    public StatisticsSheet? PreviousSheet { get; init; }

    /// <summary>Last year's report as printed, when it was given as a published report, for R15.</summary>
    public PrintedStructure? PreviousPrinted { get; init; }

    /// <summary>The structure of a published report, for R8, R9, R13–R15 and R17; null for a report made from the model.</summary>
    public PublishedFacts? Published { get; init; }

    /// <summary>The report's text as it will read (or as published), for R7.</summary>
    public IReadOnlyList<string> Texts { get; init; } = [];

    /// <summary>The fixed wording of the narrative templates, which R15 does not count as copied.</summary>
    public IReadOnlyList<string> StockPhrases { get; init; } = [];

    /// <summary>Builds the context of a report made from the model, with last year's when given.</summary>
    public static ValidationContext ForReport(AnnualReport report, AnnualReport? previousYear = null) =>
        new(report, StatisticsSheet.FromReport(report))
        {
            PreviousReport = previousYear,
            PreviousSheet = previousYear is null ? null : StatisticsSheet.FromReport(previousYear),
        };
}
