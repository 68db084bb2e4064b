using BenchmarkDotNet.Attributes;
using GovReportDocs.Pdf;
using GovReportDocs.Reading;

namespace GovReportDocs.Benchmarks;

/// <summary>
/// Reading and checking a published PDF report (盘州市 2024 as our renderer writes it, 7 pages), single-threaded:
/// what `govreport check` does per PDF. PdfPig's parsing dominates; the text reader's ≥ 500 reports/s is not
/// the target here: ≥ 20 reports/s (≤ 50 ms each) is.
/// </summary>
[MemoryDiagnoser]
public class CheckPdfBenchmark
{
    private byte[] _pdf = [];

    [GlobalSetup]
    public void Setup()
    {
        _pdf = GovReport.Load(BenchmarkFiles.Sample).ToPdf().Bytes;
    }

    [Benchmark]
    public PublishedCheck ReadAndCheck() =>
        GovReport.CheckPublished(GovReport.ReadPublished(new MemoryStream(_pdf), "panzhou.pdf", PublishedFormat.Pdf));
}
