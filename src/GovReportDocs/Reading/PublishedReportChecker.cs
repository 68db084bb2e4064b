using GovReportDocs.Diagnostics;
using GovReportDocs.Model;
using GovReportDocs.Validation;

namespace GovReportDocs.Reading;

/// <summary>
/// Checks a published report against R1–R12: the numbers as printed (a printed 总计 that disagrees with its
/// parts is an error here), the text, the structure; with last year's report also R6 and R12.
/// </summary>
public static class PublishedReportChecker
{
    /// <summary>Checks a report, against last year's published report when given.</summary>
    public static ValidationResult Check(PublishedReport report, PublishedReport? previous = null) =>
        Check(report, previous?.Report, previous?.Sheet, previous);

    /// <summary>Checks a report against last year's input (a model) for R6.</summary>
    public static ValidationResult Check(PublishedReport report, AnnualReport previousYear) =>
        Check(report, previousYear, Format.StatisticsSheet.FromReport(previousYear), null);

    private static ValidationResult Check(PublishedReport report, AnnualReport? previousReport, Format.StatisticsSheet? previousSheet, PublishedReport? previous)
    {
        var context = new ValidationContext(report.Report, report.Sheet)
        {
            PreviousReport = previousReport,
            PreviousSheet = previousSheet,
            Texts = report.Texts,
            Published = new PublishedFacts(report, previous),
        };
        var findings = ReportValidator.Validate(context).Diagnostics
            .Where(d => !(report.Report.Year == 0 && d.Rule == RuleIds.R10 && d.Message.StartsWith("报告年度为0年", StringComparison.Ordinal)))
            .Select(d => d.Source is not null ? d with { Source = OnPage(report, d.Source) } : d with { Source = Locate(report, d) });
        return new ValidationResult([.. report.ReadingDiagnostics.Concat(findings).OrderBy(d => d.Severity)]);
    }

    /// <summary>Rules locate by source line; in a PDF that line also names the page.</summary>
    private static SourceLocation OnPage(PublishedReport report, SourceLocation source) =>
        report.IsPaged && source.Page is null && source.File == report.File ? report.At(source.Line) : source;

    private static SourceLocation Locate(PublishedReport report, Diagnostic diagnostic) =>
        (diagnostic.Datum is { } datum ? report.Locate(datum) : null)
        ?? (diagnostic.Quote is { } quote ? report.Locate(quote) : null)
        ?? new SourceLocation(report.File, 1, 1);
}
