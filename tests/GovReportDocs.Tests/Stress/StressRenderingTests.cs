using GovReportDocs.Composition;
using GovReportDocs.Docx;
using GovReportDocs.Format;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Stress;

/// <summary>
/// Every stress input rendered to PDF and to .docx (converted by LibreOffice) and read back from the pages with
/// poppler: numbers whole inside their cells, no heading at a page foot, the closing never alone, table 3's header
/// on each of its pages, and the two formats within a page of each other.
/// </summary>
[Trait("Requires", "debian")]
public class StressRenderingTests
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "govreport-stress-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        var docx = new List<string>();
        foreach (var name in StressInputs.Names)
        {
            var composed = StressInputs.Compose(name);
            var stem = System.IO.Path.Combine(folder, System.IO.Path.GetFileNameWithoutExtension(name));
            File.WriteAllBytes(stem + ".pdf", PdfSamples.Render(composed.Report).Bytes);
            File.WriteAllBytes(stem + ".docx", DocxRenderer.Render(composed));
            docx.Add(stem + ".docx");
        }

        var office = System.IO.Path.Combine(folder, "office");
        ExternalTool.Run("soffice", [$"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to", "pdf", "--outdir", office, .. docx]);
        return folder;
    });

    /// <summary>The PDF as published, or the .docx as LibreOffice prints it.</summary>
    private static string Pdf(string input, bool fromDocx) =>
        System.IO.Path.Combine(Folder.Value, fromDocx ? "office" : "", System.IO.Path.ChangeExtension(input, ".pdf"));

    public static TheoryData<string, bool> Files()
    {
        var data = new TheoryData<string, bool>();
        foreach (var name in StressInputs.Names)
        {
            data.Add(name, false);
            data.Add(name, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_number_of_every_cell_is_on_one_line_inside_its_cell(string input, bool fromDocx)
    {
        var composed = StressInputs.Compose(input);
        var words = PdfWords.Read(Pdf(input, fromDocx));
        var left = PageLayout.LeftMm * PageLayout.PointsPerMm;
        foreach (var block in composed.Blocks.OfType<TableBlock>())
        {
            var edges = block.Table.ColumnEdges;
            foreach (var cell in block.Table.DatumCells)
            {
                var text = block.TextOf(cell);
                var from = left + edges[cell.Column] * PageLayout.TextWidthPt - 1;
                var to = left + edges[cell.Column + cell.ColumnSpan] * PageLayout.TextWidthPt + 1;
                words.ShouldContain(w => w.Text == text && w.XMin >= from && w.XMax <= to,
                    $"{input} ({(fromDocx ? ".docx" : "PDF")}): {block.Table.Name} {cell.Datum} “{text}” is not whole inside its cell");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void No_page_ends_with_a_heading_and_the_closing_is_never_alone(string input, bool fromDocx)
    {
        var composed = StressInputs.Compose(input);
        var words = PdfWords.Read(Pdf(input, fromDocx));
        var headings = composed.Blocks.OfType<HeadingBlock>().Select(h => ExternalTool.Squeeze(h.Text)).ToHashSet();
        var date = ExternalTool.Squeeze(composed.Blocks.OfType<ClosingBlock>().Single().Lines[^1].Text);
        for (var page = 1; page <= words.Max(w => w.Page); page++)
        {
            var lines = PdfWords.Lines(words, page).Select(ExternalTool.Squeeze).Where(l => !l.StartsWith('—')).ToList();
            lines.ShouldNotBeEmpty();
            headings.ShouldNotContain(lines[^1], $"{input}: page {page} ends with a heading");
            if (date.Length > 0 && lines[^1] == date)
            {
                var closingLines = composed.Blocks.OfType<ClosingBlock>().Single().Lines.Count;
                lines.Count.ShouldBeGreaterThan(closingLines, $"{input}: the closing stands alone on page {page}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_page_of_table_3_carries_its_header_rows(string input, bool fromDocx)
    {
        var words = PdfWords.Read(Pdf(input, fromDocx));
        var rowLabels = new[] { "（七）总计", "四、结转下年度继续办理", "（一）予以公开" };
        for (var page = 1; page <= words.Max(w => w.Page); page++)
        {
            var text = string.Concat(PdfWords.Lines(words, page).Select(ExternalTool.Squeeze));
            if (rowLabels.Any(text.Contains))
            {
                text.ShouldContain("申请人情况", customMessage: $"{input}: page {page}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(StressInputs.All), MemberType = typeof(StressInputs))]
    public void The_docx_and_the_pdf_paginate_within_one_page(string input)
    {
        var pdf = PdfWords.Read(Pdf(input, fromDocx: false)).Max(w => w.Page);
        var docx = PdfWords.Read(Pdf(input, fromDocx: true)).Max(w => w.Page);

        // Not always equal: LibreOffice here draws the .docx with other faces (DejaVu digits, WenQuanYi for 宋体),
        // so its table rows are taller or shorter than the PDF's, and a table moves by a page.
        Math.Abs(pdf - docx).ShouldBeLessThanOrEqualTo(1, $"{input}: PDF {pdf} pages, .docx {docx}");
    }
}
