using GovReportDocs;
using GovReportDocs.Docx;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Reading;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>What a PDF read back must give: the report's own numbers, agency, year and six parts, and no finding the .docx lacks.</summary>
internal static class PdfReadBack
{
    public static void ShouldMatch(PublishedReport read, AnnualReport report)
    {
        read.IsPaged.ShouldBeTrue();
        read.Report.Agency.ShouldBe(report.Agency);
        read.Report.Year.ShouldBe(report.Year);
        read.Structure.TablesFound.ShouldBe(ReportTables.All);
        var expected = StatisticsSheet.FromReport(report);
        foreach (var datum in StatisticsSheet.AllData)
        {
            read.Sheet[datum].ShouldBe(expected[datum], datum.Describe());
        }

        read.Structure.Parts.Select(p => p.Number).ShouldBe([1, 2, 3, 4, 5, 6]);
        read.Structure.Parts.ShouldAllBe(p => p.IsVerbatim);
    }

    /// <summary>The report rendered to .docx and read back, the reference a PDF of it is compared with.</summary>
    public static PublishedReport FromDocx(AnnualReport report)
    {
        using var dir = new TempDirectory();
        var path = dir.File("report.docx");
        File.WriteAllBytes(path, DocxRenderer.Render(report));
        return PublishedReportReader.Read(path);
    }

    /// <summary>Findings without their locations, which differ between a PDF and a .docx by nature.</summary>
    public static List<string> Findings(PublishedReport read) =>
        GovReport.CheckPublished(read).Diagnostics.Select(d => $"{d.Severity} {d.Rule} {d.Message}").ToList();

    public static void ShouldFindNothingTheDocxDoesNot(PublishedReport pdf, AnnualReport report) =>
        Findings(pdf).Except(Findings(FromDocx(report))).ShouldBeEmpty();
}
