using GovReportDocs.Composition;
using GovReportDocs.NationalFormat;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Composition;

public class CompositionTests
{
    [Fact]
    public void Markup_splits_paragraphs_on_blank_lines_and_recognises_headings()
    {
        NarrativeMarkup.Parse("（一）强化组织领导\n第一段第一行\n接着写。\n\n1.完善制度\n第二段。\n\nAB\nCD").ShouldBe(
        [
            new HeadingBlock(2, "（一）强化组织领导"),
            new ParagraphBlock("第一段第一行接着写。"),
            new HeadingBlock(3, "1.完善制度"),
            new ParagraphBlock("第二段。"),
            new ParagraphBlock("AB CD"),
        ]);
    }

    [Fact]
    public void An_inline_lead_in_is_kept_apart_for_the_heading_font()
    {
        NarrativeMarkup.Parse("（一）强化组织领导。成立领导小组。").Single()
            .ShouldBe(new ParagraphBlock("成立领导小组。", "（一）强化组织领导。", 2));
        NarrativeMarkup.Parse("2.完善制度：建立台账。").Single().ShouldBe(new ParagraphBlock("建立台账。", "2.完善制度：", 3));
        NarrativeMarkup.Parse("一是优化设计。二是细化流程。").Single().ShouldBe(new ParagraphBlock("一是优化设计。二是细化流程。"));
    }

    [Fact]
    public void A_sentence_is_not_taken_for_a_heading()
    {
        NarrativeMarkup.HeadingLevel("（一）主动公开情况").ShouldBe(2);
        NarrativeMarkup.HeadingLevel("一、总体情况").ShouldBe(1);
        NarrativeMarkup.HeadingLevel("（一）主动公开方面。坚持公开。").ShouldBeNull();
        NarrativeMarkup.HeadingLevel("2024年，本机关新收申请33件").ShouldBeNull();
    }

    [Theory]
    [InlineData("盘州市人民政府2024年政府信息公开工作年度报告", new[] { "盘州市人民政府", "2024年政府信息公开工作年度报告" })]
    [InlineData("某局2024年政府信息公开工作年度报告", new[] { "某局2024年政府信息公开工作年度报告" })]
    public void Titles_break_before_the_fixed_suffix(string title, string[] lines) =>
        TitleLines.Split(title, 20).ShouldBe(lines);

    [Fact]
    public void Long_titles_break_into_balanced_lines_without_an_orphan()
    {
        var title = "中华人民共和国某某省某某市某某县某某镇某某街道办事处所属某某中心2024年政府信息公开工作年度报告";
        var lines = TitleLines.Split(title, 20);
        string.Concat(lines).ShouldBe(title);
        lines.ShouldAllBe(l => NominalWidth.Ems(l) <= 20 && l.Length >= 2);
        lines.Count.ShouldBe(3);
        lines[^1].ShouldBe("2024年政府信息公开工作年度报告");
        lines.ShouldNotContain(l => l.StartsWith("024"));
    }

    [Fact]
    public void The_composed_report_has_the_six_parts_in_order_and_the_three_tables_under_them()
    {
        var composed = ReportComposer.Compose(Samples.Panzhou);
        composed.Blocks.OfType<HeadingBlock>().Where(h => h.IsPart).Select(h => h.Text).ShouldBe(PartTitles.All);
        var tables = composed.Blocks.Select((b, i) => (b, i)).Where(x => x.b is TableBlock).ToList();
        tables.Select(t => ((TableBlock)t.b).Table).ShouldBe([ReportTables.Proactive, ReportTables.Applications, ReportTables.Review]);
        tables.Select(t => composed.Blocks[t.i - 1]).OfType<HeadingBlock>().Count(h => h.IsPart).ShouldBe(3);
        composed.Blocks.OfType<HeadingBlock>().Where(h => h.Level == 2).Select(h => h.Text).ShouldBe(PartTitles.OverviewAspects);
    }
}
