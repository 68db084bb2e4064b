using GovReportDocs.Format;
using GovReportDocs.Pdf;
using GovReportDocs.Pdf.Layout;

namespace GovReportDocs.Tests.Pdf;

/// <summary>Chinese line breaking, measured with the fixed-pitch test measure: no font needed.</summary>
public class LayoutTests
{
    private static readonly IGlyphMeasure Metrics = FixedPitchGlyphs.Instance;

    private static List<string> Break(string text, double widthEms) =>
        LineBreaker.Break([new StyledRun(text, FontRole.Body, 16)], Metrics, widthEms * 16, 0, justify: true)
            .Select(l => string.Concat(l.Units.Select(u => u.Text)))
            .ToList();

    [Fact]
    public void No_closing_punctuation_opens_a_line_and_no_opening_punctuation_ends_one()
    {
        var lines = Break("一二三四五六七八九，十一二三四五六七八（九十一二三四五六七。", 9);
        lines.ShouldAllBe(l => !"，。、；：？！）》」”".Contains(l[0]));
        lines.ShouldAllBe(l => !"（《「“".Contains(l[l.Length - 1]));
        string.Concat(lines).ShouldBe("一二三四五六七八九，十一二三四五六七八（九十一二三四五六七。");
    }

    [Fact]
    public void A_character_outside_the_BMP_is_one_unit_never_split_between_lines()
    {
        var units = LineBreaker.Break([new StyledRun("政𠀀😀政", FontRole.Body, 16)], Metrics, 100 * 16, 0, justify: true)
            .SelectMany(l => l.Units).Select(u => u.Text);
        units.ShouldBe(["政", "𠀀", "😀", "政"]);
        Break(string.Concat(Enumerable.Repeat("𠀀", 9)), 4).ShouldAllBe(l => l.Length % 2 == 0 && char.IsHighSurrogate(l[0]));
    }

    [Fact]
    public void Digit_and_latin_runs_are_never_split()
    {
        var lines = Break("统计期限为2024年1月1日至2024年12月31日，网址http://www.panzhou.gov.cn/下载", 16);
        lines.ShouldContain(l => l.Contains("2024"));
        lines.ShouldAllBe(l => !l.EndsWith("20") && !l.StartsWith("24"));
        lines.ShouldContain(l => l.Contains("http://www.panzhou.gov.cn/"));
    }

    [Theory]
    [InlineData("一二三四五六七八九十地址某某路1号", 15.5)]
    [InlineData("一二三四五六七八九十一二三共12件", 15)]
    public void A_number_keeps_its_measure_word_on_its_line(string text, double widthEms)
    {
        var lines = Break(text, widthEms);
        lines.ShouldAllBe(l => !"号件".Contains(l[0]), string.Join(" / ", lines));
        string.Concat(lines).ShouldBe(text);
    }

    [Fact]
    public void A_run_wider_than_the_line_is_broken_by_characters_rather_than_overflowing()
    {
        var lines = Break("网址http://www.panzhou.gov.cn/", 8);
        lines.Count.ShouldBeGreaterThan(1);
        string.Concat(lines).ShouldBe("网址http://www.panzhou.gov.cn/");
    }

    [Fact]
    public void Every_line_but_the_last_is_justified()
    {
        var lines = LineBreaker.Break([new StyledRun(new string('政', 40), FontRole.Body, 16)], Metrics, 28 * 16, 32, justify: true);
        lines.Select(l => l.Justified).ShouldBe([true, false]);
        lines[0].Units.Count.ShouldBe(26);
        lines[0].Indent.ShouldBe(32);
    }
}
