using BenchmarkDotNet.Attributes;
using GovReportDocs.Reading;
using GovReportDocs.Validation;

namespace GovReportDocs.Benchmarks;

/// <summary>
/// Reading and checking a published text report (盘州市 2024, seed 001), single-threaded: what `govreport check`
/// does per file. Target: ≥ 500 reports/s, i.e. ≤ 2 ms each.
/// </summary>
[MemoryDiagnoser]
public class CheckTextBenchmark
{
    private string _text = "";

    [GlobalSetup]
    public void Setup() =>
        _text = File.ReadAllText(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "001_*.txt").Single());

    [Benchmark]
    public object ReadAndCheck() => GovReport.CheckPublished(PublishedReportReader.ReadText(_text, "001.txt"));
}
