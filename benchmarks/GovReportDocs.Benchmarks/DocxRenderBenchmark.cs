using BenchmarkDotNet.Attributes;

namespace GovReportDocs.Benchmarks;

/// <summary>One report to .docx in memory, narrative composed once when loaded. Target: ≤ 3 ms median, ≤ 2 MB allocated.</summary>
[MemoryDiagnoser]
public class DocxRenderBenchmark
{
    private ReportDocument _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = GovReport.Load(BenchmarkFiles.Sample);
        _document.ToDocx();
    }

    [Benchmark]
    public byte[] RenderDocx() => _document.ToDocx();
}
