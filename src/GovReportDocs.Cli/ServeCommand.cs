using System.CommandLine;
using System.Net;
using GovReportDocs.Pdf;
using GovReportDocs.Pdf.Licensing;
using GovReportDocs.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovReportDocs.Cli;

/// <summary>
/// `govreport serve [--dir DIR] [--port N]`: the web editor on the input files of DIR, on 127.0.0.1 only (nobody else on
/// the network reaches it), until Ctrl+C. Port 0 takes a free port. PDF downloads use PDFsharp under the AGPL-3.0.
/// </summary>
internal static class ServeCommand
{
    /// <summary>The port when none is given: unlikely to be taken, the same every time so a bookmark keeps working.</summary>
    public const int DefaultPort = 5180;

    /// <summary>Largest request Kestrel reads: the largest upload a reader accepts (a .docx), with room for the form.</summary>
    private const long MaxRequestBytes = 33 * 1024 * 1024;

    public static Command Create(CliConsole console)
    {
        var dir = new Option<string>("--dir") { Description = "报告输入文件所在的目录（默认为当前目录）", DefaultValueFactory = _ => ".", HelpName = "目录" };
        var port = new Option<int>("--port")
        {
            Description = $"端口（默认{DefaultPort}）；0 表示自动选择空闲端口",
            DefaultValueFactory = _ => DefaultPort,
            HelpName = "端口",
        };
        var command = new Command("serve", "在本机（127.0.0.1）启动网页版编辑器：按正式表格填写、实时检查、保存并下载 .docx、PDF、HTML；按 Ctrl+C 停止")
        {
            dir, port,
        };
        command.SetAction(parse => Run(console, parse.GetValue(dir)!, parse.GetValue(port)));
        return command;
    }

    /// <summary>The editor's web application on 127.0.0.1:<paramref name="port"/>, built but not started.</summary>
    internal static WebApplication Build(string directory, int port)
    {
        PdfLicence.UseAgpl();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Error);
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.Limits.MaxRequestBodySize = MaxRequestBytes;
            kestrel.AddServerHeader = false;
        });
        var app = builder.Build();
        app.MapGovReport(new GovReportWebOptions { Directory = directory, LoopbackHostOnly = true, Pdf = new PdfRenderOptions() });
        return app;
    }

    /// <summary>The address the started application listens on.</summary>
    internal static string AddressOf(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";

    private static int Run(CliConsole console, string directory, int port)
    {
        if (!Directory.Exists(directory))
        {
            console.Error.WriteLine($"{directory}：找不到目录");
            return ExitCodes.Unreadable;
        }

        if (port is < 0 or > 65535)
        {
            console.Error.WriteLine($"--port 应为0到65535之间的端口号，实际为{port}");
            return ExitCodes.Unreadable;
        }

        using var app = Build(directory, port);
        try
        {
            app.Start();
        }
        catch (IOException e)
        {
            console.Error.WriteLine($"无法在端口{port}启动：端口已被占用或无权使用（{e.GetType().Name}）；可用 --port 0 自动选择空闲端口");
            return ExitCodes.Unreadable;
        }

        console.Out.WriteLine($"已启动年度报告编辑器：{AddressOf(app)}");
        console.Out.WriteLine($"报告目录：{Path.GetFullPath(directory)}");
        console.Out.WriteLine("只在本机可访问；在浏览器中打开上面的地址。按 Ctrl+C 停止。");
        console.Out.Flush();
        app.WaitForShutdown();
        console.Out.WriteLine("已停止");
        return ExitCodes.Ok;
    }
}
