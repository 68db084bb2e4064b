using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Pdf;

/// <summary>Characters no chosen font has (emoji, CJK Extension B) would print as empty boxes: the render says which.</summary>
[Trait("Requires", "debian")]
public class MissingGlyphTests
{
    private const string ExtensionB = "𠀀";
    private const string Emoji = "😀";

    [Fact]
    public void Characters_no_font_has_are_named_in_a_warning()
    {
        var report = AnnualReport.Empty("某局", 2024) with { Overview = new Overview($"本年度{ExtensionB}工作{Emoji}顺利。") };
        var result = PdfSamples.Render(report);
        var missing = result.MissingGlyphs.ShouldHaveSingleItem();
        missing.Role.ShouldBe(FontRole.Body);
        missing.Characters.ShouldBe([ExtensionB, Emoji]);
        missing.ToString().ShouldContain($"“{ExtensionB}”（U+20000）");
        missing.ToString().ShouldContain($"“{Emoji}”（U+1F600）");
        missing.ToString().ShouldContain("空框");
    }

    [Fact]
    public void A_report_in_common_characters_has_no_warning()
    {
        PdfSamples.Result("panzhou-2024.yaml").MissingGlyphs.ShouldBeEmpty();
    }

    [Fact]
    public void The_command_line_prints_the_warning_in_chinese()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("x.yaml", File.ReadAllText(RepoPaths.Sample("mengga-2024.yaml")).Replace("芒市勐戛镇人民政府", $"芒市勐戛镇人民政府{ExtensionB}"));
        var result = CliRunner.Run("render", input, "-o", dir.File("out"), "--format", "pdf");
        result.ExitCode.ShouldBe(0, result.Out + result.Error);
        result.Out.ShouldContain($"{input}：警告 字体");
        result.Out.ShouldContain($"“{ExtensionB}”（U+20000）");
    }
}
