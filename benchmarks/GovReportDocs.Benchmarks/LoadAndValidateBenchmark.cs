using BenchmarkDotNet.Attributes;
using GovReportDocs.Input;
using GovReportDocs.Validation;

namespace GovReportDocs.Benchmarks;

/// <summary>Reading the 盘州市 sample and checking it: the work of `govreport validate` minus process start. Target: under 1 ms median.</summary>
[MemoryDiagnoser]
public class LoadAndValidateBenchmark
{
    private string _text = "";

    [GlobalSetup]
    public void Setup() => _text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "panzhou-2024.yaml"));

    [Benchmark]
    public object ParseAndValidate() =>
        GovReport.Parse(_text, "panzhou-2024.yaml", InputFormat.Yaml);

    [Benchmark]
    public object LoadFileAndValidate() =>
        GovReport.Load(Path.Combine(AppContext.BaseDirectory, "samples", "panzhou-2024.yaml"));
}
