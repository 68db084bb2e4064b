using BenchmarkDotNet.Attributes;
using GovReportDocs.Reading;

namespace GovReportDocs.Benchmarks;

/// <summary>
/// Reading and checking a published report, single-threaded: what `govreport check` does per file, on each text
/// and web form — a seed copied from a web page (盘州市 2024, seed 001), a crawler's run-together text with glued
/// table numbers (平潭 2025), a whole saved web page with its navigation and scripts (平潭 2024), and two plain
/// `pdftotext` copies of a PDF, one cell per line: of 洪泽区's WPS PDF (2023) and of the filled template's PDF (平潭 2024).
/// Target: ≥ 500 reports/s, i.e. ≤ 2 ms each.
/// </summary>
[MemoryDiagnoser]
public class CheckTextBenchmark
{
    private byte[] _seed = [];
    private byte[] _crawled = [];
    private byte[] _page = [];
    private byte[] _plainWps = [];
    private byte[] _plainTemplate = [];

    [GlobalSetup]
    public void Setup()
    {
        _seed = File.ReadAllBytes(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "001_*.txt").Single());
        _crawled = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "corpus", "11-pingtan-2025-crawltext.txt"));
        _page = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "corpus", "01-pingtan-2024.html"));
        _plainWps = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "corpus", "20-hongze-2023-pdftotext.txt"));
        _plainTemplate = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "forms", "01-pingtan-2024.template.pdftotext.txt"));
    }

    [Benchmark(Baseline = true)]
    public PublishedCheck ReadAndCheck() => Check(_seed, "001.txt", PublishedFormat.Text);

    [Benchmark]
    public PublishedCheck CrawledRunTogetherText() => Check(_crawled, "11.txt", PublishedFormat.Text);

    [Benchmark]
    public PublishedCheck SavedWebPage() => Check(_page, "01.html", PublishedFormat.Html);

    [Benchmark]
    public PublishedCheck PlainCopyOfWpsPdf() => Check(_plainWps, "20.txt", PublishedFormat.Text);

    [Benchmark]
    public PublishedCheck PlainCopyOfFilledTemplate() => Check(_plainTemplate, "01.txt", PublishedFormat.Text);

    private static PublishedCheck Check(byte[] bytes, string name, PublishedFormat format) =>
        GovReport.CheckPublished(GovReport.ReadPublished(new MemoryStream(bytes), name, format));
}
