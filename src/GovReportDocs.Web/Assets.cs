using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace GovReportDocs.Web;

/// <summary>The editor's pages, styles and scripts, embedded in this assembly.</summary>
internal static class Assets
{
    private static readonly ConcurrentDictionary<string, byte[]?> Cache = new(StringComparer.Ordinal);

    /// <summary>The bytes of an embedded asset, or null when there is none of that name.</summary>
    public static byte[]? Read(string name) => Cache.GetOrAdd(name, static n =>
    {
        if (n.Length == 0 || n.Contains('/') || n.Contains('\\'))
        {
            return null;
        }

        using var stream = typeof(Assets).Assembly.GetManifestResourceStream("GovReportDocs.Web.Assets." + n);
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>An asset as a response, with its type and no caching beyond the session (the assets change with the assembly).</summary>
    public static IResult Serve(string name)
    {
        if (Read(name) is not { } bytes)
        {
            return Results.NotFound();
        }

        var type = Path.GetExtension(name) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".svg" => "image/svg+xml",
            _ => "application/octet-stream",
        };
        return Results.Bytes(bytes, type);
    }
}
