using GovReportDocs.Reading;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>
/// A saved page's article is cut out by a scan of its tags before parsing (for speed); what is read must be what
/// parsing the whole page and finding the article in it gives: the same paragraphs and cells on the same lines.
/// </summary>
public class SavedPageCutTests
{
    public static TheoryData<string> Pages() => new(Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "GovReportDocs.Tests", "Reading", "Corpus"), "*.html")
        .Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Pages))]
    public void Cutting_the_article_out_first_reads_what_the_whole_page_gives(string page)
    {
        var html = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "GovReportDocs.Tests", "Reading", "Corpus", page));

        RawArticle.Find(html).ShouldNotBeNull("the scan finds the article of a real portal page");
        HtmlSourceReader.Read(html).ShouldBe(HtmlSourceReader.ReadWholePage(html));
    }
}
