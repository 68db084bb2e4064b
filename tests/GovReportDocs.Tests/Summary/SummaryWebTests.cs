using GovReportDocs.Summary;
using GovReportDocs.Tests.Support;
using GovReportDocs.Tests.Web;

namespace GovReportDocs.Tests.Summary;

/// <summary>The editor's 汇总 page: the page `govreport summary` writes, for the served folder and the reports placed in it.</summary>
public sealed class SummaryWebTests
{
    [Fact]
    public async Task The_summary_page_sums_up_the_folder_with_published_reports_placed_in_it()
    {
        await using var web = await WebHarness.StartAsync();
        Directory.CreateDirectory(web.Folder.File("已发布"));
        File.Copy(RepoPaths.Corpus("14-pingtan-gaj-2024-crawltext.txt"), web.Folder.File(Path.Combine("已发布", "gaj.txt")));

        var response = await web.Client.GetAsync("/summary");

        response.IsSuccessStatusCode.ShouldBeTrue();
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldBe(GovReport.SummarizeFolder(web.Folder.Path).ToHtml());
        foreach (var agency in new[] { "盘州市人民政府", "芒市勐戛镇人民政府", "平潭综合实验区公安局" })
        {
            html.ShouldContain($"data-agency=\"{agency}\"");
        }
    }

    [Fact]
    public async Task Only_the_pages_own_style_and_script_may_run_and_nothing_is_loaded()
    {
        await using var web = await WebHarness.StartAsync();

        var response = await web.Client.GetAsync("/summary");

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.ShouldStartWith("default-src 'none'; ");
        var hash = (string text) => "'sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))) + "'";
        policy.ShouldContain("style-src " + hash(SummaryAssets.Style) + ";");
        policy.ShouldContain("script-src " + hash(SummaryAssets.Script) + ";");
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("<style>" + SummaryAssets.Style + "</style>");
        html.ShouldContain("<script>" + SummaryAssets.Script + "</script>");
    }

    [Fact]
    public async Task The_list_links_to_the_summary()
    {
        await using var web = await WebHarness.StartAsync();

        var list = await web.Client.GetStringAsync("/");

        list.ShouldContain("<a href=\"summary\">汇总</a>");
    }
}
