using BenchmarkDotNet.Attributes;
using GovReportDocs.Html;
using GovReportDocs.Input;
using GovReportDocs.Model;

namespace GovReportDocs.Benchmarks;

/// <summary>One report to an HTML page in memory, narrative composed from the templates. Target: ≤ 1 ms median.</summary>
[MemoryDiagnoser]
public class HtmlRenderBenchmark
{
    private AnnualReport _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        _report = GovReport.Load(Path.Combine(AppContext.BaseDirectory, "samples", "panzhou-2024.yaml")).Report!;
        HtmlRenderer.Render(_report);
    }

    [Benchmark]
    public string RenderHtml() => HtmlRenderer.Render(_report);
}
