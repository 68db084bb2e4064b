using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovReportDocs.Web;

/// <summary>
/// What every request of the editor passes: a loopback Host when asked (a DNS name rebound to 127.0.0.1 is refused);
/// the access token when one is set; for a request that changes anything, the editor's own header and, when the browser names one, the editor's own
/// origin — a page on another site can neither set that header without asking (and is never allowed) nor hide its
/// origin. A failure inside is logged and answered in Chinese, never with a stack trace.
/// </summary>
internal sealed partial class RequestGuard(GovReportWebOptions options) : IEndpointFilter
{
    /// <summary>The header the editor's scripts send with every request that changes something.</summary>
    public const string HeaderName = "X-GovReport";

    /// <summary>The host names <see cref="GovReportWebOptions.LoopbackHostOnly"/> accepts: this computer's, by address or name.</summary>
    public static readonly IReadOnlyList<string> LoopbackHosts = ["127.0.0.1", "localhost", "[::1]"];

    private readonly AccessToken? _token = options.AccessToken is { } token ? new AccessToken(token) : null;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (options.LoopbackHostOnly && !LoopbackHosts.Contains(request.Host.Host, StringComparer.OrdinalIgnoreCase))
        {
            return Results.Json(new { error = "拒绝访问：本编辑器只接受以 127.0.0.1 或 localhost 访问" }, statusCode: StatusCodes.Status421MisdirectedRequest);
        }

        if (_token?.Admit(context.HttpContext) is { } refused)
        {
            return refused;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            var origin = request.Headers.Origin.ToString();
            if (request.Headers[HeaderName] != "1"
                || (origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase)))
            {
                return Results.Json(new { error = "拒绝访问：请求不是来自本编辑器的页面" }, statusCode: StatusCodes.Status403Forbidden);
            }
        }

        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e)
        {
            return Results.Json(new { error = e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "上传的内容过大" : "请求无效" }, statusCode: e.StatusCode);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log(context, e);
            return Results.Json(new { error = $"无法读写文件：{Describe(e)}" }, statusCode: StatusCodes.Status500InternalServerError);
        }
        catch (Exception e) when (!context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            Log(context, e);
            return Results.Json(new { error = $"服务器内部错误（{e.GetType().Name}）：这是 govreport 的缺陷，请连同输入文件一并报告" },
                statusCode: StatusCodes.Status500InternalServerError);
        }
    }

    /// <summary>A file error in Chinese; .NET's own messages are English.</summary>
    public static string Describe(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "找不到文件或目录",
        UnauthorizedAccessException => "没有权限（或文件系统只读）",
        PathTooLongException => "路径或文件名过长",
        IOException io when io.Message.Contains("No space", StringComparison.OrdinalIgnoreCase) => "磁盘空间不足",
        _ => "读写失败",
    };

    private static void Log(EndpointFilterInvocationContext context, Exception e)
    {
        if (context.HttpContext.RequestServices.GetService<ILoggerFactory>()?.CreateLogger("GovReportDocs.Web") is { } logger)
        {
            LogFailure(logger, e, context.HttpContext.Request.Method, context.HttpContext.Request.Path);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed")]
    private static partial void LogFailure(ILogger logger, Exception exception, string method, string path);
}
