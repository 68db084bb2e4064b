using GovReportDocs;
using System.Diagnostics;
using GovReportDocs.Reading;

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
            var report = PublishedReportReader.ReadText(text, "fuzz.txt");
            var result = GovReport.CheckPublished(report, i % 3 == 0 ? PreviousYear.FromPublished(PublishedReportReader.ReadText(original, "prev.txt")) : null);
            result.Diagnostics.ShouldAllBe(d => d.Message.Length > 0 && d.Source != null);
            PublishedReportReader.ReadHtml("<table><tr><td>" + text.Replace("\n", "</td><td>") + "</td></tr></table>", "fuzz.html");
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
            var result = GovReport.CheckPublished(PublishedReportReader.ReadText(text, "random.txt"));
            result.HasErrors.ShouldBeTrue();
        }
    }

    private static string Shuffle(string text, Random random) =>
        string.Join("\n", text.Split('\n').OrderBy(_ => random.Next()));
}
