using GovReportDocs;
using GovReportDocs.NationalFormat;
using GovReportDocs.Html;
using GovReportDocs.Model;
using GovReportDocs.Reading;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Html;

/// <summary>What the HTML renderer writes, our reader of published pages reads back, number for number.</summary>
public class HtmlRoundTripTests
{
    [Theory]
    [InlineData("panzhou-2024.yaml")]
    [InlineData("mengga-2024.yaml")]
    public void A_rendered_page_reads_back_to_the_same_numbers_parts_and_findings(string sample)
    {
        var load = GovReport.Load(RepoPaths.Sample(sample));
        var report = load.Report!;
        var html = HtmlRenderer.Render(report);

        var read = TestReader.ReadHtml(html, "report.html");
        read.Report.Agency.ShouldBe(report.Agency);
        read.Report.Year.ShouldBe(report.Year);
        var expected = StatisticsSheet.FromReport(report);
        foreach (var datum in StatisticsSheet.AllData)
        {
            read.Sheet[datum].ShouldBe(expected[datum], datum.Describe());
        }

        read.Structure.TablesFound.Count.ShouldBe(3);
        read.Structure.OldFormatSigns.ShouldBeEmpty();
        read.Structure.Parts.Select(p => p.Number).ShouldBe([1, 2, 3, 4, 5, 6]);
        read.Structure.Parts.ShouldAllBe(p => p.IsVerbatim);

        // The page adds no finding of its own: whatever the checker says of it, validating the input said too
        // (today nothing: the reader keeps part 一 whole, so R11's look at 监督保障 does not apply to a published page).
        var findings = GovReport.CheckPublished(read).Diagnostics.Select(d => $"{d.Severity} {d.Rule} {d.Message}").ToList();
        var inputFindings = load.Diagnostics.Select(d => $"{d.Severity} {d.Rule} {d.Message}").ToList();
        findings.ShouldBeSubsetOf(inputFindings);
    }

    [Fact]
    public void The_township_page_checks_without_any_finding()
    {
        var read = TestReader.ReadHtml(HtmlRenderer.Render(Samples.Mengga), "mengga.html");
        GovReport.CheckPublished(read).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void The_file_reader_takes_a_rendered_page_from_disk()
    {
        using var dir = new TempDirectory();
        var path = dir.File("report.html");
        File.WriteAllBytes(path, HtmlRenderer.RenderBytes(GovReportDocs.Composition.ReportComposer.Compose(Samples.Panzhou)));
        var read = PublishedReportReader.Read(path);
        read.Sheet[new ApplicationDatum(ApplicationRow.NewlyReceived, ApplicantColumn.NaturalPersons)].ShouldBe(33);
        read.Sheet[new ReviewDatum(ReviewGroup.Review, ReviewOutcome.Upheld)].ShouldBe(2);
    }
}
