using BenchmarkDotNet.Attributes;
using GovReportDocs.Docx;
using GovReportDocs.Input;
using GovReportDocs.Model;

namespace GovReportDocs.Benchmarks;

/// <summary>One report to .docx in memory, narrative composed from the templates. Target: ≤ 3 ms median, ≤ 2 MB allocated.</summary>
[MemoryDiagnoser]
public class DocxRenderBenchmark
{
    private AnnualReport _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        _report = GovReport.Load(Path.Combine(AppContext.BaseDirectory, "samples", "panzhou-2024.yaml")).Report!;
        DocxRenderer.Render(_report);
    }

    [Benchmark]
    public byte[] RenderDocx() => DocxRenderer.Render(_report);
}
