using GovReportDocs.Composition;
using GovReportDocs.NationalFormat;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Composition;

/// <summary>
/// Titles and signatures of names with brackets (issue 24): broken between units with the bracketed part whole, no
/// line opening with 、，。）》 or closing with （《, shaped as a 梯形 or 菱形 (GB/T 9704 §7.3.1), never a rectangle.
/// </summary>
public class TitleShapeTests
{
    /// <summary>A line that neither opens with closing punctuation nor ends with opening punctuation.</summary>
    private static bool Clean(string line) => line.Length > 0 && !"、，。）》".Contains(line[0]) && !"（《".Contains(line[^1]);

    private const string Kunming = "中国（云南）自由贸易试验区昆明片区（昆明经济技术开发区）管理委员会第12综合执法大队办公室";

    [Theory]
    [InlineData(Kunming + "2025年政府信息公开工作年度报告",
        new[] { "中国（云南）自由贸易试验区", "昆明片区（昆明经济技术开发区）", "管理委员会第12综合执法大队办公室", "2025年政府信息公开工作年度报告" })]
    [InlineData("某某市医疗保障局（某某市医疗保障基金中心）2025年政府信息公开工作年度报告",
        new[] { "某某市医疗保障局", "（某某市医疗保障基金中心）", "2025年政府信息公开工作年度报告" })]
    [InlineData("某某县人民政府办公室（县政府外事办公室）2025年政府信息公开工作年度报告",
        new[] { "某某县人民政府办公室（县政府外事办公室）", "2025年政府信息公开工作年度报告" })]
    [InlineData("国家税务总局某某市税务局第二税务分局（办税服务厅）2025年政府信息公开工作年度报告",
        new[] { "国家税务总局某某市税务局", "第二税务分局（办税服务厅）", "2025年政府信息公开工作年度报告" })]
    public void A_name_with_brackets_breaks_around_its_bracketed_part(string title, string[] lines) =>
        TitleLines.Split(title, ReportComposer.TitleLineEms).ShouldBe(lines);

    public static TheoryData<string> Titles() =>
    [
        Kunming + "2025年政府信息公开工作年度报告",
        "某某市医疗保障局（某某市医疗保障基金中心）2025年政府信息公开工作年度报告",
        "某某县人民政府办公室（县政府外事办公室）2025年政府信息公开工作年度报告",
        "国家税务总局某某市税务局第二税务分局（办税服务厅）2025年政府信息公开工作年度报告",
        "中华人民共和国某某省某某市某某县某某镇某某街道办事处所属某某中心2024年政府信息公开工作年度报告",
        "某某省某某市某某区某某街道办事处综合行政执法大队2024年政府信息公开工作年度报告",
        "某某自治州（某某地区）人民政府驻某某办事处2025年政府信息公开工作年度报告",
        "《某某日报》社2025年政府信息公开工作年度报告",
    ];

    [Theory]
    [MemberData(nameof(Titles))]
    public void No_title_line_opens_with_closing_punctuation_or_ends_with_opening_punctuation(string title)
    {
        var lines = TitleLines.Split(title, ReportComposer.TitleLineEms);
        string.Concat(lines).ShouldBe(title);
        lines.ShouldAllBe(l => Clean(l));
        lines.ShouldAllBe(l => NominalWidth.Ems(l) <= ReportComposer.TitleLineEms && l.Length >= 2);
        lines.ShouldNotContain(l => l.EndsWith('办') && title.Contains("办税"));
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public void A_title_of_several_lines_is_a_trapezoid_or_a_diamond_never_a_rectangle(string title)
    {
        var widths = TitleLines.Split(title, ReportComposer.TitleLineEms).Select(NominalWidth.Ems).ToList();
        widths.Count.ShouldBeGreaterThan(1);
        (widths.Max() - widths.Min()).ShouldBeGreaterThanOrEqualTo(2, $"{title}: {string.Join("/", widths)} is a rectangle");
        for (var i = 1; i < widths.Count - 1; i++)
        {
            (widths[i] >= widths[i - 1] || widths[i] >= widths[i + 1]).ShouldBeTrue($"{title}: {string.Join("/", widths)} narrows in the middle");
        }
    }

    [Fact]
    public void A_bracket_is_broken_inside_only_when_it_is_wider_than_a_line()
    {
        var lines = TitleLines.Split("某某市（某某省某某自治州某某县某某镇人民政府驻某某市联络处）2025年政府信息公开工作年度报告", 20);
        lines.ShouldAllBe(l => Clean(l));
        lines.ShouldAllBe(l => NominalWidth.Ems(l) <= 20);
    }

    [Theory]
    [InlineData("某某市医疗保障局（某某市医疗保障基金中心）")]
    [InlineData("国家税务总局某某市税务局第二税务分局（办税服务厅）")]
    [InlineData("某某省某某市某某区某某街道办事处综合行政执法大队")]
    [InlineData(Kunming)]
    public void The_signature_breaks_as_the_title_and_keeps_the_date_out_of_the_left_third(string agency)
    {
        var closing = ClosingLayout.Place([agency, "2026年1月23日"]);
        var name = closing.Lines.SkipLast(1).ToList();
        string.Concat(name.Select(l => l.Text)).ShouldBe(agency);
        name.ShouldAllBe(l => Clean(l.Text));
        closing.Lines[^1].IndentChars.ShouldBeGreaterThanOrEqualTo(PageLayout.CharactersPerLine / 3.0, string.Join(" / ", closing.Lines));
        closing.Lines.ShouldAllBe(l => l.IndentChars + NominalWidth.Ems(l.Text) <= PageLayout.CharactersPerLine - PageLayout.ClosingRightIndentChars + 0.01);
    }

    [Theory]
    [MemberData(nameof(StressInputs.All), MemberType = typeof(StressInputs))]
    public void Every_stress_title_and_signature_keeps_its_brackets_whole(string input)
    {
        var composed = StressInputs.Compose(input);
        var lines = composed.Blocks.OfType<TitleBlock>().Single().Lines
            .Concat(composed.Blocks.OfType<ClosingBlock>().Single().Lines.Select(l => l.Text.Trim())).ToList();
        lines.ShouldAllBe(l => Clean(l), input);
        composed.Blocks.OfType<ClosingBlock>().Single().Lines[^1].IndentChars.ShouldBeGreaterThanOrEqualTo(PageLayout.CharactersPerLine / 3.0, input);
    }

    [Theory]
    [InlineData("某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某")]
    [InlineData("1234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890")]
    public async Task A_long_name_that_could_break_almost_anywhere_is_set_at_once(string agency)
    {
        // The search for the best breaks is exponential in the lines: such a name kept `validate` busy for good.
        var lines = await Task.Run(() => TitleLines.Split(agency + "2025年" + TitleLines.Suffix, ReportComposer.TitleLineEms))
            .WaitAsync(TimeSpan.FromSeconds(30));

        lines.ShouldAllBe(l => NominalWidth.Ems(l) <= ReportComposer.TitleLineEms);
        string.Concat(lines).ShouldBe(agency + "2025年" + TitleLines.Suffix);
    }
}
