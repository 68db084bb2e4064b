using GovReportDocs.Composition;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Composition;

/// <summary>Titles and signatures broken between meaningful units; numbers that fit their cells (issue 11).</summary>
public class UnitLayoutTests
{
    [Theory]
    [InlineData("中华人民共和国某某省某某自治州某某市某某区人民政府办公室政务公开科2025年政府信息公开工作年度报告",
        new[] { "中华人民共和国某某省某某自治州", "某某市某某区人民政府办公室政务公开科", "2025年政府信息公开工作年度报告" })]
    [InlineData("某某市市场监督管理局2025年政府信息公开工作年度报告", new[] { "某某市市场监督管理局", "2025年政府信息公开工作年度报告" })]
    [InlineData("杭州市西湖区人民政府2025年政府信息公开工作年度报告", new[] { "杭州市西湖区人民政府", "2025年政府信息公开工作年度报告" })]
    [InlineData("淮安市人民政府2024年政府信息公开工作年度报告", new[] { "淮安市人民政府", "2024年政府信息公开工作年度报告" })]
    public void A_long_title_breaks_between_units_in_the_fewest_lines(string title, string[] lines) =>
        TitleLines.Split(title, ReportComposer.TitleLineEms).ShouldBe(lines);

    [Theory]
    [MemberData(nameof(StressInputs.All), MemberType = typeof(StressInputs))]
    public void Every_title_of_the_stress_inputs_breaks_only_at_unit_boundaries(string input)
    {
        var title = StressInputs.Compose(input).Blocks.OfType<TitleBlock>().Single();
        var text = title.Text;
        var quality = UnitBoundaries.Qualities(text);
        var position = 0;
        foreach (var line in title.Lines.SkipLast(1))
        {
            position += line.Length;
            quality[position].ShouldBeGreaterThanOrEqualTo(UnitBoundaries.Weak, $"{text}: break after “{line}”");
        }

        title.Lines.ShouldAllBe(l => NominalWidth.Ems(l) <= ReportComposer.TitleLineEms && l.Length >= 2);
    }

    [Fact]
    public void The_signature_stands_two_characters_from_the_margin_and_the_date_two_right_of_the_name()
    {
        var closing = ClosingLayout.Place(["盘州市人民政府办公室", "2025年1月20日"]);
        closing.Lines.Select(l => l.Text).ShouldBe(["盘州市人民政府办公室", "2025年1月20日"]);
        closing.Lines[0].IndentChars.ShouldBe(28 - 2 - 10);
        closing.Lines[1].IndentChars.ShouldBe(closing.Lines[0].IndentChars + 2);
    }

    [Fact]
    public void A_date_longer_than_the_name_stands_two_characters_from_the_margin_and_pushes_the_name_left()
    {
        var closing = ClosingLayout.Place(["商务局", "2025年12月31日"]);
        closing.Lines[1].IndentChars.ShouldBe(28 - 2 - 7); // 2025年12月31日 is seven characters wide
        closing.Lines[0].IndentChars.ShouldBe(closing.Lines[1].IndentChars - 2);
    }

    [Fact]
    public void A_long_name_wraps_between_units_and_never_reaches_the_left_margin()
    {
        var closing = ClosingLayout.Place(["中华人民共和国某某省某某自治州某某市某某区人民政府办公室政务公开科", "2026年1月16日"]);
        closing.Lines.Select(l => l.Text).ShouldBe(["中华人民共和国某某省某某自治州", "某某市某某区人民政府办公室政务公开科", "2026年1月16日"]);
        closing.Lines.ShouldAllBe(l => l.IndentChars >= 0 && l.IndentChars + NominalWidth.Ems(l.Text) <= 28 - 2 + 0.01);
    }

    [Fact]
    public void Without_a_publish_date_the_signature_leaves_the_date_to_be_written_and_R13_says_so()
    {
        var report = AnnualReport.Empty("某某县档案馆", 2025);
        var closing = ReportComposer.Compose(report).Blocks.OfType<ClosingBlock>().Single();
        closing.Lines.Select(l => l.Text).ShouldBe(["某某县档案馆", "    年  月  日"]);
        closing.Lines[1].IndentChars.ShouldBe(closing.Lines[0].IndentChars + 2);
        var warning = GovReportDocs.Validation.ReportValidator.Validate(report).Diagnostics.Single(d => d.Field == "publishDate");
        warning.Rule.ShouldBe("R13");
        warning.Message.ShouldContain("未填写发布日期（publishDate）");
        warning.Message.ShouldContain("落款处留有日期空位");
    }

    [Fact]
    public void Part_5_with_nothing_given_says_so_instead_of_printing_an_empty_heading()
    {
        var blocks = ReportComposer.Compose(AnnualReport.Empty("某某县档案馆", 2025)).Blocks;
        var afterFive = blocks.SkipWhile(b => b is not HeadingBlock { Text: "五、存在的主要问题及改进情况" }).Skip(1).First();
        afterFive.ShouldBeOfType<ParagraphBlock>().Text.ShouldBe("本报告未列出2025年度本机关政府信息公开工作存在的主要问题及改进情况。");
    }

    [Theory]
    [InlineData(1234567)]
    [InlineData(9999999)]
    [InlineData(12345)]
    public void A_wide_number_is_condensed_no_further_than_legible_and_set_a_size_smaller_before(long count)
    {
        foreach (var table in new[] { ReportTables.Applications, ReportTables.Review })
        {
            var cell = table.DatumCells.MinBy(c => CellFit.TextWidthPt(table, c))!;
            var text = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var available = CellFit.TextWidthPt(table, cell);
            var fit = CellFit.Fit(s => CellFit.NominalWidthPt(text, s), available);
            (CellFit.NominalWidthPt(text, fit.SizePt) * fit.Scale).ShouldBeLessThanOrEqualTo(available);
            fit.Scale.ShouldBeGreaterThanOrEqualTo(CellFit.MinimumScale, $"{table.Name} {text}");
            var atTableSize = CellFit.NumberScale(CellFit.NominalWidthPt(text), available);
            fit.SizePt.ShouldBe(atTableSize >= CellFit.MinimumScale ? PageLayout.TablePt : CellFit.SmallerPt, $"{table.Name} {text}");
        }

        // 8 digits were set at 42–48 % in the .docx: now a size smaller, at least 70 %, in 表四's narrowest cell.
        var review = ReportTables.Review.DatumCells.MinBy(c => CellFit.TextWidthPt(ReportTables.Review, c))!;
        CellFit.Fit(s => CellFit.NominalWidthPt("1234567", s), CellFit.TextWidthPt(ReportTables.Review, review))
            .ShouldBe((CellFit.SmallerPt, 0.72));
    }
}
