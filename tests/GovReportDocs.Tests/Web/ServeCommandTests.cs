using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Web;

public partial class ServeCommandTests
{
    [Fact]
    public async Task Serve_on_port_0_prints_its_loopback_address_in_chinese_serves_the_folder_and_stops_on_ctrl_c()
    {
        using var folder = new TempDirectory();
        File.Copy(RepoPaths.Sample("panzhou-2024.yaml"), folder.File("panzhou-2024.yaml"));
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "govreport"))
        {
            ArgumentList = { "serve", "--dir", folder.Path, "--port", "0" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stopped = false;
        try
        {
            var first = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));

            var address = Address().Match(first!);
            address.Success.ShouldBeTrue(first);
            int.Parse(address.Groups[2].Value, CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
            using var client = new HttpClient();
            var list = await client.GetStringAsync(address.Groups[1].Value + "api/reports");
            list.ShouldContain("panzhou-2024.yaml");
        }
        finally
        {
            // Ctrl+C is SIGINT: the host shuts down and the command says so. Started under nohup or as a background job
            // of a shell without job control, this test (and so serve) inherits SIGINT ignored, as a terminal's Ctrl+C
            // could not reach it either; then SIGTERM, which the host shuts down on the same way, stands in for it.
            var signal = SigIntIgnored() ? "-TERM" : "-INT";
            using (var interrupt = Process.Start("kill", [signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await interrupt.WaitForExitAsync();
            }

            stopped = process.WaitForExit(30_000);
            if (!stopped)
            {
                process.Kill();
                process.WaitForExit();
            }
        }

        stopped.ShouldBeTrue("serve did not stop within 30 s of Ctrl+C");
        process.ExitCode.ShouldBe(0);
        (await process.StandardOutput.ReadToEndAsync()).ShouldContain("已停止");
    }

    /// <summary>Whether this process ignores SIGINT (bit 2 of /proc/self/status's SigIgn mask), which a child inherits.</summary>
    private static bool SigIntIgnored()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & 0x2) != 0;
    }

    [Fact]
    public async Task A_non_loopback_bind_without_token_is_refused_and_the_printed_token_is_served_for_pages_assets_and_api()
    {
        using var folder = new TempDirectory();
        File.Copy(RepoPaths.Sample("panzhou-2024.yaml"), folder.File("panzhou-2024.yaml"));
        // 127.0.0.2 is not one of the names the loopback Host check accepts: as a LAN address, it needs the token.
        await using var served = await ServedProcess.StartAsync("serve", "--dir", folder.Path, "--urls", "http://127.0.0.2:0");

        var address = TokenAddress().Match(served.FirstLine);
        address.Success.ShouldBeTrue(served.FirstLine);
        var root = address.Groups[1].Value;
        var token = address.Groups[2].Value;
        using var anonymous = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        foreach (var path in new[] { "", "edit?file=panzhou-2024.yaml", "assets/editor.js", "api/reports", "api/reports/panzhou-2024.yaml" })
        {
            using var refused = await anonymous.GetAsync(root + path);
            refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, path);
            (await refused.Content.ReadAsStringAsync()).ShouldContain("拒绝访问：需要访问令牌", customMessage: path);
        }

        using (var wrong = await anonymous.GetAsync(root + "api/reports?token=" + new string('0', 48)))
        {
            wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            (await wrong.Content.ReadAsStringAsync()).ShouldContain("访问令牌不正确");
        }

        using (var change = new HttpRequestMessage(HttpMethod.Post, root + "api/reports") { Content = JsonContent.Create(new { agency = "某某局", year = 2024, kind = "department" }) })
        {
            change.Headers.Add("X-GovReport", "1");
            (await anonymous.SendAsync(change)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        Directory.GetFiles(folder.Path, "*.yaml").Length.ShouldBe(1);

        // A program sends the token as a bearer header.
        using (var bearer = new HttpRequestMessage(HttpMethod.Get, root + "api/reports"))
        {
            bearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var listed = await anonymous.SendAsync(bearer);
            listed.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await listed.Content.ReadAsStringAsync()).ShouldContain("panzhou-2024.yaml");
        }

        // A browser brings it once in the address: it gets the cookie and the address without the token.
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false });
        using (var first = new HttpRequestMessage(HttpMethod.Get, root + "?token=" + token))
        {
            first.Headers.Accept.ParseAdd("text/html");
            using var redirected = await browser.SendAsync(first);
            redirected.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            redirected.Headers.Location!.OriginalString.ShouldBe("/");
            var cookie = redirected.Headers.GetValues("Set-Cookie").Single();
            cookie.ShouldContain("httponly", Case.Insensitive);
            cookie.ShouldContain("samesite=strict", Case.Insensitive);
        }

        (await browser.GetStringAsync(root)).ShouldContain("<title>政府信息公开工作年度报告 · 报告列表</title>");
        (await browser.GetStringAsync(root + "api/reports")).ShouldContain("panzhou-2024.yaml");
    }

    [Fact]
    public async Task Serve_on_a_loopback_url_needs_no_token()
    {
        using var folder = new TempDirectory();
        File.Copy(RepoPaths.Sample("panzhou-2024.yaml"), folder.File("panzhou-2024.yaml"));
        await using var served = await ServedProcess.StartAsync("serve", "--dir", folder.Path, "--urls", "http://127.0.0.1:0");

        var address = Address().Match(served.FirstLine);
        address.Success.ShouldBeTrue(served.FirstLine);
        using var client = new HttpClient();
        (await client.GetStringAsync(address.Groups[1].Value + "api/reports")).ShouldContain("panzhou-2024.yaml");
    }

    [Theory]
    [InlineData("https://0.0.0.0:8443", "--urls 的地址“https://0.0.0.0:8443”无效")]
    [InlineData("0.0.0.0:8080", "--urls 的地址“0.0.0.0:8080”无效")]
    [InlineData("http://0.0.0.0:8080;--port", "--urls 与 --port 不能同时使用")]
    public void Serve_refuses_urls_it_cannot_listen_on(string urls, string message)
    {
        string[] args = urls.EndsWith(";--port", StringComparison.Ordinal)
            ? ["serve", "--dir", RepoPaths.Samples, "--urls", urls[..^";--port".Length], "--port", "8080"]
            : ["serve", "--dir", RepoPaths.Samples, "--urls", urls];

        var result = CliRunner.Run(args);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain(message);
    }

    [Fact]
    public void Serve_refuses_a_folder_that_does_not_exist()
    {
        var result = CliRunner.Run("serve", "--dir", "/nonexistent/reports");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("/nonexistent/reports：找不到目录");
    }

    [GeneratedRegex(@"^已启动年度报告编辑器：(http://127\.0\.0\.1:(\d+)/)$")]
    private static partial Regex Address();

    [GeneratedRegex(@"^已启动年度报告编辑器：(http://127\.0\.0\.2:\d+/)\?token=([0-9a-f]{48})$")]
    private static partial Regex TokenAddress();

    /// <summary>`govreport` started as a process, stopped with Ctrl+C (SIGINT) when disposed.</summary>
    private sealed class ServedProcess : IAsyncDisposable
    {
        private readonly Process _process;

        private ServedProcess(Process process, string firstLine)
        {
            _process = process;
            FirstLine = firstLine;
        }

        public string FirstLine { get; }

        public static async Task<ServedProcess> StartAsync(params string[] args)
        {
            var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "govreport"))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            var process = Process.Start(start)!;
            var first = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            return new ServedProcess(process, first ?? await process.StandardError.ReadToEndAsync());
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                using var interrupt = Process.Start("kill", ["-INT", _process.Id.ToString(CultureInfo.InvariantCulture)]);
                await interrupt.WaitForExitAsync();
                if (!_process.WaitForExit(30_000))
                {
                    _process.Kill();
                }
            }

            _process.Dispose();
        }
    }
}
