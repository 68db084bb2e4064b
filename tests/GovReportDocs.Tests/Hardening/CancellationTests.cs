using GovReportDocs.Ledger;
using GovReportDocs.Reading;
using GovReportDocs.Tests.Ledger;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Hardening;

/// <summary>
/// Issue 22: a request whose client has gone must stop its loop-shaped work. The web editor hands the request's token
/// to the summary of its folder and to the ledger count; a cancelled token stops both before any further file or row.
/// An uploaded report stops between the reader's stages whatever its form (a PDF also between its pages).
/// </summary>
public class CancellationTests
{
    [Fact]
    public void A_cancelled_summary_of_a_folder_reads_no_further_file()
    {
        using var folder = new TempDirectory();
        File.Copy(RepoPaths.Sample("panzhou-2024.yaml"), folder.File("panzhou-2024.yaml"));
        File.Copy(RepoPaths.Sample("mengga-2024.yaml"), folder.File("mengga-2024.yaml"));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() =>
            RegionSummarizer.Summarize(RegionSummarizer.FilesIn(folder.Path), null, cancelled.Token));
        RegionSummarizer.Summarize(RegionSummarizer.FilesIn(folder.Path), null).Reports.Count.ShouldBe(2);
    }

    [Fact]
    public void A_cancelled_ledger_count_stops_between_rows()
    {
        var bytes = new LedgerFixture(2_000).TemplateLedger();
        var sheets = LedgerWorkbook.Read(bytes, "台账.xlsx");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() => LedgerCounter.Count(sheets, "台账.xlsx", 2025, cancelled.Token));
        LedgerCounter.Count(sheets, "台账.xlsx", 2025).Applications.NewlyReceived.Total.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData(PublishedFormat.Text, "14-pingtan-gaj-2024-crawltext.txt")]
    [InlineData(PublishedFormat.Html, "04-pingtan-haitan-2024.html")]
    [InlineData(PublishedFormat.Markdown, "17-pingtan-haitan-2024.md")]
    [InlineData(PublishedFormat.Pdf, "19-hongze-2024-wps.pdf")]
    public void A_cancelled_read_of_an_upload_stops_whatever_its_form(PublishedFormat format, string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.CorpusFolder, file));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() => PublishedReportReader.Read(bytes, file, format, cancelled.Token));
        PublishedReportReader.Read(bytes, file, format, CancellationToken.None).Report.Year.ShouldBe(2024);
    }

    [Fact]
    public void The_summary_of_a_folder_follows_no_link_and_opens_no_pipe()
    {
        using var outside = new TempDirectory();
        using var folder = new TempDirectory();
        File.Copy(RepoPaths.Sample("panzhou-2024.yaml"), folder.File("panzhou-2024.yaml"));
        File.Copy(RepoPaths.Sample("mengga-2024.yaml"), outside.File("outside.yaml"));
        Directory.CreateSymbolicLink(folder.File("self"), folder.Path);
        Directory.CreateSymbolicLink(folder.File("up"), outside.Path);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [folder.File("pipe.yaml")]))
        {
            mkfifo.WaitForExit();
        }

        RegionSummarizer.FilesIn(folder.Path).ShouldBe([folder.File("panzhou-2024.yaml")]);
    }
}
