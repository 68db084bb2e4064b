using System.Globalization;
using System.Text.RegularExpressions;
using GovReportDocs.NationalFormat;
using GovReportDocs.Pdf;
using GovReportDocs.Tests.Support;
using PdfSharp.Pdf.IO;

namespace GovReportDocs.Tests.Pdf;

/// <summary>The tagged PDF read back as a screen reader would, with poppler: headings, paragraphs, tables with header cells and spans.</summary>
[Trait("Requires", "debian")]
public partial class TaggedPdfTests
{
    private static readonly string[] BlockTags = ["H1", "H2", "H3", "P", "Table"];

    private static StructElement Structure(string sample) => StructElement.Read(PdfSamples.Path(sample));

    [Theory]
    [MemberData(nameof(PdfRendererTests.SampleFiles), MemberType = typeof(PdfRendererTests))]
    public void The_report_reads_as_the_title_then_the_six_parts_in_order(string sample)
    {
        var document = Structure(sample);
        document.Tag.ShouldBe("Document");
        document.Children.ShouldAllBe(c => BlockTags.Contains(c.Tag));
        var titles = document.Children.Where(c => c.Tag == "H1").Select(c => c.Text).ToList();
        titles.ShouldBe([GovReport.Prepare(Samples.Load(sample)).Title!, .. PartTitles.All]);
        document.Children[^1].Tag.ShouldBe("P");
        document.Children.Where(c => c.Tag == "Table").Count().ShouldBe(ReportTables.All.Count);
    }

    [Fact]
    public void Each_table_follows_its_part_title()
    {
        var blocks = Structure("panzhou-2024.yaml").Children;
        foreach (var part in new[] { PartTitles.Proactive, PartTitles.Applications, PartTitles.Review })
        {
            var at = blocks.FindIndex(b => b.Tag == "H1" && b.Text == part);
            blocks[at + 1].Tag.ShouldBe("Table", part);
        }
    }

    [Fact]
    public void Subheadings_are_H2_and_H3_and_the_closing_is_paragraphs()
    {
        var blocks = Structure("panzhou-2024.yaml").Children;
        var h2 = blocks.Where(b => b.Tag == "H2").Select(b => b.Text).ToList();
        h2.ShouldContain("（一）主动公开情况");
        h2.ShouldAllBe(t => t.StartsWith('（'));
        blocks.TakeLast(2).Select(b => (b.Tag, b.Text)).ShouldBe([("P", "盘州市人民政府"), ("P", "2025年1月20日")]);
    }

    [Theory]
    [MemberData(nameof(PdfRendererTests.SampleFiles), MemberType = typeof(PdfRendererTests))]
    public void Every_number_of_table_3_is_in_its_TD_in_column_order(string sample)
    {
        var report = Samples.Load(sample);
        var table = Structure(sample).Children.Where(c => c.Tag == "Table").ElementAt(1);
        table.Children.ShouldAllBe(r => r.Tag == "TR");
        table.Children.Count.ShouldBe(ReportTables.Applications.RowCount);
        var dataRows = table.Children.Where(r => r.Children.Any(c => c.Tag == "TD")).ToList();
        dataRows.Count.ShouldBe(ApplicationRows.All.Count);
        for (var i = 0; i < dataRows.Count; i++)
        {
            var spec = ApplicationRows.All[i];
            var expected = ApplicantColumns.All.Select(c => report.Applications[spec.Row][c].ToString(CultureInfo.InvariantCulture));
            dataRows[i].Children.Where(c => c.Tag == "TD").Select(c => c.Text).ShouldBe(expected, spec.Label);
            dataRows[i].Children.Where(c => c.Tag == "TH").Last().Text.ShouldBe(spec.Label);
        }
    }

    [Fact]
    public void Every_label_is_one_TH_with_the_spans_of_the_table_description()
    {
        var tables = Structure("panzhou-2024.yaml").Children.Where(c => c.Tag == "Table").ToList();
        for (var t = 0; t < tables.Count; t++)
        {
            var description = ReportTables.All[t];
            var headers = tables[t].Descendants().Where(e => e.Tag == "TH")
                .Select(e => (e.Text, Rows: e.Span("RowSpan"), Columns: e.Span("ColSpan"))).ToList();
            var labels = description.Cells.Where(c => c.Label is not null).Select(c => (Text: c.Label!, Rows: c.RowSpan, Columns: c.ColumnSpan));
            headers.ShouldBe(labels, description.Name);
            tables[t].Descendants().Where(e => e.Tag is "TH" or "TD").Count().ShouldBe(description.Cells.Length, description.Name);
        }
    }

    [Fact]
    public void Header_cells_say_what_they_head()
    {
        var table = Structure("panzhou-2024.yaml").Children.Where(c => c.Tag == "Table").ElementAt(1);
        var headers = table.Descendants().Where(e => e.Tag == "TH").ToList();
        headers.ShouldAllBe(h => h.Attributes.ContainsKey("Scope"));
        headers.Single(h => h.Text == "自然人").Attributes["Scope"].ShouldBe("Column");
        headers.Single(h => h.Text == ApplicationRows.ResultsHeader).Attributes["Scope"].ShouldBe("Row");
        headers.Single(h => h.Text == "（一）予以公开").Attributes["Scope"].ShouldBe("Row");
    }

    [Fact]
    public void Page_numbers_and_repeated_header_rows_are_not_read()
    {
        var sample = PdfSamples.BigCity;
        PdfSamples.Result(sample).PageCount.ShouldBeGreaterThan(1);
        var strings = Structure(sample).Descendants().SelectMany(e => e.Strings).ToList();
        strings.ShouldNotContain(s => PageNumber().IsMatch(s));
        strings.Count(s => s == "申请人情况").ShouldBe(1);
        strings.Count(s => s == ApplicationRows.ResultsHeader).ShouldBe(1);

        // The printed page still shows them: table 三 crosses a page and repeats its header there.
        ExternalTool.Squeeze(ExternalTool.Run("pdftotext", "-raw", PdfSamples.Path(sample), "-")).Split("申请人情况").Length.ShouldBe(3);
    }

    [Fact]
    public void Bold_headings_are_read_once()
    {
        var blocks = Structure("panzhou-2024.yaml").Children;
        blocks.Where(b => b.Tag == "H1").Skip(1).Select(b => b.Text).ShouldBe(PartTitles.All);
    }

    [Fact]
    public void Bold_text_is_copied_once_by_a_reader_that_ignores_the_tags()
    {
        // pdftotext (and Ctrl+C in most viewers) reads every glyph drawn: a bold made by drawing the text twice was
        // copied twice (`1.完善公开目录。` on a line of its own, then again with its paragraph).
        var pdf = GovReport.Prepare(StressInputs.Load("bracket-name.yaml")).ToPdf().Bytes;
        using var dir = new TempDirectory();
        var path = dir.File("bracket-name.pdf");
        File.WriteAllBytes(path, pdf);

        var text = ExternalTool.Squeeze(ExternalTool.Run("pdftotext", path, "-"));
        text.Split("1.完善公开目录。").Length.ShouldBe(2);
        text.ShouldContain("1.完善公开目录。按照基层政务公开标准目录");
    }

    [Fact]
    public void The_document_says_its_language_and_shows_its_title()
    {
        using var document = PdfReader.Open(new MemoryStream(PdfSamples.Result("panzhou-2024.yaml").Bytes), PdfDocumentOpenMode.Import);
        document.Internals.Catalog.Elements.GetString("/Lang").ShouldBe("zh-CN");
        var preferences = document.Internals.Catalog.Elements.GetDictionary("/ViewerPreferences");
        preferences.ShouldNotBeNull();
        preferences.Elements.GetBoolean("/DisplayDocTitle").ShouldBeTrue();
        document.Outlines.Select(o => o.Title).ShouldBe(PartTitles.All);
        ExternalTool.Run("pdfinfo", PdfSamples.Path("panzhou-2024.yaml")).ShouldContain("Tagged:          yes");
    }

    [Fact]
    public void The_pdf_names_an_mit_producer_and_no_agpl_anywhere()
    {
        var info = ExternalTool.Run("pdfinfo", PdfSamples.Path("panzhou-2024.yaml"));
        info.ShouldContain("Producer:        GovReportDocs");
        System.Text.Encoding.Latin1.GetString(PdfSamples.Result("panzhou-2024.yaml").Bytes).ShouldNotContain("AGPL");
    }

    [Fact]
    public void Tagged_output_is_the_same_bytes_every_time()
    {
        var document = GovReport.Prepare(Samples.Panzhou);
        document.ToPdf().Bytes.ShouldBe(document.ToPdf().Bytes);
    }

    [Fact]
    public void Tagging_can_be_turned_off_for_a_smaller_file()
    {
        var document = GovReport.Prepare(Samples.Mengga);
        var untagged = document.ToPdf(new PdfRenderOptions { Tagged = false });
        var tagged = document.ToPdf();
        untagged.Bytes.Length.ShouldBeLessThan(tagged.Bytes.Length);
        untagged.PageCount.ShouldBe(tagged.PageCount);
        using var dir = new TempDirectory();
        var path = dir.File("untagged.pdf");
        File.WriteAllBytes(path, untagged.Bytes);
        ExternalTool.Run("pdfinfo", path).ShouldContain("Tagged:          no");
        ExternalTool.Squeeze(ExternalTool.Run("pdftotext", "-raw", path, "-"))
            .ShouldBe(ExternalTool.Squeeze(ExternalTool.Run("pdftotext", "-raw", PdfSamples.Path("mengga-2024.yaml"), "-")));
    }

    [GeneratedRegex(@"^\s*—\s*\d+\s*—\s*$")]
    private static partial Regex PageNumber();
}
