using GovReportDocs;
using GovReportDocs.Docx;
using GovReportDocs.Html;
using GovReportDocs.Input;
using GovReportDocs.Pdf;
using GovReportDocs.Pdf.Licensing;
using GovReportDocs.Model;
using GovReportDocs.Tests.Support;
using GovReportDocs.Validation;

namespace GovReportDocs.Tests.Docs;

/// <summary>The library example of README.md, kept compiling and true.</summary>
[Trait("Requires", "debian")]
public class ReadmeExampleTests
{
    [Fact]
    public void The_readme_library_example_works_as_it_says()
    {
        var load = GovReport.Load(RepoPaths.Sample("panzhou-2024.yaml"));
        load.Diagnostics.Count.ShouldBe(1);

        var report = AnnualReport.Empty("某某县某某局", 2024) with
        {
            Applications = ApplicationStatistics.Zero
                .With(ApplicationRow.NewlyReceived, new ApplicantCounts(5, 1, 0, 0, 0, 0))
                .With(ApplicationRow.Granted, new ApplicantCounts(4, 1, 0, 0, 0, 0))
                .With(ApplicationRow.CarriedForward, new ApplicantCounts(1, 0, 0, 0, 0, 0)),
        };
        var result = ReportValidator.Validate(report);
        result.HasErrors.ShouldBeFalse();
        report.Applications.ResultsTotal.Total.ShouldBe(5);
        byte[] docx = DocxRenderer.Render(report);
        docx.ShouldNotBeEmpty();
        string page = HtmlRenderer.Render(report);
        page.ShouldStartWith("<!DOCTYPE html>");
        PdfLicence.UseAgpl();
        var pdf = GovReport.Prepare(report).ToPdf();
        pdf.PageCount.ShouldBeGreaterThan(1);
        File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).ShouldContain("report.Applications.ResultsTotal.Total); // 5");
        File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).ShouldContain("string page = HtmlRenderer.Render(report);");
    }
}
