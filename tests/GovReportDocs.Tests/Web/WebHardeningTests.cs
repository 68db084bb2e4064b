using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using GovReportDocs.Model;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Web;

/// <summary>Issue 22: the editor's server against many clients at once, hostile values and odd files in its folder.</summary>
public class WebHardeningTests
{
    private static object Create(string agency = "某某县某某局", object? year = null) =>
        new { agency, year = year ?? 2025, kind = "department" };

    [Fact]
    public async Task Creates_at_once_of_one_agency_and_year_each_get_their_own_file()
    {
        await using var web = await WebHarness.StartAsync();

        // The editor asks before a second report of the same agency and year; a clerk who says yes sends another=true.
        var answers = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => web.SendAsync(HttpMethod.Post, "/api/reports?another=true", Create())));

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Created);
        var names = await Task.WhenAll(answers.Select(async a => (await web.JsonAsync(a)).GetProperty("file").GetString()!));
        names.Distinct().Count().ShouldBe(32);
        names.ShouldAllBe(n => File.Exists(web.Folder.File(n)));
    }

    [Fact]
    public async Task A_create_after_a_save_never_resets_the_saved_file()
    {
        await using var web = await WebHarness.StartAsync();
        var created = await web.JsonAsync(await web.SendAsync(HttpMethod.Post, "/api/reports", Create()));
        var file = created.GetProperty("file").GetString()!;
        var (values, version, _) = await web.OpenAsync(file);
        values["applications.newlyReceived[0]"] = JsonSerializer.SerializeToElement(7);
        var saved = await web.SendAsync(HttpMethod.Put, "/api/reports/" + Uri.EscapeDataString(file), new { file, version, values });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await web.SendAsync(HttpMethod.Post, "/api/reports", Create());
        var again = await web.JsonAsync(await web.SendAsync(HttpMethod.Post, "/api/reports?another=true", Create()));

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        again.GetProperty("file").GetString().ShouldNotBe(file);
        (await web.OpenAsync(file)).Values["applications.newlyReceived[0]"].GetInt32().ShouldBe(7);
    }

    [Fact]
    public async Task Saves_and_creates_at_once_lose_no_answered_save()
    {
        await using var web = await WebHarness.StartAsync();
        var file = (await web.JsonAsync(await web.SendAsync(HttpMethod.Post, "/api/reports", Create()))).GetProperty("file").GetString()!;
        var last = 0;
        var creates = Task.WhenAll(Enumerable.Range(0, 16).Select(_ => web.SendAsync(HttpMethod.Post, "/api/reports?another=true", Create())));
        for (var n = 1; n <= 12; n++)
        {
            var (values, version, _) = await web.OpenAsync(file);
            values["applications.newlyReceived[0]"] = JsonSerializer.SerializeToElement(n);
            var saved = await web.SendAsync(HttpMethod.Put, "/api/reports/" + Uri.EscapeDataString(file), new { file, version, values });
            if (saved.StatusCode == HttpStatusCode.OK)
            {
                last = n;
            }
        }

        await creates;
        last.ShouldBe(12);
        (await web.OpenAsync(file)).Values["applications.newlyReceived[0]"].GetInt32().ShouldBe(12);
    }

    [Theory]
    [InlineData("..", "机关全称应为机关的名称")]
    [InlineData("某某\u202E局", "U+202E")]
    [InlineData("某某\u200B局", "U+200B")]
    public async Task A_create_with_an_unusable_agency_says_what_is_wrong_with_it(string agency, string said)
    {
        await using var web = await WebHarness.StartAsync();

        var answer = await web.SendAsync(HttpMethod.Post, "/api/reports", Create(agency));

        answer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await web.JsonAsync(answer)).GetProperty("error").GetString()!.ShouldContain(said);
        Directory.GetFiles(web.Folder.Path).Length.ShouldBe(2);
    }

    [Fact]
    public async Task A_create_with_an_agency_over_the_limit_names_the_limit_validate_has()
    {
        await using var web = await WebHarness.StartAsync();

        var over = await web.SendAsync(HttpMethod.Post, "/api/reports", Create(new string('局', Limits.MaxAgencyLength + 1)));
        var longest = await web.SendAsync(HttpMethod.Post, "/api/reports", Create(new string('局', Limits.MaxAgencyLength)));

        over.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await web.JsonAsync(over)).GetProperty("error").GetString().ShouldBe($"机关全称过长（{Limits.MaxAgencyLength + 1}个字符）：最多{Limits.MaxAgencyLength}个字符");
        longest.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_year_with_a_fraction_is_told_as_a_wrong_year()
    {
        await using var web = await WebHarness.StartAsync();

        var answer = await web.SendAsync(HttpMethod.Post, "/api/reports",
            new StringContent("{\"agency\":\"某某县某某局\",\"year\":2025.5,\"kind\":\"department\"}", Encoding.UTF8, "application/json"));

        answer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await web.JsonAsync(answer)).GetProperty("error").GetString().ShouldBe("报告年度应为2008年以后的四位年份");
    }

    public static TheoryData<string, byte[]> Undecodable => new()
    {
        { "check", Encoding.UTF8.GetBytes("{\"file\":\"panzhou-2024.yaml\",\"values\":{\"agency\":\"某\\ud800局\"}}") },
        { "check", [.. Encoding.UTF8.GetBytes("{\"file\":\"panzhou-2024.yaml\",\"values\":{\"agency\":\"某"), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes("局\"}}")] },
        { "save", Encoding.UTF8.GetBytes("{\"file\":\"panzhou-2024.yaml\",\"values\":{\"agency\":\"某\\ud800局\"}}") },
        { "save", [.. Encoding.UTF8.GetBytes("{\"file\":\"panzhou-2024.yaml\",\"values\":{\"agency\":\"某"), 0xC3, .. Encoding.UTF8.GetBytes("局\"}}")] },
    };

    [Theory]
    [MemberData(nameof(Undecodable))]
    public async Task A_lone_surrogate_or_bytes_that_are_no_utf8_are_a_bad_request_in_chinese(string what, byte[] body)
    {
        await using var web = await WebHarness.StartAsync();
        var before = File.ReadAllBytes(web.Folder.File("panzhou-2024.yaml"));
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };

        var answer = await web.SendAsync(what == "check" ? HttpMethod.Post : HttpMethod.Put,
            what == "check" ? "/api/check" : "/api/reports/panzhou-2024.yaml", content);

        answer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await web.JsonAsync(answer)).GetProperty("error").GetString()!.ShouldMatch("[\u4e00-\u9fff]");
        File.ReadAllBytes(web.Folder.File("panzhou-2024.yaml")).ShouldBe(before);
    }

    [Fact]
    public async Task A_link_out_of_the_served_folder_is_neither_listed_nor_opened_nor_saved()
    {
        await using var web = await WebHarness.StartAsync();
        using var outside = new TempDirectory();
        File.Copy(RepoPaths.Sample("panzhou-2024.yaml"), outside.File("secret.yaml"));
        File.CreateSymbolicLink(web.Folder.File("secret.yaml"), outside.File("secret.yaml"));
        File.CreateSymbolicLink(web.Folder.File("zero.yaml"), "/dev/zero");

        var list = await web.JsonAsync(await web.Client.GetAsync("/api/reports"));
        var open = await web.Client.GetAsync("/api/reports/secret.yaml");
        var zero = await web.Client.GetAsync("/api/reports/zero.yaml");
        var save = await web.SendAsync(HttpMethod.Put, "/api/reports/secret.yaml", new { file = "secret.yaml", version = "x", values = new { } });

        list.EnumerateArray().Select(r => r.GetProperty("file").GetString()).ShouldBe(["mengga-2024.yaml", "panzhou-2024.yaml"], ignoreOrder: true);
        open.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        zero.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        save.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        new FileInfo(web.Folder.File("secret.yaml")).LinkTarget.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_named_pipe_in_the_folder_blocks_no_save()
    {
        await using var web = await WebHarness.StartAsync();
        using (var mkfifo = Process.Start("mkfifo", [web.Folder.File("fifo.yaml")]))
        {
            await mkfifo.WaitForExitAsync();
        }

        var list = await web.JsonAsync(await web.Client.GetAsync("/api/reports")).WaitAsync(TimeSpan.FromSeconds(30));
        var fifo = await web.SendAsync(HttpMethod.Put, "/api/reports/fifo.yaml", new { file = "fifo.yaml", version = "x", values = new { } })
            .WaitAsync(TimeSpan.FromSeconds(30));
        var (values, version, _) = await web.OpenAsync("panzhou-2024.yaml").WaitAsync(TimeSpan.FromSeconds(30));
        var saved = await web.SendAsync(HttpMethod.Put, "/api/reports/panzhou-2024.yaml", new { file = "panzhou-2024.yaml", version, values })
            .WaitAsync(TimeSpan.FromSeconds(30));

        list.EnumerateArray().Select(r => r.GetProperty("file").GetString()).ShouldNotContain("fifo.yaml");
        fifo.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_empty_file_of_the_folder_is_listed_with_its_finding_and_a_pipe_is_not()
    {
        await using var web = await WebHarness.StartAsync();
        using (var mkfifo = Process.Start("mkfifo", [web.Folder.File("fifo.yaml"), web.Folder.File("fifo.pdf")]))
        {
            await mkfifo.WaitForExitAsync();
        }

        web.Folder.Write("empty.yaml", "");

        var list = await web.JsonAsync(await web.Client.GetAsync("/api/reports")).WaitAsync(TimeSpan.FromSeconds(30));
        var published = await web.JsonAsync(await web.Client.GetAsync("/api/published")).WaitAsync(TimeSpan.FromSeconds(30));
        var open = await web.Client.GetAsync("/api/reports/empty.yaml").WaitAsync(TimeSpan.FromSeconds(30));

        var rows = list.EnumerateArray().ToDictionary(r => r.GetProperty("file").GetString()!);
        rows.Keys.ShouldBe(["empty.yaml", "mengga-2024.yaml", "panzhou-2024.yaml"], ignoreOrder: true);
        rows["empty.yaml"].GetProperty("unreadable").GetBoolean().ShouldBeTrue();
        published.EnumerateArray().Select(p => p.GetProperty("file").GetString()).ShouldNotContain("fifo.pdf");
        open.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        using var body = JsonDocument.Parse(await open.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("message").GetString())
            .ShouldContain(m => m!.Contains("文件为空"));
    }

    /// <summary>A body sent in chunks, without Content-Length, as a browser streams a large file.</summary>
    private sealed class Chunked(int bytes) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'a');
            for (var sent = 0; sent < bytes; sent += chunk.Length)
            {
                await stream.WriteAsync(chunk);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    [Fact]
    public async Task An_oversize_upload_without_its_length_is_told_as_too_large()
    {
        await using var web = await WebHarness.StartAsync(kestrel: true);

        var check = await web.JsonAsync(await web.SendAsync(HttpMethod.Post, "/api/check-published?name=big.txt", new Chunked((8 * 1024 * 1024) + (256 * 1024))));
        var next = await web.SendAsync(HttpMethod.Post, "/api/next-year?upload=big.txt", new Chunked((8 * 1024 * 1024) + (256 * 1024)));

        check.GetProperty("findings")[0].GetProperty("message").GetString()!.ShouldContain("文件过大");
        (await web.JsonAsync(next)).GetProperty("error").GetString()!.ShouldContain("文件过大");
    }
}
