using BenchmarkDotNet.Attributes;
using GovReportDocs.Input;

namespace GovReportDocs.Benchmarks;

/// <summary>Reading the 盘州市 sample and checking it: the work of `govreport validate` minus process start. Target: under 1 ms median.</summary>
[MemoryDiagnoser]
public class LoadAndValidateBenchmark
{
    private string _text = "";

    [GlobalSetup]
    public void Setup() => _text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "panzhou-2024.yaml"));

    [Benchmark]
    public int ParseAndValidate() =>
        GovReport.Parse(_text, "panzhou-2024.yaml", InputFormat.Yaml).Diagnostics.Count;

    [Benchmark]
    public int LoadFileAndValidate() =>
        GovReport.Load(Path.Combine(AppContext.BaseDirectory, "samples", "panzhou-2024.yaml")).Diagnostics.Count;
}
