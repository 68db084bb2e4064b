using BenchmarkDotNet.Attributes;
using GovReportDocs.Input;

namespace GovReportDocs.Benchmarks;

/// <summary>Reading the 盘州市 sample and checking it: the work of `govreport validate` minus process start. Target: under 1 ms median.</summary>
[MemoryDiagnoser]
public class LoadAndValidateBenchmark
{
    private string _text = "";

    [GlobalSetup]
    public void Setup() => _text = File.ReadAllText(BenchmarkFiles.Sample);

    [Benchmark]
    public ReportDocument ParseAndValidate() => GovReport.Parse(_text, "panzhou-2024.yaml", InputFormat.Yaml);

    [Benchmark]
    public ReportDocument LoadFileAndValidate() => GovReport.Load(BenchmarkFiles.Sample);
}
