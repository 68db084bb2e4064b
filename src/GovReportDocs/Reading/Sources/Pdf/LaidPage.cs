using GovReportDocs.Reading.Lines;

namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>A page once its tables are found: the tables with their letters, and the lines of text outside them.</summary>
internal sealed class LaidPage
{
    /// <summary>A drawn cell smaller than this holds no text: it is the gap between doubled borders.</summary>
    private const double MinCellExtent = 4;

    private LaidPage(int number, IReadOnlyList<RuledTable> tables, List<TextLine> lines)
    {
        Number = number;
        Tables = tables;
        Lines = lines;
    }

    public int Number { get; }

    public IReadOnlyList<RuledTable> Tables { get; }

    /// <summary>Lines outside the ruled tables, top to bottom; page residue is taken out of it.</summary>
    public List<TextLine> Lines { get; }

    /// <summary>Finds the ruled tables and puts each letter in its cell or among the running text, in one pass.</summary>
    public static LaidPage Lay(PdfPageContent page)
    {
        var tables = RuledTableFinder.Find(page.Rulings);
        var free = new List<PdfGlyph>(page.Glyphs.Count);
        foreach (var glyph in page.Glyphs)
        {
            DrawnCell? cell = null;
            foreach (var table in tables)
            {
                if ((cell = table.CellAt(glyph.CenterX, glyph.CenterY)) is not null)
                {
                    break;
                }
            }

            if (cell is null)
            {
                free.Add(glyph);
            }
            else
            {
                cell.Glyphs.Add(glyph);
            }
        }

        return new LaidPage(page.Number, tables, TextLines.Of(free));
    }

    /// <summary>Every block of the page, top to bottom: ruled rows, rows of tables without borders, and text lines.</summary>
    public List<PageBlock> Blocks()
    {
        var blocks = UnruledTables.Blocks(Lines);
        foreach (var table in Tables)
        {
            var texts = table.Cells.ToDictionary(c => c, CellText);
            var numbers = table.Cells.Where(c => IsNumber(texts[c])).ToList();
            for (var row = 0; row < table.RowCount; row++)
            {
                var cells = table.Cells
                    .Where(c => c.Row == row && (c.Glyphs.Count > 0 || IsValueCell(c, numbers)))
                    .Select(c => texts[c])
                    .ToList();
                if (cells.Count > 0)
                {
                    blocks.Add(new RowBlock(table.Ys[row], cells));
                }
            }
        }

        blocks.Sort(static (a, b) => a.Top.CompareTo(b.Top));
        return blocks;
    }

    /// <summary>
    /// Whether an empty cell is an empty value: it is drawn (not the gap between doubled borders) and stands over a
    /// column where numbers stand. An empty cell in a column of labels (the sub-label column beside （六）其他处理 when
    /// its rows 1–3 are left out, or a merged label carried over a page break) is no value and is left out, so the
    /// row's numbers are not shifted by one.
    /// </summary>
    private static bool IsValueCell(DrawnCell cell, List<DrawnCell> numbers) =>
        cell.Bottom - cell.Top >= MinCellExtent && cell.Right - cell.Left >= MinCellExtent
        && numbers.Any(n => (n.Left + n.Right) / 2 > cell.Left && (n.Left + n.Right) / 2 < cell.Right);

    private static bool IsNumber(string text) => text.Length > 0 && CellValue.TryRead(new SourceCell(text, 0), out var value) && value is not null;

    /// <summary>A cell's lines joined: a label that wraps inside its cell is one label.</summary>
    private static string CellText(DrawnCell cell) =>
        string.Concat(TextLines.Of(cell.Glyphs).Select(l => l.Text)).Trim().Trim('\u3000');
}
