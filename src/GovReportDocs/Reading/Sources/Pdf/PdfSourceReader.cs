using GovReportDocs.Reading.Lines;

namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>
/// PDF: each page's letters and strokes are rebuilt into table rows (from the drawn borders, else from column
/// positions) and lines of running text; page numbers and running heads are dropped; lines join into
/// paragraphs, across pages too. Table cells become cells left to right, row by row (a merged cell once, at
/// its top row; a blank drawn cell as blank), like the HTML and .docx readers. "Line" is
/// <see cref="PageLines"/>: the page and the line on it, a table row counting as one line.
/// </summary>
internal static class PdfSourceReader
{
    public const string NoText = "PDF中没有可提取的文字（可能是扫描件或图片），请改用文字版的PDF、.docx或网页";

    public static IReadOnlyList<SourceItem> Read(Stream stream, CancellationToken cancellation = default)
    {
        var pages = PdfContentExtractor.Extract(stream, cancellation);
        if (pages.All(p => p.Glyphs.Count == 0))
        {
            throw new RefusedContentException(NoText);
        }

        var laid = pages.Select(LaidPage.Lay).ToList();
        PageResidue.Remove(laid);
        var frame = TextFrame.Of(laid.SelectMany(p => p.Lines).ToList());
        var items = new List<SourceItem>();
        TextLine? previous = null;
        var previousPage = 0;
        string? paragraph = null;
        var paragraphLine = 0;
        var titleLook = false;

        void Flush()
        {
            if (paragraph is { } text && (text = text.Trim().Trim('\u3000')).Length > 0)
            {
                items.Add(new SourceParagraph(text, paragraphLine) { LooksLikeTitle = titleLook });
            }

            paragraph = null;
            previous = null;
        }

        // Where the last row of the page before starts among the items, while nothing has come after it.
        var lastRowStart = -1;
        foreach (var page in laid)
        {
            var number = 0;
            var firstRow = true;
            foreach (var block in page.Blocks())
            {
                var line = PageLines.Encode(page.Number, ++number);
                switch (block)
                {
                    case RowBlock row:
                        Flush();
                        // A row cut by the page break: the rest of its label heads this page in a row of its own.
                        if (firstRow && LabelOverPageBreak.JoinTo(items, lastRowStart, row.Cells))
                        {
                            firstRow = false;
                            break;
                        }

                        firstRow = false;
                        lastRowStart = items.Count;
                        items.AddRange(row.Cells.Select(cell => new SourceCell(cell, line, IsBlank: cell.Length == 0)));
                        break;
                    case LineBlock { Line: var text }:
                        lastRowStart = -1;
                        if (previous is not null && paragraph is not null && Paragraphs.Continues(previous, text, previousPage == page.Number, frame))
                        {
                            paragraph = Paragraphs.Join(paragraph, text.Text);
                            titleLook &= frame.LooksLikeTitle(text);
                        }
                        else
                        {
                            Flush();
                            paragraph = text.Text;
                            paragraphLine = line;
                            titleLook = frame.LooksLikeTitle(text);
                        }

                        previous = text;
                        previousPage = page.Number;
                        break;
                }
            }
        }

        Flush();
        return items;
    }
}
