using GovReportDocs.Diagnostics;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>A part title recognisable but not verbatim is R9's warning, never a missing part (docs/rules.md, R9).</summary>
public class PartTitleTests
{
    [Fact]
    public void Part_six_titled_in_other_words_is_a_warning_not_a_missing_part()
    {
        var text = File.ReadAllText(SeedReadingTests.Seed("000")).Replace("六、其他需要报告的事项", "六、需要说明的其他事项与附表", StringComparison.Ordinal);

        var check = GovReport.CheckPublished(TestReader.ReadText(text, "000.txt"));

        check.Diagnostics.Where(d => d.Rule == RuleIds.R9).Select(d => $"{d.Source!.Line} {d.SeverityText} {d.Message}").ShouldBe([
            "341 警告 第六部分标题应为“六、其他需要报告的事项”，实际为“六、需要说明的其他事项与附表”",
        ]);
    }
}
