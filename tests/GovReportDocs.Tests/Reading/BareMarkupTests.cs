using GovReportDocs.Reading;
using GovReportDocs.Reading.Lines;
using GovReportDocs.Reading.Sources.Html;

namespace GovReportDocs.Tests.Reading;

/// <summary>
/// The attributes taken out of a page before it is parsed: only attributes go, found as the HTML tokenizer finds them,
/// and every line break stays, so that what is read stands on the line it stood on.
/// </summary>
public class BareMarkupTests
{
    [Theory]
    [InlineData("<td style=\"padding: 5px\" valign=\"center\">规章</td>", "<td>规章</td>")]
    [InlineData("<P class=MsoNormal align=center>一、总体情况</P>", "<P>一、总体情况</P>")]
    [InlineData("<p title=\"a > b\">正文</p>", "<p>正文</p>")]
    [InlineData("<p title='它说\"是\"' data-x = \"1>2\">正文</p>", "<p>正文</p>")]
    [InlineData("<br/><br /><img src=a.png/>", "<br/><br/><img>")]
    [InlineData("<svg><path d=\"M0 0\"/></svg><p class=x>正文</p>", "<svg><path d=\"M0 0\"/></svg><p class=x>正文</p>")]
    [InlineData("a < b, 3<5 </p >", "a < b, 3<5 </p >")]
    [InlineData("<!-- <p style=\"x\">注释</p> --><p>正文</p>", "<!-- <p style=\"x\">注释</p> --><p>正文</p>")]
    [InlineData("<script type=\"text/javascript\">if (a<b && c>d) { x = \"<p class=y>\"; }</script><p>正文</p>",
        "<script>if (a<b && c>d) { x = \"<p class=y>\"; }</script><p>正文</p>")]
    [InlineData("<STYLE media=all>p > span { color: red }</STYLE><p>正文</p>", "<STYLE>p > span { color: red }</STYLE><p>正文</p>")]
    [InlineData("<p a=\"unclosed>正文</p>", "<p")]
    public void Only_the_attributes_of_start_tags_go(string html, string bare) => BareMarkup.Of(html, 0, html.Length).ShouldBe(bare);

    [Fact]
    public void Line_breaks_among_attributes_stay_inside_the_tag()
    {
        var html = "<td\n style=\"padding: 5px;\r\n border: none\"\n valign=center>规章</td>";

        BareMarkup.Of(html, 0, html.Length).ShouldBe("<td\n\r\n\n>规章</td>");
    }

    [Fact]
    public void Only_the_stretch_asked_for_is_read()
    {
        var html = "<div id=nav>导航</div><div class=\"article\"><p style=\"x\">一、总体情况</p></div><div id=footer>";
        var start = html.IndexOf("<div class", StringComparison.Ordinal);
        var end = html.IndexOf("<div id=footer", StringComparison.Ordinal);

        BareMarkup.Of(html, start, end).ShouldBe("<div><p>一、总体情况</p></div>");
    }

    [Fact]
    public void A_page_read_without_its_attributes_gives_the_same_items_on_the_same_lines()
    {
        var html = """
                   <html><head><title>某某县2025年政府信息公开工作年度报告</title></head>
                   <body><div class="nav"><a href="/">首页</a></div>
                   <div class="article" style="font-family: 仿宋_GB2312;
                        font-size: 16pt">
                   <p style="text-indent: 2em" title="一、总体情况 > 导语">一、总体情况</p>
                   <table border="1"><tr><td colspan="4"
                     style="border: 1px solid">第二十条第（一）项</td></tr>
                   <tr><td>规章</td><td>1</td><td>0</td><td>3</td></tr></table>
                   <p class=MsoNormal>六、其他需要报告的事项</p>
                   </div></body></html>
                   """;

        HtmlSourceReader.Read(html).ShouldBe(HtmlSourceReader.ReadWholePage(html));
        HtmlSourceReader.Read(html).OfType<SourceCell>().Select(c => (c.Text, c.Line))
            .ShouldBe([("第二十条第（一）项", 6), ("规章", 8), ("1", 8), ("0", 8), ("3", 8)]);
    }

    [Theory]
    [InlineData("<table><tr><td =\"x>\">丙</td></tr></table>")]
    [InlineData("<table><tr><td ==\"x>\">丙</td></tr></table>")]
    [InlineData("<table><tr><td a=\"b\"=\"x>\">丙</td></tr></table>")]
    [InlineData("<table><tr><td a/=\"x>\">丙</td></tr></table>")]
    [InlineData("<table><tr><td\r style=\"x\"\n>丙</td></tr>\n<tr><td>1</td></tr></table>")]
    [InlineData("<table><tr><td title=\"a\rb\"\n>丙</td></tr>\n<tr><td>1</td></tr></table>")]
    [InlineData("\n<svg/ >\n<section>甲</section><section>乙</section>")]
    [InlineData("<svg><g/ ><foreignObject/ ><section>甲</section><section>乙</section></g></svg>")]
    public void A_tag_whose_attributes_the_tokenizer_reads_oddly_does_end_where_it_ends(string middle) => ReadsAsWhole(middle);

    [Theory]
    [InlineData("<svg><font color=\"red\"></font><section>甲</section><section>乙</section></svg>")]
    [InlineData("<math><font size=3></font><section>甲</section><section>乙</section></math>")]
    [InlineData("\n<math>\n<annotation-xml encoding=\"text/html\"><div>甲</div>乙</annotation-xml></math>")]
    [InlineData("<isindex prompt=\"请输入关键词\">")]
    [InlineData("<table>说明：<input type=\"hidden\" name=\"id\">单位：件<tr><td>1</td></tr></table>")]
    public void An_element_whose_attributes_place_what_follows_does_keep_them(string middle) => ReadsAsWhole(middle);

    [Theory]
    [InlineData("<p>二、主动公开政府信息情况</p><plaintext><p class=\"a\">正文</p>")]
    [InlineData("<xmp>甲</xmpx><p class=\"x\">乙</xmp>")]
    [InlineData("<select><style></select><textarea></style><p class=\"x\">乙</p></textarea>")]
    [InlineData("<math>?<iframe><table></p><textarea></iframe><p class=\"x\">乙</p></textarea>")]
    [InlineData("<script>a<!--<script>x</script><p class=\"</script>\">乙</p></script>丙")]
    public void Raw_text_does_end_only_where_the_tokenizer_ends_it(string middle) => ReadsAsWhole(middle);

    [Theory]
    [InlineData("<!x <b class=\">\">乙</b>")]
    [InlineData("<?x <b class=\">\">乙</b>")]
    [InlineData("</ x <b class=\">\">乙</b>")]
    [InlineData("<svg><text><![CDATA[ <b class=\">\"> ]]></text></svg><p>乙</p>")]
    public void A_bogus_comment_or_cdata_section_does_end_where_the_tokenizer_ends_it(string middle) => ReadsAsWhole(middle);

    /// <summary>The scan cuts out the whole page here, so reading it bare must give what parsing it as it is gives.</summary>
    private static void ReadsAsWhole(string middle)
    {
        var html = "<div><p>一、总体情况</p><p>甲</p>" + middle + "<p>六、其他需要报告的事项</p></div>";

        RawArticle.Find(html).ShouldBe((0, html.Length));
        HtmlSourceReader.Read(html).ShouldBe(HtmlSourceReader.ReadWholePage(html));
    }
}
