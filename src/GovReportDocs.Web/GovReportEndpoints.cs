using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovReportDocs.Web;

/// <summary>Maps the web editor of the 政府信息公开工作年度报告 into a host's endpoints.</summary>
public static class GovReportEndpoints
{
    /// <summary>
    /// Maps the editor: the list of input files in <see cref="GovReportWebOptions.Directory"/> at <c>/</c>, the editor
    /// at <c>/edit?file=NAME</c>, the 汇总 of every report in the folder at <c>/summary</c>, and their API under <c>/api</c>. Map it into a group to mount it under a prefix
    /// (<c>app.MapGroup("/annual-report").MapGovReport(options)</c>); the pages link relative to it.
    /// </summary>
    /// <returns>The group of the editor's endpoints, for the host's own conventions (authorization, say).</returns>
    public static RouteGroupBuilder MapGovReport(this IEndpointRouteBuilder endpoints, GovReportWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(options);
        var api = new ReportApi(options);
        var group = endpoints.MapGroup("");
        group.AddEndpointFilter(new RequestGuard(options));

        group.MapGet("/", (HttpContext http) => Page(http, "index.html"));
        var editor = DownloadButtons.Fill(Assets.Read("editor.html")!, options.Outputs);
        group.MapGet("/edit", (HttpContext http) =>
        {
            PageHeaders(http);
            return Results.Bytes(editor, "text/html; charset=utf-8");
        });
        group.MapGet("/assets/{name}", (string name) => Assets.Serve(name));

        group.MapGet("/api/form", () => Results.Text(ReportApi.FormJson, "application/json; charset=utf-8"));
        group.MapGet("/api/reports", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return api.List();
        });
        group.MapPost("/api/reports", (Delegate)api.Create);
        group.MapPost("/api/next-year", api.NextYear);
        group.MapGet("/api/reports/{file}", (string file, HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return api.Open(file);
        });
        group.MapPut("/api/reports/{file}", api.Save);
        group.MapDelete("/api/reports/{file}", api.Delete);
        group.MapPost("/api/reports/{file}/rename", api.Rename);
        group.MapPost("/api/check", (Delegate)api.Check);
        group.MapPost("/api/year-texts", (Delegate)YearTexts.Carry);
        group.MapPost("/api/check-published", ReportApi.CheckPublished);
        group.MapGet("/api/published", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return api.ListPublished();
        });
        group.MapGet("/api/published/{file}/check", api.CheckPublishedInFolder);
        group.MapGet("/check", (HttpContext http) => Page(http, "check.html"));
        group.MapGet("/summary", (Delegate)((HttpContext http) => SummaryEndpoint.Page(http, options)));
        group.MapGet("/help", (HttpContext http) =>
        {
            PageHeaders(http);
            return Results.Text(CellHelp.Page(), "text/html; charset=utf-8");
        });
        group.MapGet("/api/formats", api.Formats);
        group.MapGet("/api/reports/{file}/download/{format}", api.Download);
        group.MapPost("/api/ledger", LedgerUpload.Count);
        return group;
    }

    /// <summary>A page, its links resolved under the folder it is mounted in; no script, style or frame from elsewhere.</summary>
    private static IResult Page(HttpContext http, string name)
    {
        var path = http.Request.Path.Value ?? "/";
        if (name == "index.html" && !path.EndsWith('/'))
        {
            return Results.Redirect(http.Request.PathBase + path + "/" + http.Request.QueryString);
        }

        PageHeaders(http);
        return Assets.Serve(name);
    }

    private static void PageHeaders(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; frame-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'";
        headers.XContentTypeOptions = "nosniff";
        // Back after a save shows the list as it is now (its check results), never a copy from the cache.
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
