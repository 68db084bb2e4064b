using GovReportDocs.NationalFormat;
using GovReportDocs.Pdf;
using GovReportDocs.Composition.Layout;

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
        string.Concat(lines).ShouldContain("http://www.panzhou.gov.cn/");
        BreaksInside("http://www.panzhou.gov.cn/", lines).ShouldAllBe(before => "/?&.-_=".Contains(before));
    }

    /// <summary>The character before each line break that falls inside <paramref name="run"/>.</summary>
    private static List<char> BreaksInside(string run, List<string> lines)
    {
        var text = string.Concat(lines);
        var from = text.IndexOf(run, StringComparison.Ordinal);
        var breaks = new List<char>();
        var position = 0;
        foreach (var line in lines.SkipLast(1))
        {
            position += line.Length;
            if (position > from && position < from + run.Length)
            {
                breaks.Add(text[position - 1]);
            }
        }

        return breaks;
    }

    [Fact]
    public void A_url_in_brackets_leaves_no_loose_line_and_no_bracket_alone()
    {
        const string url = "https://www.ketdz.gov.cn/zfxxgk/fdzdgknr/tjxx/2025/";
        var text = "2025年，本办坚持以公开为常态、不公开为例外，及时发布、更新政府信息（" + url + "）。全年累计访问量达1,234,567人次。";
        var laid = LineBreaker.Break([new StyledRun(text, FontRole.Body, 16)], Metrics, 28 * 16, 32, justify: true);
        var lines = laid.Select(l => string.Concat(l.Units.Select(u => u.Text))).ToList();
        string.Concat(lines).ShouldBe(text);
        lines.ShouldAllBe(l => l.Length > 2 && !"，。、）".Contains(l[0]) && !l.EndsWith('（'), string.Join(" / ", lines));
        foreach (var line in laid.Where(l => l.Justified))
        {
            // What justification spreads between two units: under half a character, never a few characters across the measure.
            ((28 * 16 - line.Indent - line.NaturalWidth) / (line.Units.Count - 1)).ShouldBeLessThan(8, string.Join(" / ", lines));
        }

        BreaksInside(url, lines).ShouldAllBe(before => "/?&.-_=".Contains(before));
        lines.ShouldContain(l => l.Contains("1,234,567"));
    }

    [Theory]
    [InlineData("https://www.ketdz.gov.cn/zfxxgk/fdzdgknr/xzzf/xzcf/2025-annual-report-detail/index.html?year=2025&category=punishment")]
    [InlineData("https://www.guiyang.gov.cn/zwgk/zfxxgk/fdzdgknr/report-2025")]
    public void A_url_longer_than_a_line_breaks_only_after_a_separator(string url)
    {
        var lines = Break("详见" + url + "。", 28);
        lines.Count.ShouldBeGreaterThan(1);
        BreaksInside(url, lines).ShouldAllBe(before => "/?&.-_=".Contains(before), string.Join(" / ", lines));
        lines.ShouldNotContain(l => l.EndsWith("http") || l.StartsWith("s://") || l.StartsWith("//"));
    }

    [Fact]
    public void A_number_with_thousands_separators_is_one_unit()
    {
        var lines = Break("一二三四五六七八九十一二三四五六七八九十一二三四共1,234,567人次。", 28);
        lines.ShouldContain(l => l.Contains("1,234,567人"), string.Join(" / ", lines));
    }

    [Fact]
    public void A_table_label_never_leaves_one_character_on_its_last_line()
    {
        var lines = LineBreaker.Break([new StyledRun("2.其他法律行政法规禁止公开", FontRole.Table, 10.5)], Metrics, 6 * 10.5, 0, justify: false)
            .Select(l => string.Concat(l.Units.Select(u => u.Text))).ToList();
        string.Concat(lines).ShouldBe("2.其他法律行政法规禁止公开");
        lines[^1].Length.ShouldBeGreaterThanOrEqualTo(2, string.Join(" / ", lines));
    }

    [Fact]
    public void A_paragraph_never_ends_with_a_line_of_one_character()
    {
        var text = new string('政', 26) + new string('务', 27) + "象。";
        var lines = LineBreaker.Break([new StyledRun(text, FontRole.Body, 16)], Metrics, 28 * 16, 32, justify: true)
            .Select(l => string.Concat(l.Units.Select(u => u.Text))).ToList();
        string.Concat(lines).ShouldBe(text);
        lines[^1].TrimEnd('。').Length.ShouldBeGreaterThanOrEqualTo(2, string.Join(" / ", lines));
    }

    [Theory]
    [InlineData(23)]
    [InlineData(24)]
    [InlineData(25)]
    [InlineData(26)]
    public void A_phone_number_breaks_only_after_its_area_codes_hyphen_which_stays_at_the_line_end(int charactersBefore)
    {
        // Kept whole, 0858-8223456）。 went down and the line before it was letter-spaced 0.4 em (tax-office p1).
        var text = new string('政', charactersBefore) + "电话：0858-8223456）。";
        var lines = Break(text, 28);
        string.Concat(lines).ShouldBe(text);
        lines.ShouldAllBe(l => !l.StartsWith('-') && !l.StartsWith('）') && !l.StartsWith('。'), string.Join(" / ", lines));
        BreaksInside("0858-8223456", lines).ShouldAllBe(before => before == '-', string.Join(" / ", lines));
        lines[0].Length.ShouldBeGreaterThanOrEqualTo(27, $"a loose first line: {string.Join(" / ", lines)}");
    }

    [Theory]
    [InlineData("2024-12-31")]
    [InlineData("2023-2024")]
    [InlineData("0851-8654-3210")]
    public void A_date_or_range_with_hyphens_stays_whole_at_a_line_end(string run)
    {
        // Only a fixed-line phone number may break after its area code; 2023- / 2024年 once broke the same way.
        foreach (var before in Enumerable.Range(20, 8))
        {
            var text = new string('政', before) + run + "年。";
            var lines = Break(text, 28);
            string.Concat(lines).ShouldBe(text);
            BreaksInside(run, lines).ShouldBeEmpty(string.Join(" / ", lines));
        }
    }

    [Fact]
    public void A_last_line_holding_a_number_is_no_runt()
    {
        // 8223456）。 alone on the last line is no character alone: 0858- stays on the line above.
        var lines = Break(new string('政', 20) + "电话：0858-8223456）。", 28);
        lines.ShouldBe([new string('政', 20) + "电话：0858-", "8223456）。"]);
    }

    [Fact]
    public void Laid_out_with_a_gap_beside_digits_a_line_holds_fewer_characters()
    {
        // The test-only model of LibreOffice 7.4's gap: 0.2 em on each side of 2025 and none beside ，.
        static int FirstLine(double gapEm) => LineBreaker.Break([new StyledRun("自2025年起，" + new string('政', 40), FontRole.Body, 16)], Metrics, 28 * 16, 0, justify: false, gapEm)[0].Units.Sum(u => u.Text.Length);
        FirstLine(0).ShouldBe(30);
        FirstLine(0.2).ShouldBe(29);
        FirstLine(0.7).ShouldBe(28);
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
