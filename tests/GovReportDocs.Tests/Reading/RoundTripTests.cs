using GovReportDocs;
using GovReportDocs.Docx;
using GovReportDocs.NationalFormat;
using GovReportDocs.Reading;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>What the renderer writes, the reader reads back: both walk the same table descriptions.</summary>
public class RoundTripTests
{
    [Theory]
    [InlineData("panzhou-2024.yaml")]
    [InlineData("mengga-2024.yaml")]
    public void A_rendered_docx_reads_back_to_the_same_numbers_and_checks_clean(string sample)
    {
        var report = Samples.Load(sample);
        using var dir = new TempDirectory();
        var path = dir.File("report.docx");
        File.WriteAllBytes(path, DocxRenderer.Render(report));

        var read = PublishedReportReader.Read(path);
        read.Report.Agency.ShouldBe(report.Agency);
        read.Report.Year.ShouldBe(report.Year);
        var expected = StatisticsSheet.FromReport(report);
        foreach (var datum in StatisticsSheet.AllData)
        {
            read.Sheet[datum].ShouldBe(expected[datum], datum.Describe());
        }

        read.Structure.Parts.Select(p => p.Number).ShouldBe([1, 2, 3, 4, 5, 6]);
        read.Structure.Parts.ShouldAllBe(p => p.IsVerbatim);
        GovReport.CheckPublished(read).Errors().ShouldBeEmpty();
    }

    [Fact]
    public void A_phone_number_with_a_non_breaking_hyphen_is_imported_as_written()
    {
        var report = StressInputs.Load("long-name.yaml");
        using var dir = new TempDirectory();
        var path = dir.File("report.docx");
        File.WriteAllBytes(path, DocxRenderer.Render(report));

        GovReport.Import(PublishedReportReader.Read(path)).Report.Preamble.ShouldNotBeNull().ShouldContain("电话：0851-86543210）");
    }
}
