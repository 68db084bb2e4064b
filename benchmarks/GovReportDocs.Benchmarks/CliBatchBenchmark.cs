using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace GovReportDocs.Benchmarks;

/// <summary>
/// `govreport render` over 1,000 inputs, as a process from a cold start: the January rush of a platform that
/// serves every office of a city. Target: ≤ 10 s on the 2-core machine.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class CliBatchBenchmark
{
    private const int Inputs = 1000;
    private string _work = "";
    private string _govreport = "";

    [GlobalSetup]
    public void Setup()
    {
        _govreport = ProcessRunner.Govreport();
        _work = Path.Combine(Path.GetTempPath(), "govreport-batch-" + Environment.ProcessId);
        var inputs = Path.Combine(_work, "inputs");
        Directory.CreateDirectory(inputs);
        var sample = File.ReadAllText(BenchmarkFiles.Sample);
        for (var i = 0; i < Inputs; i++)
        {
            File.WriteAllText(Path.Combine(inputs, $"{i:0000}.yaml"), sample.Replace("agency: 盘州市人民政府", $"agency: 第{i}号人民政府"));
        }
    }

    [Benchmark]
    public void Render1000Inputs()
    {
        var output = Path.Combine(_work, "out");
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        ProcessRunner.Run("dotnet", $"\"{_govreport}\" render \"{Path.Combine(_work, "inputs")}\" -o \"{output}\"");
        if (Directory.GetFiles(output).Length != Inputs)
        {
            throw new InvalidOperationException($"rendered {Directory.GetFiles(output).Length} of {Inputs}");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_work, recursive: true);
}
