using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GovReportDocs.Tests.Support;

/// <summary>One grid position of a Word table as read back: the text of the cell covering it and how it was merged.</summary>
internal sealed record ReadCell(string Text, int GridSpan, string? VerticalMerge, bool IsAnchor);

/// <summary>Reads a rendered .docx back: paragraphs with their styles, and tables as grids.</summary>
internal sealed class DocxReadBack : IDisposable
{
    private readonly WordprocessingDocument _document;

    public DocxReadBack(byte[] bytes) => _document = WordprocessingDocument.Open(new MemoryStream(bytes), false);

    public WordprocessingDocument Document => _document;

    public Body Body => _document.MainDocumentPart!.Document.Body!;

    /// <summary>Body paragraphs outside tables: (style id, text).</summary>
    public IReadOnlyList<(string Style, string Text)> Paragraphs =>
        Body.Elements<Paragraph>().Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "", p.InnerText)).ToList();

    public IReadOnlyList<Table> Tables => Body.Elements<Table>().ToList();

    /// <summary>A paragraph's text as Word shows it, a non-breaking hyphen as U+2011 (InnerText drops it).</summary>
    public static string TextOf(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch { Text text => text.Text, NoBreakHyphen => "\u2011", _ => "" }));

    /// <summary>The grid of a table: [row][column], each position naming the cell that covers it.</summary>
    public static ReadCell[][] Grid(Table table)
    {
        var rows = new List<ReadCell[]>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<ReadCell>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                var merge = cell.TableCellProperties?.VerticalMerge;
                var mergeValue = merge is null ? null : merge.Val?.Value == MergedCellValues.Restart ? "restart" : "continue";
                for (var i = 0; i < span; i++)
                {
                    cells.Add(new ReadCell(cell.InnerText, span, mergeValue, i == 0));
                }
            }

            rows.Add([.. cells]);
        }

        return [.. rows];
    }

    public void Dispose() => _document.Dispose();
}
