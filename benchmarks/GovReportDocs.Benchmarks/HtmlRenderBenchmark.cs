using BenchmarkDotNet.Attributes;

namespace GovReportDocs.Benchmarks;

/// <summary>One report to an HTML page in memory, narrative composed once when loaded. Target: ≤ 1 ms median.</summary>
[MemoryDiagnoser]
public class HtmlRenderBenchmark
{
    private ReportDocument _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = GovReport.Load(BenchmarkFiles.Sample);
        _document.ToHtml();
    }

    [Benchmark]
    public string RenderHtml() => _document.ToHtml();
}
