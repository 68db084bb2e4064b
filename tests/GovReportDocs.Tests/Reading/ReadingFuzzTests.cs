using GovReportDocs;
using System.Diagnostics;
using GovReportDocs.Reading;
using GovReportDocs.Files;

using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>Random and damaged reports give diagnostics, never an exception or a hang.</summary>
public class ReadingFuzzTests
{
    private const string Noise = "|\t\n 0123456789/-—（）()、，。一二三四五六七总计合计申请人情况行政复议<>&";

    [Theory]
    [InlineData("000", 1)]
    [InlineData("001", 2)]
    [InlineData("002", 3)]
    [InlineData("003", 4)]
    [InlineData("004", 5)]
    public void Damaged_seeds_only_produce_diagnostics(string seed, int randomSeed)
    {
        var original = File.ReadAllText(SeedReadingTests.Seed(seed));
        var random = new Random(randomSeed);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 150; i++)
        {
            var text = i % 10 == 0 ? Shuffle(original, random) : TextMutator.Mutate(original, random, 1 + random.Next(40), Noise);
            PublishedReport report;
            try
            {
                report = TestReader.ReadText(text, "fuzz.txt");
            }
            catch (ReportReadException e)
            {
                e.Message.ShouldContain("不是政府信息公开工作年度报告");
                continue;
            }

            var result = GovReport.CheckPublished(report, i % 3 == 0 ? PreviousYear.FromPublished(TestReader.ReadText(original, "prev.txt")) : null);
            result.Diagnostics.ShouldAllBe(d => d.Message.Length > 0 && d.Source != null);
            Should.NotThrow(() =>
            {
                try
                {
                    TestReader.ReadHtml("<table><tr><td>" + text.Replace("\n", "</td><td>") + "</td></tr></table>", "fuzz.html");
                }
                catch (ReportReadException e) when (e.Message.Contains("不是政府信息公开工作年度报告"))
                {
                }
            });
        }

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void Damaged_and_hostile_markdown_only_produces_diagnostics()
    {
        var original = File.ReadAllText(RepoPaths.Corpus("16-pingtan-2023.md"));
        var random = new Random(16);
        var hostile = new[]
        {
            new string('[', 200_000), string.Concat(Enumerable.Repeat("<table><td>", 50_000)), string.Concat(Enumerable.Repeat("*a", 100_000)),
            string.Concat(Enumerable.Repeat("![", 100_000)), "|" + string.Concat(Enumerable.Repeat(" |", 100_000)), new string('#', 100_000),
        };
        var clock = Stopwatch.StartNew();
        foreach (var text in hostile.Concat(Enumerable.Range(0, 60).Select(_ => TextMutator.Mutate(original, random, 1 + random.Next(40), Noise + "*_#[]()!`~>-:"))))
        {
            try
            {
                var report = PublishedReportReader.Read(System.Text.Encoding.UTF8.GetBytes(text), "fuzz.md", PublishedFormat.Markdown);
                GovReport.CheckPublished(report).Diagnostics.ShouldAllBe(d => d.Message.Length > 0 && d.Source != null);
            }
            catch (ReportReadException e)
            {
                e.Message.ShouldContain("不是政府信息公开工作年度报告");
            }
        }

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void Random_text_only_produces_diagnostics()
    {
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(2000)).Select(_ => random.Next(4) == 0 ? (char)random.Next(0x4E00, 0x9FA5) : Noise[random.Next(Noise.Length)]).ToArray());
            // Text that is no report is refused; text that looks like part of one has errors.
            try
            {
                GovReport.CheckPublished(TestReader.ReadText(text, "random.txt")).HasErrors.ShouldBeTrue();
            }
            catch (ReportReadException e)
            {
                e.Message.ShouldContain("不是政府信息公开工作年度报告");
            }
        }
    }

    private static string Shuffle(string text, Random random) =>
        string.Join("\n", text.Split('\n').OrderBy(_ => random.Next()));
}
