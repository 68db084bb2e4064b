using System.Text;
using GovReportDocs;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Reading;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>
/// Markdown as converters and OCR tools write a report (Corpus/16 and 17 are two real reports so converted, read by
/// <see cref="CorpusTests"/>): read like text, every number in its cell, every finding at its line of the .md file.
/// </summary>
public class MarkdownReadingTests
{
    private static PublishedReport Read(string markdown, string name = "report.md") =>
        PublishedReportReader.Read(Encoding.UTF8.GetBytes(markdown), name, PublishedFormat.Markdown);

    [Theory]
    [InlineData("report.md")]
    [InlineData("report.MARKDOWN")]
    public void Md_and_markdown_files_are_read_as_markdown(string name) =>
        GovReport.PublishedFormatOf(name).ShouldBe(PublishedFormat.Markdown);

    [Fact]
    public void A_converted_page_reads_to_the_numbers_of_the_page_it_came_from()
    {
        foreach (var (markdown, page) in new[] { ("16-pingtan-2023.md", "05-pingtan-2023.html"), ("17-pingtan-haitan-2024.md", "04-pingtan-haitan-2024.html") })
        {
            var fromMarkdown = PublishedReportReader.Read(RepoPaths.Corpus(markdown));
            var fromPage = PublishedReportReader.Read(RepoPaths.Corpus(page));

            StatisticsSheet.AllData.Where(d => fromMarkdown.Sheet[d] != fromPage.Sheet[d]).ShouldBeEmpty(markdown);
            (fromMarkdown.Report.Agency, fromMarkdown.Report.Year).ShouldBe((fromPage.Report.Agency, fromPage.Report.Year));
            fromMarkdown.Structure.Parts.Select(p => p.Number).ShouldBe(fromPage.Structure.Parts.Select(p => p.Number));
        }
    }

    [Fact]
    public void Headings_emphasis_escapes_and_links_are_taken_off_and_findings_name_the_md_line()
    {
        var markdown = """
            # 某某县某某局2024年政府信息公开工作年度报告

            ## 一、总体情况

            **（一）主动公开情况**

            2024年，本局在[门户网站](http://example.gov.cn)主动公开信息\*共\*120条。

            ## 三、收到和处理政府信息公开申请情况

            | 一、本年新收政府信息公开申请数量 | | | 3 | 1 | 0 | 0 | 0 | 0 | 4 |
            |---|---|---|---|---|---|---|---|---|---|
            | 二、上年结转政府信息公开申请数量 | | | 0 |  | 0 | 0 | 0 | 0 | 0 |

            """;

        var read = Read(markdown);

        (read.Report.Agency, read.Report.Year).ShouldBe(("某某县某某局", 2024));
        read.Structure.Parts.Select(p => p.Number).ShouldBe([1, 3]);
        read.Texts.ShouldContain("（一）主动公开情况");
        read.Texts.ShouldContain("2024年，本局在门户网站主动公开信息*共*120条。");
        SeedReadingTests.Row(read, ApplicationRow.NewlyReceived).ShouldBe("3 1 0 0 0 0 4", "the empty cells of the merged label are no values");
        SeedReadingTests.Row(read, ApplicationRow.CarriedOver).ShouldBe("0 _ 0 0 0 0 0", "an empty cell among the numbers is missing, not a shift");
        read.Locate(new ApplicationDatum(ApplicationRow.CarriedOver, ApplicantColumn.CommercialEnterprises))!.Line.ShouldBe(13);
    }

    [Fact]
    public void A_label_repeated_over_the_cells_it_spans_is_one_label()
    {
        var markdown = """
            | 一、本年新收政府信息公开申请数量 | 一、本年新收政府信息公开申请数量 | 一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |
            |---|---|---|---|---|---|---|---|---|---|
            | 三、本年度办理结果 | （一）予以公开 | （一）予以公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
            """;

        var read = Read(markdown);

        SeedReadingTests.Row(read, ApplicationRow.NewlyReceived).ShouldBe("3 1 0 0 0 0 4");
        SeedReadingTests.Row(read, ApplicationRow.Granted).ShouldBe("2 0 0 0 0 0 2");
    }

    [Fact]
    public void An_html_table_inside_the_markdown_is_read_cell_by_cell()
    {
        // OCR tools (MinerU, PaddleOCR) write tables as HTML in the .md file.
        var markdown = "## 三、收到和处理政府信息公开申请情况\n\n<table><tr><td colspan=\"3\">一、本年新收政府信息公开申请数量</td><td>3</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>4</td></tr>\n"
                       + "<tr><td colspan=\"3\">二、上年结转政府信息公开申请数量</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr></table>\n\n## 四、政府信息公开行政复议、行政诉讼情况\n";

        var read = Read(markdown);

        SeedReadingTests.Row(read, ApplicationRow.NewlyReceived).ShouldBe("3 1 0 0 0 0 4");
        SeedReadingTests.Row(read, ApplicationRow.CarriedOver).ShouldBe("0 0 0 0 0 0 0");
        read.Structure.Parts.Select(p => p.Number).ShouldBe([3, 4]);
        read.Structure.Parts[1].Line.ShouldBe(6, "the lines the table took are kept");
    }
}
