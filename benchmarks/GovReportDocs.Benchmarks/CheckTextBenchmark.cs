using BenchmarkDotNet.Attributes;
using GovReportDocs.Reading;

namespace GovReportDocs.Benchmarks;

/// <summary>
/// Reading and checking a published report, single-threaded: what `govreport check` does per file, on each text
/// and web form — a seed copied from a web page (盘州市 2024, seed 001), a crawler's run-together text with glued
/// table numbers (平潭 2025) and a whole saved web page with its navigation and scripts (平潭 2024).
/// Target: ≥ 500 reports/s, i.e. ≤ 2 ms each.
/// </summary>
[MemoryDiagnoser]
public class CheckTextBenchmark
{
    private string _seed = "";
    private string _crawled = "";
    private string _page = "";

    [GlobalSetup]
    public void Setup()
    {
        _seed = File.ReadAllText(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "001_*.txt").Single());
        _crawled = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "corpus", "11-pingtan-2025-crawltext.txt"));
        _page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "corpus", "01-pingtan-2024.html"));
    }

    [Benchmark(Baseline = true)]
    public PublishedCheck ReadAndCheck() => GovReport.CheckPublished(PublishedReportReader.ReadText(_seed, "001.txt"));

    [Benchmark]
    public PublishedCheck CrawledRunTogetherText() => GovReport.CheckPublished(PublishedReportReader.ReadText(_crawled, "11.txt"));

    [Benchmark]
    public PublishedCheck SavedWebPage() => GovReport.CheckPublished(PublishedReportReader.ReadHtml(_page, "01.html"));
}
