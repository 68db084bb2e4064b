using GovReportDocs.Reading;
using GovReportDocs.Reading.Sources.Html;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>
/// A saved page's article is cut out by a scan of its tags before parsing (for speed); what is read must be what
/// parsing the whole page and finding the article in it gives: the same paragraphs and cells on the same lines.
/// </summary>
public class SavedPageCutTests
{
    public static TheoryData<string> Pages() => new(Directory.GetFiles(RepoPaths.CorpusFolder, "*.html")
        .Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Pages))]
    public void Cutting_the_article_out_first_reads_what_the_whole_page_gives(string page)
    {
        var html = File.ReadAllText(RepoPaths.Corpus(page));

        RawArticle.Find(html).ShouldNotBeNull("the scan finds the article of a real portal page");
        HtmlSourceReader.Read(html).ShouldBe(HtmlSourceReader.ReadWholePage(html));
    }

    [Theory]
    [InlineData("<script>var a = 1;")]
    [InlineData("<style>p { color: red }")]
    public void A_page_whose_script_or_style_never_closes_does_read_as_the_whole_page(string tail)
    {
        var html = "<div><p>一、总体情况</p><p>六、其他需要报告的事项</p></div>" + tail;

        RawArticle.Find(html).ShouldBe((0, html.IndexOf("</div>", StringComparison.Ordinal) + 6));
        HtmlSourceReader.Read(html).ShouldBe(HtmlSourceReader.ReadWholePage(html));
    }
}
