using System.Net;

namespace GovReportDocs.Tests.Web;

[Trait("Requires", "debian")]
public class WebPdfTests
{
    [Fact]
    public async Task The_pdf_download_is_a_pdf_under_the_official_name()
    {
        await using var web = await WebHarness.StartAsync();

        var response = await web.Client.GetAsync("/api/reports/panzhou-2024.yaml/download/pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("盘州市人民政府2024年政府信息公开工作年度报告.pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        System.Text.Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-");
        var read = GovReport.ReadPublished(new MemoryStream(bytes), "download.pdf", GovReportDocs.Reading.PublishedFormat.Pdf);
        read.Report.Applications.NewlyReceived.Total.ShouldBe(33);
    }
}
