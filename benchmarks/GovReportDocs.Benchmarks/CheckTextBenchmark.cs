using System.Text;
using BenchmarkDotNet.Attributes;
using GovReportDocs.Reading;

namespace GovReportDocs.Benchmarks;

/// <summary>
/// Reading and checking a published text report (盘州市 2024, seed 001), single-threaded: what `govreport check`
/// does per file. Target: ≥ 500 reports/s, i.e. ≤ 2 ms each.
/// </summary>
[MemoryDiagnoser]
public class CheckTextBenchmark
{
    private byte[] _text = [];

    [GlobalSetup]
    public void Setup() =>
        _text = Encoding.UTF8.GetBytes(File.ReadAllText(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "001_*.txt").Single()));

    [Benchmark]
    public PublishedCheck ReadAndCheck() =>
        GovReport.CheckPublished(GovReport.ReadPublished(new MemoryStream(_text), "001.txt", PublishedFormat.Text));
}
