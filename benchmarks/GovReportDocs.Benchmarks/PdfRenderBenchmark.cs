using BenchmarkDotNet.Attributes;
using GovReportDocs.Pdf;

namespace GovReportDocs.Benchmarks;

/// <summary>
/// One report to PDF, warm (fonts discovered and read once per process). Target (issue 25): ≤ 6 ms median tagged (the
/// default), and the 盘州市 sample ≤ 300 KB; tagged within 25 % of untagged.
/// </summary>
[MemoryDiagnoser]
public class PdfRenderBenchmark
{
    private static readonly PdfRenderOptions Untagged = new() { Tagged = false };
    private ReportDocument _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = GovReport.Load(BenchmarkFiles.Sample);
        _document.ToPdf();
    }

    [Benchmark]
    public byte[] RenderPdf() => _document.ToPdf().Bytes;

    [Benchmark(Baseline = true)]
    public byte[] RenderUntaggedPdf() => _document.ToPdf(Untagged).Bytes;
}
