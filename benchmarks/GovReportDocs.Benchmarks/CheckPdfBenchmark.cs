using BenchmarkDotNet.Attributes;
using GovReportDocs.Pdf;
using GovReportDocs.Reading;

namespace GovReportDocs.Benchmarks;

/// <summary>
/// Reading and checking a published PDF report (盘州市 2024 as our renderer writes it, 7 pages), single-threaded:
/// what `govreport check` does per PDF. PdfPig's parsing dominates; the text reader's ≥ 500 reports/s is not
/// the target here: ≥ 50 reports/s (≤ 20 ms each) is. Also the two real PDFs exported by WPS 文字 (洪泽区 2023 and
/// 2024, 5 pages each, fonts embedded, every text line on a white rectangle).
/// </summary>
[MemoryDiagnoser]
public class CheckPdfBenchmark
{
    private byte[] _pdf = [];
    private byte[] _wps2023 = [];
    private byte[] _wps2024 = [];

    [GlobalSetup]
    public void Setup()
    {
        _pdf = GovReport.Load(BenchmarkFiles.Sample).ToPdf().Bytes;
        _wps2023 = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "corpus", "18-hongze-2023-wps.pdf"));
        _wps2024 = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "corpus", "19-hongze-2024-wps.pdf"));
    }

    [Benchmark(Baseline = true)]
    public PublishedCheck ReadAndCheck() => Check(_pdf, "panzhou.pdf");

    [Benchmark]
    public PublishedCheck Wps2023() => Check(_wps2023, "hongze-2023.pdf");

    [Benchmark]
    public PublishedCheck Wps2024() => Check(_wps2024, "hongze-2024.pdf");

    private static PublishedCheck Check(byte[] bytes, string name) =>
        GovReport.CheckPublished(GovReport.ReadPublished(new MemoryStream(bytes), name, PublishedFormat.Pdf));
}
