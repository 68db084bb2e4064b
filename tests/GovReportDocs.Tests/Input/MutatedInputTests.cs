using GovReportDocs;
using GovReportDocs.Diagnostics;
using GovReportDocs.Input;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Input;

/// <summary>Randomly damaged input files give diagnostics with a position, never an exception.</summary>
public class MutatedInputTests
{
    private const string Noise = "[]{}:,-\"'#|>&*!%@`\n\t 0123456789.x中";

    [Theory]
    [InlineData("panzhou-2024.yaml", 1)]
    [InlineData("panzhou-2024.yaml", 2)]
    [InlineData("panzhou-2024.json", 1)]
    [InlineData("panzhou-2024.json", 2)]
    public void Damaged_files_never_throw(string sample, int seed)
    {
        var original = File.ReadAllText(sample.EndsWith(".json", StringComparison.Ordinal) ? RepoPaths.TestData("Input", sample) : RepoPaths.Sample(sample));
        var format = GovReport.InputFormatOf(sample)!.Value;
        var random = new Random(seed);
        for (var i = 0; i < 300; i++)
        {
            var text = TextMutator.Mutate(original, random, 1 + random.Next(4), Noise);
            var load = GovReport.Parse(text, sample, format);
            var result = load;
            if (load.IsUnreadable)
            {
                load.Diagnostics.ShouldContain(d => d.Rule == RuleIds.Input && d.Source != null, text);
            }

            result.Diagnostics.ShouldAllBe(d => !string.IsNullOrWhiteSpace(d.Message));
        }
    }
}
