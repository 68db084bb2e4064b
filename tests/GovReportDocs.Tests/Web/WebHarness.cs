using System.Net.Http.Json;
using System.Text.Json;
using GovReportDocs.Tests.Support;
using GovReportDocs.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace GovReportDocs.Tests.Web;

/// <summary>The editor's endpoints in-process on a scratch copy of the bundled samples.</summary>
internal sealed class WebHarness : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebHarness(TempDirectory folder, WebApplication app, HttpClient client)
    {
        Folder = folder;
        _app = app;
        Client = client;
    }

    public TempDirectory Folder { get; }

    public HttpClient Client { get; }

    /// <param name="kestrel">On the real server at a loopback port, for what the test server does not do (body size limits).</param>
    public static async Task<WebHarness> StartAsync(bool loopbackOnly = false, string? mountedAt = null, string? token = null, bool kestrel = false,
        ReportWriters? writers = null)
    {
        var folder = new TempDirectory();
        foreach (var sample in Directory.GetFiles(RepoPaths.Samples, "*.yaml"))
        {
            File.Copy(sample, folder.File(Path.GetFileName(sample)));
        }

        var builder = WebApplication.CreateSlimBuilder();
        if (kestrel)
        {
            builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        var app = builder.Build();
        var options = new GovReportWebOptions { Directory = folder.Path, LoopbackHostOnly = loopbackOnly, AccessToken = token, Writers = writers };
        if (mountedAt is null)
        {
            app.MapGovReport(options);
        }
        else
        {
            app.MapGroup(mountedAt).MapGovReport(options);
        }

        await app.StartAsync();
        var client = kestrel ? new HttpClient { BaseAddress = new Uri(app.Urls.First()) } : app.GetTestClient();
        return new WebHarness(folder, app, client);
    }

    /// <summary>A request as the editor's scripts send it: with the header every change must carry.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add(RequestGuard.HeaderName, "1");
        if (body is not null)
        {
            request.Content = body as HttpContent ?? JsonContent.Create(body);
        }

        return Client.SendAsync(request);
    }

    public async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>An input file's values, version and findings, as the editor opens it.</summary>
    public async Task<(Dictionary<string, JsonElement> Values, string Version, JsonElement Findings)> OpenAsync(string file)
    {
        var response = await Client.GetAsync("/api/reports/" + Uri.EscapeDataString(file));
        response.EnsureSuccessStatusCode();
        var json = await JsonAsync(response);
        var values = json.GetProperty("values").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        return (values, json.GetProperty("version").GetString()!, json.GetProperty("findings").Clone());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Folder.Dispose();
    }
}
