using GovReportDocs.Diagnostics;
using GovReportDocs.Reading;
using GovReportDocs.Validation;

namespace GovReportDocs;

/// <summary>
/// Checks a published report against R1–R18: the numbers as printed (a printed 总计 that disagrees with its parts is
/// an error here), the text, the structure; with last year's report also R6, R15 and R16.
/// </summary>
internal static class PublishedReportChecker
{
    public static PublishedCheck Check(PublishedReport report, PreviousYear? previous)
    {
        var context = new ValidationContext(report.Report, report.Sheet)
        {
            PreviousReport = previous?.Report,
            PreviousSheet = previous?.Sheet,
            Texts = report.Texts,
            Published = new PublishedFacts(report.Structure, previous?.Structure) { Headers = report.Headers },
            StockPhrases = Narrative.StockPhrases.Of(Narrative.NarrativeTemplates.Default),
        };
        var findings = MissingValueFindings.Group(report, ReportValidator.Validate(context, RuleCatalogue.Published).Diagnostics)
            .Select(d => d.Source is not null ? d with { Source = OnPage(report, d.Source) } : d with { Source = Locate(report, d) });
        var all = report.ReadingDiagnostics.Concat(findings).OrderBy(d => d.Severity).ToList();
        return new PublishedCheck(report.File, report, all, isUnreadable: false);
    }

    public static PublishedCheck Unreadable(string file, string message) =>
        new(file, null, [new Diagnostic(RuleIds.Input, Severity.Error, message) { Source = new SourceLocation(file, 1, 1) }], isUnreadable: true);

    /// <summary>Rules locate by source line; in a PDF that line also names the page.</summary>
    internal static SourceLocation OnPage(PublishedReport report, SourceLocation source) =>
        report.IsPaged && source.Page is null && source.File == report.File ? report.At(source.Line) : source;

    private static SourceLocation Locate(PublishedReport report, Diagnostic diagnostic) =>
        (diagnostic.Datum is { } datum ? report.Locate(datum) : null)
        ?? (diagnostic.Quote is { } quote ? report.Locate(quote) : null)
        ?? (diagnostic.Field is { } field && PartOfField(field) is { } number && report.Structure.Part(number) is { } part ? report.At(part.Line) : null)
        ?? new SourceLocation(report.File, 1, 1);

    /// <summary>The part a finding about a narrative field is about, by the field's first key: at that part's title.</summary>
    private static int? PartOfField(string field) => field.Split('.')[0] switch
    {
        "overview" => 1,
        "problems" => 5,
        "otherMatters" => 6,
        _ => null,
    };
}
