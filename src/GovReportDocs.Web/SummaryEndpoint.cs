using System.Security.Cryptography;
using System.Text;
using GovReportDocs.Summary;
using Microsoft.AspNetCore.Http;

namespace GovReportDocs.Web;

/// <summary>
/// The 汇总 page of the served folder: every input file and published report in it and below, summed up by
/// <see cref="GovReport.SummarizeFolder"/> — the very page <c>govreport summary</c> writes. Its one inline style and
/// one inline script are allowed by their hashes, nothing else runs or loads.
/// </summary>
internal static class SummaryEndpoint
{
    private static readonly string Policy =
        $"default-src 'none'; style-src '{Hash(SummaryAssets.Style)}'; script-src '{Hash(SummaryAssets.Script)}'; img-src data:; " +
        "frame-ancestors 'self'; form-action 'none'; base-uri 'none'";

    public static async Task<IResult> Page(HttpContext http, GovReportWebOptions options)
    {
        // A client gone stops the reading: no further file of the folder is read for a page nobody will see.
        var summary = await Task.Run(
            () => RegionSummarizer.Summarize(RegionSummarizer.FilesIn(options.Directory), null, http.RequestAborted),
            http.RequestAborted).ConfigureAwait(false);
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        return Results.Bytes(summary.ToHtmlBytes(), "text/html; charset=utf-8");
    }

    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
