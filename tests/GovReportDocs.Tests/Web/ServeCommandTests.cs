using System.Diagnostics;
using System.Globalization;
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
            // Ctrl+C is SIGINT: the host shuts down and the command says so.
            using (var interrupt = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await interrupt.WaitForExitAsync();
            }

            if (!process.WaitForExit(30_000))
            {
                process.Kill();
            }
        }

        process.ExitCode.ShouldBe(0);
        (await process.StandardOutput.ReadToEndAsync()).ShouldContain("已停止");
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
}
