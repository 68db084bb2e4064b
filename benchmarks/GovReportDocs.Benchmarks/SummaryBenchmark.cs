using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using GovReportDocs.Model;
using GovReportDocs.Pdf;

namespace GovReportDocs.Benchmarks;

/// <summary>
/// `govreport summary` over 500 reports of mixed forms, as a process from a cold start: a region's reviewer in spring.
/// 100 offices over two years written as input files, web pages, Word and PDF, plus the 平潭 corpus and the seeds as
/// published (crawled text, saved pages, Markdown), in subfolders. Target: ≤ 10 s on the 2-core machine.
/// </summary>
[Config(typeof(InProcessMonitoring))]
public class SummaryBenchmark
{
    /// <summary>
    /// What is timed is a process of its own already, so the benchmark runs in-process: no boilerplate project to build,
    /// which timed out (2 min) on the loaded shared machine.
    /// </summary>
    public sealed class InProcessMonitoring : ManualConfig
    {
        public InProcessMonitoring() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(0)
            .WithIterationCount(3).WithToolchain(InProcessEmitToolchain.Instance));
    }

    public const int Reports = 500;

    private string _work = "";
    private string _govreport = "";

    [GlobalSetup]
    public void Setup()
    {
        _govreport = ProcessRunner.Govreport();
        _work = Path.Combine(Path.GetTempPath(), "govreport-summary-" + Environment.ProcessId);
        MakeFolder(Path.Combine(_work, "region"), Reports);
    }

    /// <summary>A folder of <paramref name="count"/> reports: every fourth form a PDF, a Word file, a web page, an input file; every fifth file a real published one.</summary>
    public static void MakeFolder(string folder, int count)
    {
        var published = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "corpus"))
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds")))
            .Where(f => GovReport.PublishedFormatOf(f) is not null).Order(StringComparer.Ordinal).ToArray();
        var sample = GovReport.Load(BenchmarkFiles.Sample).Report!;
        var rendered = 0;
        for (var i = 0; i < count; i++)
        {
            var sub = Path.Combine(folder, $"{i % 20:00}");
            Directory.CreateDirectory(sub);
            if (i % 5 == 4)
            {
                var source = published[i / 5 % published.Length];
                File.Copy(source, Path.Combine(sub, $"{i:0000}-{Path.GetFileName(source)}"));
                continue;
            }

            var year = 2023 + (rendered % 2);
            var report = AnnualReport.Empty($"示范市第{rendered / 2 % 100}局", year) with
            {
                Proactive = sample.Proactive,
                Applications = sample.Applications,
                ReviewAndLitigation = sample.ReviewAndLitigation,
                PublishDate = new DateOnly(year + 1, 1, 20),
                Problems = new ProblemsAndImprovements(["依申请公开答复文书不够规范。"], ["下一步将统一答复文书格式，逐件审核。"]),
            };
            var document = GovReport.Prepare(report);
            var path = Path.Combine(sub, $"{i:0000}");
            switch (rendered++ % 4)
            {
                case 0:
                    File.WriteAllBytes(path + ".pdf", document.ToPdf().Bytes);
                    break;
                case 1:
                    File.WriteAllBytes(path + ".docx", document.ToDocx());
                    break;
                case 2:
                    File.WriteAllBytes(path + ".html", document.ToHtmlBytes());
                    break;
                default:
                    File.WriteAllText(path + ".yaml", GovReport.ToInputYaml(report));
                    break;
            }
        }
    }

    [Benchmark]
    public void Summarize500Reports()
    {
        var output = Path.Combine(_work, "out");
        ProcessRunner.Run("dotnet", $"\"{_govreport}\" summary \"{Path.Combine(_work, "region")}\" -o \"{output}\"");
        if (!File.Exists(Path.Combine(output, RegionSummary.HtmlFileName)))
        {
            throw new InvalidOperationException("汇总.html was not written");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_work, recursive: true);
}
