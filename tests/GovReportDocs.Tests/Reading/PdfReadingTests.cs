using System.Globalization;
using System.Text.RegularExpressions;
using GovReportDocs;
using GovReportDocs.Diagnostics;
using GovReportDocs.Docx;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Reading;
using GovReportDocs.Reading.Lines;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>PDFs from our renderer and from LibreOffice read back to the report they were made from.</summary>
[Trait("Requires", "debian")]
public class PdfReadingTests
{
    [Theory]
    [InlineData("panzhou-2024.yaml")]
    [InlineData("mengga-2024.yaml")]
    public void Our_rendered_pdf_reads_back_to_its_numbers_parts_and_text(string sample)
    {
        var report = Samples.Load(sample);
        var read = PublishedReportReader.Read(PdfSamples.Path(sample));

        PdfReadBack.ShouldMatch(read, report);
        // A PDF keeps no space next to CJK characters, so the date placeholder "    年  月  日" reads back as 年月日.
        static string Squeezed(string text) => string.Concat(text.Where(c => c != ' '));
        read.Texts.Select(Squeezed).ShouldBe(PdfReadBack.FromDocx(report).Texts.Select(Squeezed));
        PdfReadBack.ShouldFindNothingTheDocxDoesNot(read, report);
    }

    [Fact]
    public void Page_numbers_never_become_text_or_cells()
    {
        using var stream = File.OpenRead(PdfSamples.Path("panzhou-2024.yaml"));

        var items = GovReportDocs.Reading.Sources.Pdf.PdfSourceReader.Read(stream);

        items.ShouldNotContain(i => Regex.IsMatch(i.Text, @"—\s*\d+\s*—"));
        items.OfType<SourceParagraph>().Last().Text.ShouldBe("2025年1月20日");
    }

    [Fact]
    public void A_finding_in_a_pdf_names_the_page_and_the_line()
    {
        var report = Samples.Panzhou;
        var read = PublishedReportReader.Read(PdfSamples.Path("panzhou-2024.yaml"));
        var previous = report with
        {
            Year = 2023,
            Applications = report.Applications.With(ApplicationRow.CarriedForward, ApplicantCounts.FromValues([5, 0, 0, 0, 0, 0])),
        };

        var r6 = GovReport.CheckPublished(read, PreviousYear.FromReport(previous)).Diagnostics
            .Single(d => d.Rule == RuleIds.R6 && d.Datum == new ApplicationDatum(ApplicationRow.CarriedOver, ApplicantColumn.NaturalPersons));

        var page = PageHolding(PdfSamples.Path("panzhou-2024.yaml"), "二、上年结转政府信息公开申请数量");
        r6.Source!.Page.ShouldBe(page);
        r6.ToString().ShouldStartWith($"{read.File}:页{page}:行{r6.Source.Line} 错误 R6 ");
        var newlyReceived = read.Locate(new ApplicationDatum(ApplicationRow.NewlyReceived, ApplicantColumn.NaturalPersons))!;
        r6.Source.Line.ShouldBe(newlyReceived.Line + 1, "上年结转 is the row after 本年新收");
        read.At(read.TitleLine!.Value).ToString().ShouldBe($"{read.File}:页1:行1");
    }

    [Fact]
    public void LibreOffice_pdfs_of_the_samples_read_back_to_their_numbers()
    {
        using var dir = new TempDirectory();
        foreach (var sample in new[] { "panzhou-2024.yaml", "mengga-2024.yaml" })
        {
            var report = Samples.Load(sample);
            var pdf = ConvertWithLibreOffice(dir, Path.ChangeExtension(sample, ".docx"), DocxRenderer.Render(report));

            var read = PublishedReportReader.Read(pdf);

            PdfReadBack.ShouldMatch(read, report);
            PdfReadBack.ShouldFindNothingTheDocxDoesNot(read, report);
            read.TitleLine.ShouldNotBeNull("the title set over two lines is one paragraph");
        }
    }

    [Fact]
    public void The_blank_template_as_a_pdf_reads_as_a_skeleton_with_every_cell_blank()
    {
        using var dir = new TempDirectory();
        var template = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "tests", "GovReportDocs.Tests", "Reading", "Data", "blank-template-as-circulated.docx"));
        var pdf = ConvertWithLibreOffice(dir, "template.docx", template);

        var read = PublishedReportReader.Read(pdf);

        read.Structure.TablesFound.ShouldBe(ReportTables.All);
        read.Structure.Parts.Select(p => p.Number).ShouldBe([1, 2, 3, 4, 5, 6]);
        StatisticsSheet.AllData.ShouldAllBe(d => read.Sheet[d] == null);
        var r1 = GovReport.CheckPublished(read).Diagnostics.Where(d => d.Rule == RuleIds.R1).ToList();
        r1.Count.ShouldBe(ReportTables.All.Count, "one finding per empty table");
        r1.ShouldAllBe(d => d.Source!.Page != null);
    }

    private static string ConvertWithLibreOffice(TempDirectory dir, string name, byte[] docx)
    {
        var path = dir.File(name);
        File.WriteAllBytes(path, docx);
        ExternalTool.Run("soffice", $"-env:UserInstallation=file://{dir.Path}/profile", "--headless", "--convert-to", "pdf", "--outdir", dir.Path, path);
        var pdf = Path.ChangeExtension(path, ".pdf");
        File.Exists(pdf).ShouldBeTrue($"LibreOffice did not convert {name}");
        return pdf;
    }

    private static int PageHolding(string pdf, string text)
    {
        for (var page = 1; ; page++)
        {
            var content = ExternalTool.Squeeze(ExternalTool.Run("pdftotext", "-f", page.ToString(CultureInfo.InvariantCulture), "-l", page.ToString(CultureInfo.InvariantCulture), pdf, "-"));
            if (content.Contains(text))
            {
                return page;
            }
        }
    }
}
