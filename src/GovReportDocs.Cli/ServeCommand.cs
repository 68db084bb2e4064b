using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using GovReportDocs.Pdf;
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
/// `govreport serve [--dir DIR] [--port N] [--urls URL]`: the web editor on the input files of DIR until Ctrl+C. Without
/// --urls it listens on 127.0.0.1 only (nobody else on the network reaches it). With --urls on an address other
/// computers may reach, it makes a random access token at start and prints the address with it, as Jupyter does; only
/// requests carrying the token are served. Port 0 takes a free port.
/// </summary>
internal static partial class ServeCommand
{
    /// <summary>The port when none is given: unlikely to be taken, the same every time so a bookmark keeps working.</summary>
    public const int DefaultPort = 5180;

    /// <summary>Largest request Kestrel reads: the largest upload a reader accepts (a .docx), with room for the form.</summary>
    private const long MaxRequestBytes = 33 * 1024 * 1024;

    /// <summary>The host names that reach only this computer, as GovReportWebOptions.LoopbackHostOnly accepts them.</summary>
    private static readonly string[] LoopbackHosts = ["127.0.0.1", "localhost", "[::1]"];

    public static Command Create(CliConsole console)
    {
        var dir = new Option<string>("--dir") { Description = "报告输入文件所在的目录（默认为当前目录）", DefaultValueFactory = _ => ".", HelpName = "目录" };
        var port = new Option<int>("--port")
        {
            Description = $"端口（默认{DefaultPort}）；0 表示自动选择空闲端口",
            DefaultValueFactory = _ => DefaultPort,
            HelpName = "端口",
        };
        var urls = new Option<string?>("--urls")
        {
            Description = "监听地址，如 http://0.0.0.0:8080（多个用分号分隔）；地址不是 127.0.0.1、localhost 或 [::1] 时，"
                + "启动时生成访问令牌并显示含令牌的地址，只有持令牌的请求才被接受",
            HelpName = "地址",
        };
        var command = new Command("serve", "启动网页版编辑器（默认只在本机 127.0.0.1）：按正式表格填写、实时检查、保存并下载 .docx、PDF、HTML；按 Ctrl+C 停止")
        {
            dir, port, urls,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(urls) is not null && parse.GetResult(port) is { Implicit: false })
            {
                console.Error.WriteLine("--urls 与 --port 不能同时使用：端口写在 --urls 的地址中");
                return ExitCodes.Unreadable;
            }

            return Run(console, parse.GetValue(dir)!, parse.GetValue(port), parse.GetValue(urls));
        });
        return command;
    }

    /// <summary>
    /// The editor's web application, built but not started: on 127.0.0.1:<paramref name="port"/>, or on
    /// <paramref name="urls"/> when given; every request must then carry <paramref name="token"/> when one is given.
    /// </summary>
    internal static WebApplication Build(string directory, int port, IReadOnlyList<string>? urls = null, string? token = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Error);
        if (urls is not null)
        {
            builder.WebHost.UseUrls([.. urls]);
        }

        builder.WebHost.UseKestrel(kestrel =>
        {
            if (urls is null)
            {
                kestrel.Listen(IPAddress.Loopback, port);
            }

            kestrel.Limits.MaxRequestBodySize = MaxRequestBytes;
            kestrel.AddServerHeader = false;
        });
        var app = builder.Build();
        app.MapGovReport(new GovReportWebOptions
        {
            Directory = directory,
            // Other computers reach it by this computer's own names; the token keeps everyone else out.
            LoopbackHostOnly = token is null,
            AccessToken = token,
            Pdf = new PdfRenderOptions(),
        });
        return app;
    }

    /// <summary>The address the started application listens on.</summary>
    internal static string AddressOf(WebApplication app) => AddressesOf(app)[0];

    /// <summary>Every address the started application listens on, as a browser opens it.</summary>
    internal static IReadOnlyList<string> AddressesOf(WebApplication app) =>
        [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => a.TrimEnd('/') + "/")];

    /// <summary>
    /// The addresses of --urls, or null with the reason when one is not an http address with a port. Whether every one
    /// reaches this computer only (then no token is needed: the Host check keeps other sites out, as without --urls).
    /// </summary>
    internal static (IReadOnlyList<string>? Urls, bool LoopbackOnly, string? Error) ParseUrls(string text)
    {
        var urls = text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var loopbackOnly = true;
        foreach (var url in urls)
        {
            var match = HttpUrl().Match(url);
            if (!match.Success || !int.TryParse(match.Groups["port"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > 65535)
            {
                return (null, false, $"--urls 的地址“{url}”无效：应为 http://地址:端口，如 http://0.0.0.0:8080（不支持 https：请在前面放置反向代理）");
            }

            loopbackOnly &= LoopbackHosts.Contains(match.Groups["host"].Value, StringComparer.OrdinalIgnoreCase);
        }

        return urls.Length == 0 ? (null, false, "--urls 不能为空") : (urls, loopbackOnly, null);
    }

    private static int Run(CliConsole console, string directory, int port, string? urlsText)
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

        IReadOnlyList<string>? urls = null;
        string? token = null;
        if (urlsText is not null)
        {
            var parsed = ParseUrls(urlsText);
            if (parsed.Error is not null)
            {
                console.Error.WriteLine(parsed.Error);
                return ExitCodes.Unreadable;
            }

            urls = parsed.Urls;
            token = parsed.LoopbackOnly ? null : Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        }

        using var app = Build(directory, port, urls, token);
        try
        {
            app.Start();
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            var where = urlsText ?? $"端口{port}";
            console.Error.WriteLine($"无法在{where}启动：地址或端口已被占用、不属于本机或无权使用（{e.GetType().Name}）；可用 --port 0 自动选择空闲端口");
            return ExitCodes.Unreadable;
        }

        var addresses = AddressesOf(app).Select(a => token is null ? a : Reachable(a) + "?token=" + token).ToList();
        console.Out.WriteLine($"已启动年度报告编辑器：{addresses[0]}");
        foreach (var more in addresses.Skip(1))
        {
            console.Out.WriteLine($"　　　　　　　　　　　{more}");
        }

        console.Out.WriteLine($"报告目录：{Path.GetFullPath(directory)}");
        console.Out.WriteLine(token is null
            ? "只在本机可访问；在浏览器中打开上面的地址。按 Ctrl+C 停止。"
            : "其他计算机可以访问：须使用上面含访问令牌（token）的完整地址，令牌每次启动都不同，请勿外传。按 Ctrl+C 停止。");
        console.Out.Flush();
        app.WaitForShutdown();
        console.Out.WriteLine("已停止");
        return ExitCodes.Ok;
    }

    /// <summary>An address bound to every interface (0.0.0.0, [::]) as another computer opens it: by this computer's name.</summary>
    private static string Reachable(string address) =>
        WildcardHost().Replace(address, "${scheme}" + Dns.GetHostName() + "${rest}");

    [GeneratedRegex(@"^http://(?<host>\[[0-9A-Fa-f:.]+\]|[^\s:/\[\]?#]+):(?<port>\d{1,5})/?$", RegexOptions.CultureInvariant)]
    private static partial Regex HttpUrl();

    [GeneratedRegex(@"^(?<scheme>http://)(0\.0\.0\.0|\[::\]|\*|\+)(?<rest>:\d+/)$", RegexOptions.CultureInvariant)]
    private static partial Regex WildcardHost();
}
