using GovReportDocs;
using GovReportDocs.Diagnostics;
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
    public void A_rendered_docx_reads_back_to_the_same_numbers_and_checks_clean(string sample) => ReadsBack(Samples.Load(sample));

    /// <summary>Stress inputs whose 表三 starts a page inside 三、本年度办理结果, where the .docx merges the label anew (issue 24).</summary>
    [Theory]
    [InlineData("big-city.yaml")]
    [InlineData("department.yaml")]
    [InlineData("table2-at-foot.yaml")]
    public void A_docx_whose_results_label_is_merged_anew_on_a_page_reads_back_to_the_same_numbers(string input)
    {
        var report = StressInputs.Load(input);
        using (var docx = new System.IO.Compression.ZipArchive(new MemoryStream(DocxRenderer.Render(report))))
        using (var document = new StreamReader(docx.GetEntry("word/document.xml")!.Open()))
        {
            document.ReadToEnd().Split(ApplicationRows.ResultsHeader).Length.ShouldBe(3, "the label written twice, on the page 表三 starts and the next");
        }

        // The stress inputs keep 某某 in their names (R17's placeholder): every other rule checks clean.
        ReadsBack(report, RuleIds.R17);
    }

    private static void ReadsBack(GovReportDocs.Model.AnnualReport report, string? placeholders = null)
    {
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
        GovReport.CheckPublished(read).Errors().Where(e => e.Rule != placeholders).ShouldBeEmpty();
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
