using System.Text;
using GovReportDocs.Composition;
using GovReportDocs.NationalFormat;
using GovReportDocs.Html;
using GovReportDocs.Model;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Html;

/// <summary>The page around the tables: HTML5 without parse errors, real headings, self-contained, escaped, deterministic.</summary>
public class HtmlPageTests
{
    public static TheoryData<string> SampleFiles => new() { "panzhou-2024.yaml", "mengga-2024.yaml" };

    /// <summary>Markup, entities, quotes, a control character and a lone surrogate, as a user might type them.</summary>
    private const string Hostile = "<script>alert(\"x\")</script> & <b>粗</b> <img src=http://evil.example/x.png> \"引号\" 'single' a\u0001b c\ud800d";

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void The_page_is_html5_without_a_single_parse_error(string sample)
    {
        var html = HtmlRenderer.Render(Samples.Load(sample));
        html.ShouldStartWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        var page = new HtmlReadBack(html);
        page.ParseErrors.ShouldBeEmpty();
        page.Document.DocumentElement.GetAttribute("lang").ShouldBe("zh-CN");
        page.Document.Head!.QuerySelector("meta[name=viewport]")!.GetAttribute("content").ShouldBe("width=device-width, initial-scale=1");
        page.Document.Title.ShouldBe($"{Samples.Load(sample).Agency}2024年政府信息公开工作年度报告");
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void The_title_is_the_one_h1_and_the_six_parts_are_the_h2_in_order(string sample)
    {
        var report = Samples.Load(sample);
        var composed = ReportComposer.Compose(report);
        var page = new HtmlReadBack(HtmlRenderer.Render(composed)).Document;
        page.QuerySelectorAll("h1").Select(h => h.TextContent).ShouldBe([composed.Title]);
        page.QuerySelectorAll("h2").Select(h => h.TextContent).ShouldBe(PartTitles.All);
        page.QuerySelectorAll("h3").Select(h => h.TextContent)
            .ShouldBe(composed.Blocks.OfType<HeadingBlock>().Where(h => h.Level == 2).Select(h => h.Text));
        page.QuerySelectorAll("h4").Select(h => h.TextContent)
            .ShouldBe(composed.Blocks.OfType<HeadingBlock>().Where(h => h.Level == 3).Select(h => h.Text));
        page.QuerySelectorAll("main > p").Select(p => p.TextContent)
            .ShouldBe(composed.Blocks.OfType<ParagraphBlock>().Select(p => p.FullText));
    }

    [Fact]
    public void Each_part_is_followed_by_its_content_and_each_table_by_the_part_it_belongs_to()
    {
        var page = new HtmlReadBack(HtmlRenderer.Render(Samples.Panzhou)).Document;
        var main = page.QuerySelector("main")!.Children.ToList();
        string? TableAfter(string part) =>
            main[main.FindIndex(e => e.LocalName == "h2" && e.TextContent == part) + 1].QuerySelector("caption")?.TextContent;
        TableAfter(PartTitles.Proactive).ShouldBe("表二 主动公开政府信息情况");
        TableAfter(PartTitles.Applications).ShouldBe("表三 收到和处理政府信息公开申请情况");
        TableAfter(PartTitles.Review).ShouldBe("表四 政府信息公开行政复议、行政诉讼情况");
        main[0].LocalName.ShouldBe("h1");
        main[^1].LocalName.ShouldBe("footer");
    }

    [Fact]
    public void A_title_breaks_where_the_composer_breaks_it_and_on_a_phone_only_between_units()
    {
        var composed = ReportComposer.Compose(Samples.Panzhou);
        var html = HtmlRenderer.Render(composed);
        html.ShouldContain("<h1><span>盘州市<wbr>人民政府</span><span>2024年<wbr>政府信息公开工作年度报告</span></h1>\n");
        html.ShouldContain("h1>span{display:block}");

        var bracketed = ReportComposer.Compose(AnnualReport.Empty("国家税务总局某某市税务局第二税务分局（办税服务厅）", 2024));
        var h1 = new HtmlReadBack(HtmlRenderer.Render(bracketed)).Document.QuerySelector("h1")!;
        h1.TextContent.ShouldBe(bracketed.Title);
        h1.Children.Select(l => l.TextContent).ShouldBe(((TitleBlock)bracketed.Blocks[0]).Lines);
        h1.InnerHtml.ShouldNotContain("办<wbr>税");
        h1.InnerHtml.ShouldContain("（办税服务厅）");
    }

    [Fact]
    public void A_web_address_may_break_after_its_separators_and_numbers_never_wrap_in_cells()
    {
        var report = Samples.Panzhou with { Overview = Samples.Panzhou.Overview with { Platform = "及时发布、更新政府信息（https://www.ketdz.gov.cn/zfxxgk/2025/）。" } };
        var html = HtmlRenderer.Render(report);
        html.ShouldContain("（https://<wbr>www.<wbr>ketdz.<wbr>gov.<wbr>cn/<wbr>zfxxgk/<wbr>2025/）。");
        var css = new HtmlReadBack(html).Document.QuerySelector("style")!.TextContent;
        css.ShouldContain("td{font-variant-numeric:tabular-nums;white-space:nowrap}");
        css.ShouldNotContain("body{margin:0;background:#fff;color:#1a1a1a;font-family:" + HtmlStyle.FontFamily(FontRole.Body) + ";font-size:1.125rem;line-height:1.8;overflow-wrap");
    }

    [Fact]
    public void A_phone_number_may_break_after_its_area_codes_hyphen_only()
    {
        // A browser never breaks between a hyphen and a digit: without the wbr a narrow screen spread the line before.
        var html = HtmlRenderer.Render(StressInputs.Load("tax-office.yaml"));
        html.ShouldContain("0858-<wbr>8223456");
        html.ShouldNotContain("<wbr>-");
    }

    [Fact]
    public void A_lead_in_keeps_its_paragraph_and_takes_the_heading_class_of_its_level()
    {
        var report = Samples.Panzhou with { Overview = Samples.Panzhou.Overview with { Management = "（一）强化组织领导。成立了领导小组。\n\n1.建立台账。逐项整改。" } };
        var page = new HtmlReadBack(HtmlRenderer.Render(report)).Document;
        var leadIns = page.QuerySelectorAll("p > b").ToList();
        leadIns.Select(b => (b.ClassName, b.TextContent)).ShouldBe([("lead-in-2", "（一）强化组织领导。"), ("lead-in-3", "1.建立台账。")]);
        leadIns[0].ParentElement!.TextContent.ShouldBe("（一）强化组织领导。成立了领导小组。");
    }

    [Fact]
    public void The_closing_is_a_footer_of_agency_and_date_right_aligned_by_the_style_sheet()
    {
        var report = Samples.Panzhou with { PublishDate = new DateOnly(2025, 1, 20) };
        var page = new HtmlReadBack(HtmlRenderer.Render(report)).Document;
        page.QuerySelectorAll("footer.closing > p").Select(p => p.TextContent).ShouldBe(["盘州市人民政府", "2025年1月20日"]);
        page.QuerySelector("style")!.TextContent.ShouldContain(".closing p{text-align:right;text-indent:0;white-space:pre-wrap;padding-right:2em}");
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void The_page_fetches_nothing_and_runs_nothing(string sample)
    {
        var html = HtmlRenderer.Render(Samples.Load(sample));
        var page = new HtmlReadBack(html).Document;
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("<link", Case.Insensitive);
        page.QuerySelectorAll("script, link, img, iframe, object, embed, svg, video, audio, source, picture, base, form").ShouldBeEmpty();
        var attributes = page.All.SelectMany(e => e.Attributes.Select(a => a.Name)).Distinct().ToList();
        attributes.ShouldNotContain("src");
        attributes.ShouldNotContain("href");
        attributes.ShouldNotContain("srcset");
        attributes.ShouldNotContain("style");
        attributes.ShouldNotContain(a => a.StartsWith("on", StringComparison.Ordinal));
        var styles = page.QuerySelectorAll("style").ToList();
        styles.Count.ShouldBe(1);
        styles[0].ParentElement.ShouldBe(page.Head);
        styles[0].TextContent.ShouldNotContain("@import", Case.Insensitive);
        styles[0].TextContent.ShouldNotContain("url(", Case.Insensitive);
        styles[0].TextContent.ShouldNotContain("@font-face", Case.Insensitive);
    }

    [Fact]
    public void The_style_sheet_sets_the_official_fonts_and_the_gbt9704_page_for_print()
    {
        var css = StyleSheet(HtmlRenderer.Render(Samples.Mengga));
        css.ShouldContain("body{margin:0;background:#fff;color:#1a1a1a;font-family:\"Times New Roman\",\"仿宋_GB2312\",\"FangSong_GB2312\",\"仿宋\",\"FangSong\"");
        css.ShouldContain("h1{font-family:\"Times New Roman\",\"方正小标宋简体\"");
        css.ShouldContain("h2{font-family:\"黑体\",\"SimHei\"");
        css.ShouldContain("h3{font-family:\"楷体_GB2312\",\"KaiTi_GB2312\",\"楷体\",\"KaiTi\"");
        css.ShouldContain(".lead-in-2{font-family:\"楷体_GB2312\"");
        css.ShouldContain("@page{size:A4;margin:37mm 26mm 35mm 28mm}");
        css.ShouldContain("@page :right{@bottom-right{content:\"— \" counter(page) \" —\"");
        css.ShouldContain("@media print{\nbody{font-size:16pt;line-height:28.991pt}");
    }

    [Fact]
    public void Tables_scroll_inside_their_wrapper_in_the_proportions_of_their_description()
    {
        var css = StyleSheet(HtmlRenderer.Render(Samples.Mengga));
        css.ShouldContain(".table-scroll{overflow-x:auto;");
        css.ShouldContain("table{border-collapse:collapse;width:100%;table-layout:fixed;");
        var weights = ReportTables.Applications.ColumnWeights;
        string Share(int column) => (weights[column] / weights.Sum() * 100).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
        css.ShouldContain($".table-3 .c1{{width:{Share(0)}%}}.table-3 .c2{{width:{Share(1)}%}}.table-3 .c3{{width:{Share(2)}%}}.table-3 .c4{{width:{Share(3)}%}}");
        css.ShouldContain(".table-4 .c15{width:6.667%}");
        // On screen laid out by content, the wrapper spanning the window, the table centred in it.
        css.ShouldContain("@media screen{\nbody{container-type:inline-size}\ntable{table-layout:auto;margin-inline:auto}\n" +
            ".table-scroll{margin-inline:min(0px,(100% - 100cqw) / 2 + 1.25rem)}\n}");
        // At least wide enough for two characters a line in its narrowest column, in its proportions; as wide as the text
        // column, or as its longest number (--digits) needs in its proportions, up to the window.
        css.ShouldContain("@media screen{.table-3{min-width:40.588em;width:min(100%,max(47.5rem,calc(var(--digits,0) * 7.441em + 10.147em)))}}");
        css.ShouldContain("@media screen{.table-4{min-width:45em;width:min(100%,max(47.5rem,calc(var(--digits,0) * 8.25em + 11.25em)))}}");
        // The hint shows where the wrapper scrolls; without scroll-driven animations, below the table's least width.
        css.ShouldContain("@media screen{:is(.table-2,.table-3,.table-4) caption::after{content:\"（表格较宽，可左右滑动查看）\";font-size:0;white-space:nowrap;" +
            "animation:scroll-hint linear both;animation-timeline:scroll(nearest inline)}}\n@keyframes scroll-hint{from,to{font-size:.875em}}");
        css.ShouldContain("@media screen and (max-width:46.7rem){@supports not (animation-timeline:scroll()){.table-4 caption::after{content:\"（表格较宽，可左右滑动查看）\"");
    }

    [Fact]
    public void On_a_phone_the_label_columns_of_table_3_stay_pinned_while_its_numbers_scroll()
    {
        var html = HtmlRenderer.Render(Samples.Panzhou);
        var css = StyleSheet(html);
        const string numberColumn = "max(3em,calc(var(--digits,0) * 0.55em + 0.75em))";
        css.ShouldContain("@media screen and (max-width:42.4rem){.table-3{table-layout:fixed;min-width:calc(13.25em + 7 * " + numberColumn + ")}.table-3 .c1{width:3.75em}" +
            ".table-3 .c2{width:3.75em}.table-3 .c3{width:auto}.table-3 .c4{width:" + numberColumn + "}");
        css.ShouldContain(".table-3 .pin-1{position:sticky;z-index:1;left:0em;background:#fff}");
        css.ShouldContain(".table-3 .pin-2{position:sticky;z-index:1;left:3.75em;background:#fff}");
        css.ShouldContain(".table-3 .pin-3{position:sticky;z-index:1;left:7.5em;background:#fff}");
        css.ShouldContain("@media screen and (max-width:36.2rem){@supports not (animation-timeline:scroll()){.table-3 caption::after");

        var page = new HtmlReadBack(html);
        var (table2, table3, table4) = (page.Tables[0], page.Tables[1], page.Tables[2]);
        foreach (var cell in HtmlReadBack.Grid(table3).SelectMany(r => r).Distinct())
        {
            var labelColumns = cell.IsHeader && cell.Column + cell.ColumnSpan <= 3;
            // A label too long for a browser to balance on a phone also wraps `pretty` (HtmlTableStyle.WrapsPretty).
            string?[] classes = [labelColumns ? $"pin-{cell.Column + 1}" : null, cell.IsHeader && cell.Text.Length > 30 ? "long-label" : null];
            cell.Element.GetAttribute("class").ShouldBe(classes.Any(c => c is not null) ? string.Join(' ', classes.OfType<string>()) : null, cell.Text);
        }

        table3.QuerySelectorAll(".pin-1").Select(c => c.TextContent).ShouldBe(
            [ApplicantColumns.BalanceNote, "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", ApplicationRows.ResultsHeader, "四、结转下年度继续办理"]);
        table2.QuerySelectorAll("th[class], td[class]").ShouldBeEmpty();
        table4.QuerySelectorAll("th[class], td[class]").ShouldBeEmpty();
    }

    private static string StyleSheet(string html) => html.Split("<style>\n")[1].Split("</style>")[0];

    [Fact]
    public void Text_from_the_input_comes_out_as_text()
    {
        var report = Samples.Mengga with
        {
            Agency = "某某局<i>\"&",
            Preamble = Hostile,
            Problems = Samples.Mengga.Problems with { Issues = [Hostile] },
        };
        var html = HtmlRenderer.Render(report);
        var page = new HtmlReadBack(html);
        page.ParseErrors.ShouldBeEmpty();
        page.Document.QuerySelectorAll("script, img, i").ShouldBeEmpty();
        page.Document.QuerySelectorAll("main b").ShouldBeEmpty();
        html.ShouldContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;粗&lt;/b&gt;");
        var expected = Hostile.Replace('\u0001', '\uFFFD').Replace('\ud800', '\uFFFD');
        page.Document.QuerySelectorAll("main > p").Select(p => p.TextContent).ShouldContain(expected);
        page.Document.Title.ShouldStartWith("某某局<i>\"&");
        page.Document.Head!.QuerySelector("meta[name=author]")!.GetAttribute("content").ShouldBe("某某局<i>\"&");
    }

    [Fact]
    public void The_same_report_gives_the_same_bytes_on_every_thread()
    {
        var composed = ReportComposer.Compose(Samples.Panzhou);
        var first = HtmlRenderer.RenderBytes(composed);
        var results = new byte[16][];
        Parallel.For(0, results.Length, i => results[i] = HtmlRenderer.RenderBytes(i % 2 == 0 ? composed : ReportComposer.Compose(Samples.Panzhou)));
        results.ShouldAllBe(r => r.SequenceEqual(first));
        HtmlRenderer.Render(Samples.Panzhou).ShouldBe(Encoding.UTF8.GetString(first));
    }

    [Fact]
    public void Bytes_and_stream_are_the_page_in_utf8_without_a_byte_order_mark()
    {
        var composed = ReportComposer.Compose(Samples.Mengga);
        var bytes = HtmlRenderer.RenderBytes(composed);
        bytes[..15].ShouldBe("<!DOCTYPE html>"u8.ToArray());
        Encoding.UTF8.GetString(bytes).ShouldBe(HtmlRenderer.Render(composed));
        using var stream = new MemoryStream();
        HtmlRenderer.Render(composed, stream);
        stream.ToArray().ShouldBe(bytes);
    }
}
