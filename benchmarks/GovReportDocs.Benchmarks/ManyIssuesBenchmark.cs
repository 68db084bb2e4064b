using BenchmarkDotNet.Attributes;
using GovReportDocs.Input;

namespace GovReportDocs.Benchmarks;

/// <summary>
/// Issue 22 saw `validate` grow with the square of <c>problems.issues</c> (40,000 items 18 s, 200,000 items 253 s).
/// Parsing and checking the 盘州市 sample with N issues: time and memory must grow with N, not N² — four times the
/// issues, at most about four times the time. At 200,000 the narrative's expansion limit stops the work with a finding.
/// </summary>
[MemoryDiagnoser]
public class ManyIssuesBenchmark
{
    private string _text = "";

    [Params(10_000, 40_000, 160_000)]
    public int Issues { get; set; }

    [GlobalSetup]
    public void Setup() => _text = WithIssues(File.ReadAllText(BenchmarkFiles.Sample), Issues);

    [Benchmark]
    public ReportDocument ParseAndValidate() => GovReport.Parse(_text, "issues.yaml", InputFormat.Yaml);

    /// <summary>The sample with its three issues replaced by <paramref name="count"/> short ones.</summary>
    internal static string WithIssues(string sample, int count)
    {
        var lines = sample.Split('\n').ToList();
        var at = lines.IndexOf("  issues:");
        lines.RemoveRange(at + 1, 3);
        lines.InsertRange(at + 1, Enumerable.Range(0, count).Select(n => "    - 问题" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return string.Join('\n', lines);
    }
}
