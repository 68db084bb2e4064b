using System.Text.RegularExpressions;
using GovReportDocs;
using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Reading;
using GovReportDocs.Reading.Lines;
using GovReportDocs.Reading.Sources.Pdf;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>
/// PDFs drawn the way Word and WPS export them — letters placed one by one, no spaces, borders as filled bars
/// or per-cell lines, table 3 split over two pages with its header repeated — read back to the same report.
/// </summary>
[Trait("Requires", "debian")]
public class WordLikePdfTests
{
    private const string Head = "盘州市人民政府2024年政府信息公开工作年度报告";

    public static TheoryData<string, bool, bool, bool> Styles => new()
    {
        { "- {0} -", true, false, false },
        { "第{0}页", false, false, true },
        { "第{0}页 共{1}页", true, true, false },
        { "{0}/{1}", false, true, true },
        { "— {0} —", true, false, false },
    };

    [Theory]
    [MemberData(nameof(Styles))]
    public void A_word_like_pdf_with_table_3_over_two_pages_reads_back_to_its_numbers(string pageNumber, bool repeatMergedLabel, bool strokedBorders, bool shadedHeader)
    {
        var report = Samples.Panzhou;
        var style = new WordLikeStyle
        {
            PageNumber = pageNumber, RepeatMergedLabel = repeatMergedLabel, StrokedBorders = strokedBorders, ShadedHeader = shadedHeader, RunningHead = Head,
        };
        var pdf = WordLikePdf.Render(report, style);
        pdf.TablePages[TableNames.Applications].Count.ShouldBeGreaterThan(1, "table 3 must cross a page for this test");

        var read = Read(pdf, "word-like.pdf");

        PdfReadBack.ShouldMatch(read, report);
        PdfReadBack.ShouldFindNothingTheDocxDoesNot(read, report);
        read.Texts.ShouldBe(PdfReadBack.FromDocx(report).Texts);
    }

    [Fact]
    public void Running_text_set_with_wide_line_spacing_reads_as_the_same_paragraphs()
    {
        // 19-hongze-2024-wps.template.pdf: the template's paragraphs set 2.6 letter sizes apart; a sentence cut there
        // (…受理政府 / 信息公开申请17件…) hides the count R7 compares.
        var report = Samples.Panzhou;
        var usual = Read(WordLikePdf.Render(report, new WordLikeStyle()), "usual.pdf");

        var wide = Read(WordLikePdf.Render(report, new WordLikeStyle { BodyLinePitch = 2.6 }), "wide.pdf");

        usual.Texts.Count(t => t.Length > 60).ShouldBeGreaterThan(3);
        wide.Texts.ShouldBe(usual.Texts);
    }

    [Fact]
    public void Lines_of_text_on_white_filled_rectangles_stay_running_text()
    {
        // WPS sets every line of a shaded paragraph on a white rectangle; its edges are no table borders.
        var report = Samples.Panzhou;
        var pdf = WordLikePdf.Render(report, new WordLikeStyle { WhiteLineShading = true, StrokedBorders = true });

        var read = Read(pdf, "wps-shaded.pdf");

        PdfReadBack.ShouldMatch(read, report);
        PdfReadBack.ShouldFindNothingTheDocxDoesNot(read, report);
        read.Texts.ShouldBe(PdfReadBack.FromDocx(report).Texts);
        read.Structure.Parts.Select(p => p.Number).ShouldBe([1, 2, 3, 4, 5, 6]);
    }

    [Fact]
    public void Page_numbers_and_running_heads_become_neither_paragraphs_nor_cells()
    {
        var pdf = WordLikePdf.Render(Samples.Panzhou, new WordLikeStyle { PageNumber = "第{0}页 共{1}页", RunningHead = Head });

        var items = PdfSourceReader.Read(new MemoryStream(pdf.Bytes));

        items.ShouldNotContain(i => Regex.IsMatch(i.Text, @"第\d+页"));
        items.Count(i => i.Text == Head).ShouldBe(1, "the title stays, the running head of every page goes");
        items[0].ShouldBeOfType<SourceParagraph>().Text.ShouldBe(Head);
    }

    [Fact]
    public void A_table_without_borders_is_read_by_column_positions_and_never_gives_a_wrong_number()
    {
        var report = Samples.Panzhou;
        var pdf = WordLikePdf.Render(report, new WordLikeStyle { Borders = false, RunningHead = Head, TableSize = 12 });

        var read = Read(pdf, "no-borders.pdf");

        read.Structure.TablesFound.ShouldBe(ReportTables.All);
        var expected = StatisticsSheet.FromReport(report);
        StatisticsSheet.AllData.Where(d => read.Sheet[d] is { } value && value != expected[d]).ShouldBeEmpty();
        // Without borders a label wrapped over four lines beside other wrapped labels cannot be told apart:
        // only the two long rows of （六） may be lost, and they are reported missing (R1), not misread.
        var lost = StatisticsSheet.AllData.Where(d => read.Sheet[d] is null).Select(d => d is ApplicationDatum a ? a.Row : (ApplicationRow?)null).Distinct().ToList();
        // Since 表三's label column narrowed (the number columns widened), 5.属于三类内部事务信息 wraps beside （三）不予公开 too.
        lost.ShouldBeSubsetOf(new ApplicationRow?[] { ApplicationRow.OtherOverdueCorrection, ApplicationRow.OtherOverdueFee, ApplicationRow.DeniedInternalAffairs });
    }

    public static TheoryData<string, string[]> OddPartTitles => new()
    {
        { PartTitles.All[3], ["四、政府信息公开行政复议、行政", "诉讼情况"] }, // broken over two lines by hand
        { PartTitles.All[0], ["（一）总体情况"] }, // numbered like a sub-heading
        { PartTitles.All[0], ["一、 总体 情况"] }, // odd spaces
        { PartTitles.All[4], ["5.存在的主要问题及改进情况"] },
    };

    [Theory]
    [MemberData(nameof(OddPartTitles))]
    public void A_part_title_set_bold_on_its_own_lines_is_found_by_its_look_and_words(string title, string[] printed)
    {
        var number = PartTitles.All.ToList().IndexOf(title) + 1;
        var pdf = WordLikePdf.Render(Samples.Panzhou, new WordLikeStyle { Headings = new Dictionary<string, string[]> { [title] = printed } });

        var check = GovReport.CheckPublished(Read(pdf, "odd-title.pdf"));

        check.Published!.Structure.Parts.Select(p => p.Number).ShouldBe([1, 2, 3, 4, 5, 6]);
        check.Diagnostics.Where(d => d.Rule == RuleIds.R9).Select(d => (d.Severity, d.Message)).ShouldBe(
            string.Concat(printed).Replace(" ", "") == title.Replace(" ", "")
                ? []
                : [(Severity.Warning, $"第{"一二三四五六"[number - 1]}部分标题应为“{title}”，实际为“{string.Concat(printed)}”")]);
    }

    [Fact]
    public void The_same_words_set_like_the_body_are_no_part_title()
    {
        // Without the look, `（一）总体情况` is a sub-heading's numbering: part 一 is missing, as the text says.
        var pdf = WordLikePdf.Render(Samples.Panzhou, new WordLikeStyle
        {
            BoldHeadings = false, Headings = new Dictionary<string, string[]> { [PartTitles.All[0]] = ["（一）总体情况"] },
        });

        var check = GovReport.CheckPublished(Read(pdf, "plain-title.pdf"));

        check.Diagnostics.ShouldContain(d => d.Rule == RuleIds.R9 && d.Message == $"缺少第一部分“{PartTitles.All[0]}”");
    }

    private static PublishedReport Read(WordLikePdf pdf, string name)
    {
        using var dir = new TempDirectory();
        var path = dir.File(name);
        File.WriteAllBytes(path, pdf.Bytes);
        return PublishedReportReader.Read(path);
    }
}
