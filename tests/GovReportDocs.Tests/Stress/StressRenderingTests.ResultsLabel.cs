using GovReportDocs.Composition;
using GovReportDocs.Composition.Layout;
using GovReportDocs.NationalFormat;
using GovReportDocs.Pdf;
using GovReportDocs.Pdf.Layout;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Stress;

/// <summary>
/// 三、本年度办理结果 where 表三 crosses a page (issue 24): the PDF prints the label again on the page the table
/// continues on; Word and LibreOffice print a merged cell's text only on the page its merge starts on, so the .docx
/// restarts the merge there. Read back from both formats' pages in the label's column.
/// </summary>
[Trait("Requires", "debian")]
public partial class StressRenderingTests
{
    private static TableCell ResultsLabel => TablePageBreaks.CrossingLabels(ReportTables.Applications).Single();

    /// <summary>The words of a page that stand inside the results label's column, top to bottom, squeezed.</summary>
    private static string LabelColumn(IEnumerable<PdfWords.Word> words, int page)
    {
        var label = ResultsLabel;
        var edges = ReportTables.Applications.ColumnEdges;
        var (left, right) = (Points.Left + edges[label.Column] * Points.TextWidth, Points.Left + edges[label.Column + label.ColumnSpan] * Points.TextWidth);
        var inColumn = words.Where(w => w.Page == page && w.XMin >= left - 1 && w.XMax <= right + 1);
        return ExternalTool.Squeeze(string.Concat(PdfWords.Lines(inColumn, page)));
    }

    /// <summary>The pages after the first of 表三 that carry rows of the results label (below its repeated header).</summary>
    private static List<int> ResultsContinuationPages(IReadOnlyList<PdfWords.Word> words)
    {
        var table = ReportTables.Applications;
        var label = ResultsLabel;
        var rowLabels = Enumerable.Range(label.Row, label.RowSpan)
            .Select(row => table.CellAt(row, label.Column + label.ColumnSpan).Label)
            .OfType<string>()
            .ToList();
        var pages = Enumerable.Range(1, words.Max(w => w.Page))
            .Where(page => string.Concat(PdfWords.Lines(words, page).Select(ExternalTool.Squeeze)).Contains("申请人情况", StringComparison.Ordinal))
            .ToList();
        return [.. pages.Skip(1).Where(page =>
            rowLabels.Any(string.Concat(PdfWords.Lines(words, page).Select(ExternalTool.Squeeze)).Contains))];
    }

    [Theory]
    [MemberData(nameof(ComparableInputs))]
    public void Where_table_3_continues_the_docx_prints_the_results_label_as_the_pdf_does(string input)
    {
        var pdf = PdfWords.Read(Pdf(input, fromDocx: false));
        var docx = PdfWords.Read(Pdf(input, fromDocx: true));
        var pdfPages = ResultsContinuationPages(pdf);
        ResultsContinuationPages(docx).ShouldBe(pdfPages, $"{input}: the pages 表三 continues on with rows of {ResultsLabel.Label}");
        foreach (var page in pdfPages)
        {
            LabelColumn(pdf, page).ShouldContain(ApplicationRows.ResultsHeader, customMessage: $"{input}: PDF page {page}");
            LabelColumn(docx, page).ShouldBe(LabelColumn(pdf, page), $"{input}: page {page}, the label column of the .docx and of the PDF");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void No_page_prints_the_results_label_twice(string input, bool fromDocx)
    {
        var words = PdfWords.Read(Pdf(input, fromDocx));
        for (var page = 1; page <= words.Max(w => w.Page); page++)
        {
            var column = LabelColumn(words, page);
            (column.Length - column.Replace(ApplicationRows.ResultsHeader, "", StringComparison.Ordinal).Length)
                .ShouldBeLessThanOrEqualTo(ApplicationRows.ResultsHeader.Length, $"{input} ({(fromDocx ? ".docx" : "PDF")}): page {page}: {column}");
        }
    }

    [Fact]
    public void The_stress_set_has_table_3_crossing_a_page_inside_the_results_label()
    {
        StressInputs.Names.Except(SpacedByLibreOffice)
            .Where(input => ResultsContinuationPages(PdfWords.Read(Pdf(input, fromDocx: false))).Count > 0)
            .ShouldNotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(StressInputs.All), MemberType = typeof(StressInputs))]
    public void The_docx_plans_its_table_breaks_where_the_pdf_breaks_its_tables(string input)
    {
        // The .docx measures without fonts (Word has its own); the PDF with the faces it embeds. Same rows, every table.
        var composed = StressInputs.Compose(input);
        var planned = new DocumentLayout(FixedPitchGlyphs.Instance).Lay(composed).TableBreaks;
        var printed = new DocumentLayout(new GlyphMetrics(PdfRenderer.Fonts())).Lay(composed).TableBreaks;
        foreach (var table in composed.Blocks.OfType<TableBlock>())
        {
            planned[table].ShouldBe(printed[table], $"{input}: {table.Table.Name}");
        }
    }
}
