using GovReportDocs.Diagnostics;
using GovReportDocs.Files;
using GovReportDocs.Reading;
using GovReportDocs.Summary;
using GovReportDocs.Validation;

namespace GovReportDocs;

/// <summary>
/// Reads every file of a region once, in parallel — input files as <c>validate</c> reads them, published reports as
/// <c>check</c> reads them, with the same findings — then groups them by office and year and checks each office's year
/// against its year before (R6, R15, R16), apart from the findings of the file itself.
/// </summary>
internal static class RegionSummarizer
{
    /// <summary>The rules that compare two years: what the summary adds to a file's own check.</summary>
    private static readonly HashSet<string> CrossYearRules = [RuleIds.R6, RuleIds.R15, RuleIds.R16];

    /// <summary>Whether the summary reads a file: an input file or a published report, by its extension.</summary>
    public static bool Reads(string path) =>
        GovReport.PublishedFormatOf(path) is not null || GovReport.InputFormatOf(path) is not null;

    /// <summary>
    /// A folder's tree without its symbolic links: a link to <c>.</c> would read the same files again or loop (two such
    /// links make 2^40 paths), a link to <c>..</c> would read files outside the folder named.
    /// </summary>
    private static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.ReparsePoint,
        MatchType = MatchType.Win32,
        IgnoreInaccessible = true,
    };

    /// <summary>
    /// The files of a folder and its subfolders the summary reads, in name order; hidden files, links, named pipes and
    /// devices left out (opening a pipe blocks).
    /// </summary>
    public static IReadOnlyList<string> FilesIn(string directory) =>
    [
        .. Directory.EnumerateFiles(directory, "*", Walk)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && Reads(f) && SpecialFile.Is(f) != true)
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Reads and checks every file, in parallel; a cancelled call (a client gone) starts no further file.</summary>
    /// <exception cref="OperationCanceledException">The call was cancelled.</exception>
    public static RegionSummary Summarize(IReadOnlyList<string> files, Func<string, IEnumerable<string>>? accepted,
        CancellationToken cancellation = default)
    {
        var read = new ReadFile[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellation }, i => read[i] = Read(files[i], accepted));
        var byReport = new Dictionary<SummaryReport, ReadFile>(ReferenceEqualityComparer.Instance);
        foreach (var file in read)
        {
            byReport[file.Summary] = file;
        }

        var model = RegionModel.Build([.. read.Select(r => r.Summary)], (now, before) => CrossYear(byReport[now.Report], byReport[before.Report]));
        return new RegionSummary([.. read.Select(r => r.Findings)], model);
    }

    /// <summary>One file as read: the check's own result (for the envelope) and what the summary keeps of it.</summary>
    private sealed record ReadFile(IReportFindings Findings, SummaryReport Summary, PublishedReport? Published, ReportDocument? Input);

    private static ReadFile Read(string file, Func<string, IEnumerable<string>>? accepted)
    {
        if (GovReport.InputFormatOf(file) is not null)
        {
            var document = GovReport.Load(file);
            return new ReadFile(document, FromInput(document), null, document);
        }

        PublishedCheck check;
        PublishedReport? published = null;
        try
        {
            published = PublishedReportReader.Read(file);
            check = PublishedReportChecker.Check(published, null);
        }
        catch (ReportReadException e)
        {
            check = PublishedReportChecker.Unreadable(file, e.Message);
        }

        if (accepted is not null)
        {
            check = check.Accept(accepted(file));
        }

        return new ReadFile(check, FromPublished(check, published), published, null);
    }

    private static SummaryReport FromPublished(PublishedCheck check, PublishedReport? published)
    {
        var findings = check.Diagnostics.Select(d => new LocatedFinding(d, FindingPlaces.Of(d, published?.Structure))).ToList();
        if (published is null)
        {
            return new SummaryReport(check.Source, null, null, SummaryStatus.Unreadable, findings, null);
        }

        var report = published.Report;
        return new SummaryReport(check.Source, check.Agency, check.Year, StatusOf(check), findings, published.Sheet)
        {
            FeeYuan = ReportImporter.CollectedFee(published)?.Yuan,
            PublishedOn = R13PublicationDeadline.PrintedOn(published.Texts, published.Headers),
            Deadline = report.Year > 0 ? R13PublicationDeadline.Deadline(report.Year, report.Kind) : null,
        };
    }

    private static SummaryReport FromInput(ReportDocument document)
    {
        var findings = document.Diagnostics.Select(d => new LocatedFinding(d, FindingPlaces.Of(d, null))).ToList();
        if (document.IsUnreadable || document.Report is not { } report)
        {
            return new SummaryReport(document.Source, document.Agency, document.Year, SummaryStatus.Unreadable, findings, null);
        }

        return new SummaryReport(document.Source, document.Agency, document.Year, StatusOf(document), findings,
            NationalFormat.StatisticsSheet.FromReport(report))
        {
            FeeYuan = report.OtherMatters.Fees.CollectedYuan,
            PublishedOn = report.PublishDate,
            Deadline = report.Year > 0 ? R13PublicationDeadline.Deadline(report.Year, report.Kind) : null,
        };
    }

    private static SummaryStatus StatusOf(IReportFindings findings) =>
        findings.IsUnreadable ? SummaryStatus.Unreadable
        : findings.HasErrors() ? SummaryStatus.Errors
        : findings.WarningCount() > 0 ? SummaryStatus.Warnings
        : SummaryStatus.Clean;

    /// <summary>
    /// R6, R15 and R16 of a year against the office's year before, whatever form each was read from. An input file that
    /// names its own previousYear was already checked against it: its findings say so, nothing is added twice.
    /// </summary>
    private static IReadOnlyList<LocatedFinding> CrossYear(ReadFile now, ReadFile before)
    {
        if (now.Input?.PreviousYear is not null)
        {
            return [];
        }

        var previous = before.Published is { } p ? PreviousYear.FromPublished(p)
            : before.Input?.Report is { } r ? PreviousYear.FromReport(r)
            : null;
        if (previous is null)
        {
            return [];
        }

        IEnumerable<Diagnostic> found = now.Published is { } published
            ? PublishedReportChecker.Check(published, previous).Diagnostics
            : now.Input?.Report is { } report ? GovReport.Prepare(report, null, previous).Diagnostics
            : [];
        return [.. found.Where(d => CrossYearRules.Contains(d.Rule)).Select(d => new LocatedFinding(d, FindingPlaces.Of(d, now.Published?.Structure)))];
    }
}
