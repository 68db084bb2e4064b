using System.Text;
using GovReportDocs.Composition;
using GovReportDocs.NationalFormat;
using GovReportDocs.Pdf.Fonts;
using GovReportDocs.Composition.Layout;

namespace GovReportDocs.Pdf.Writing;

/// <summary>Draws a laid-out document as PDF: the only place that draws.</summary>
internal static class PdfDocumentWriter
{

    /// <summary>A4 in points to a thousandth, as PDF writers spell it (595.276 × 841.89).</summary>
    private static readonly string MediaBox =
        Math.Round(Points.PageWidth, 3).ToString(System.Globalization.CultureInfo.InvariantCulture) + " " +
        Math.Round(Points.PageHeight, 3).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Draws the pages; with <paramref name="tagged"/>, also the logical structure (PDF/UA tags) the layout hung on what it
    /// drew. The cancellation is checked before each page.
    /// </summary>
    public static WrittenPdf Write(PageCanvas canvas, FontSelection selection, ComposedReport report, bool tagged,
        CancellationToken cancellation = default)
    {
        using var file = new PdfFile();
        var catalog = file.Reserve();
        var pagesNumber = file.Reserve();
        var fonts = new Dictionary<string, EmbeddedFont>(StringComparer.Ordinal);
        var missing = new MissingGlyphLog();
        var structure = tagged ? new StructureTree() : null;
        var pages = new List<int>(canvas.Pages.Count);
        // One builder for every page's content, cleared between pages: a page is tens of kilobytes of text, and a
        // builder each made the same chunks again for every page. 32 K characters (64 KB) keeps its first chunk off the
        // large-object heap, whose arrays cost a batch a full collection every few dozen reports; it grows in small chunks.
        var content = new StringBuilder(32 * 1024);
        for (var index = 0; index < canvas.Pages.Count; index++)
        {
            cancellation.ThrowIfCancellationRequested();
            var operations = canvas.Pages[index];
            content.Clear();
            structure?.BeginPage(content);
            var used = new SortedDictionary<string, EmbeddedFont>(StringComparer.Ordinal);
            var page = new PageContent(content, structure);

            // Borders first, in one artifact, then the text in reading order: no border crosses a text, so the page
            // looks the same, and a tagged page switches between artifact and content far less often.
            page.Boxes(operations.OfType<DrawBox>());
            foreach (var operation in operations)
            {
                switch (operation)
                {
                    case DrawText text:
                        var face = selection[text.Role];
                        if (!fonts.TryGetValue(face.Key, out var font))
                        {
                            fonts[face.Key] = font = new EmbeddedFont(TrueTypeFace.Of(face), "F" + PdfSyntax.Integer(fonts.Count), file.Reserve());
                        }

                        used[font.ResourceName] = font;
                        var codes = font.Encode(text.Text, codePoint => missing.Note(text.Role, codePoint));
                        page.Text(text, font.ResourceName, codes);

                        break;
                    case MarkStructure mark:
                        structure?.Enter(mark.Node);
                        break;
                }
            }

            structure?.EndPage();
            var stream = file.AddStream("", content);
            var resources = string.Concat(used.Values.Select(f => "/" + f.ResourceName + " " + PdfSyntax.Reference(f.Number)));
            var pageNumber = file.Add(
                $"<</Type/Page/Parent {PdfSyntax.Reference(pagesNumber)}/MediaBox[0 0 {MediaBox}]" +
                $"/Resources<</Font<<{resources}>>>>/Contents {PdfSyntax.Reference(stream)}" +
                (tagged ? "/StructParents " + PdfSyntax.Integer(index) : "") + ">>");
            pages.Add(pageNumber);
        }

        foreach (var font in fonts.Values)
        {
            font.Write(file);
        }

        file.Write(pagesNumber, $"<</Type/Pages/Kids[{string.Join(' ', pages.Select(PdfSyntax.Reference))}]/Count {PdfSyntax.Integer(pages.Count)}>>");
        var outlines = Outlines.Write(file, canvas.Bookmarks, pages);
        var structureRoot = structure?.Write(file, pages);
        var (info, metadata) = DocumentMetadata.Write(file, report);
        var entries = new StringBuilder("<</Type/Catalog/Pages ").Append(PdfSyntax.Reference(pagesNumber))
            .Append("/PageLayout/SinglePage/PageMode/UseOutlines/ViewerPreferences<</DisplayDocTitle true>>")
            .Append("/Metadata ").Append(PdfSyntax.Reference(metadata));
        if (outlines is { } outline)
        {
            entries.Append("/Outlines ").Append(PdfSyntax.Reference(outline));
        }

        if (structureRoot is { } root)
        {
            entries.Append("/Lang(").Append(StructureTree.Language).Append(")/MarkInfo<</Marked true>>/StructTreeRoot ").Append(PdfSyntax.Reference(root));
        }

        file.Write(catalog, entries.Append(">>").ToString());
        return new WrittenPdf(file.Finish(catalog, info), missing.ByRole());
    }
}
