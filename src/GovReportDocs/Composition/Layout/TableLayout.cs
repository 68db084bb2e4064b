using GovReportDocs.Composition;
using GovReportDocs.NationalFormat;

namespace GovReportDocs.Composition.Layout;

/// <summary>
/// Lays out a fixed table from its description: wraps every cell, sizes the rows, and paginates — header rows
/// repeat on every page the table crosses, no row is split, small merged groups stay on one page, and a merged
/// label cut by a page break is drawn again on the next page with room for it, a table of a few rows breaks only
/// between its blocks (表二's 第二十条 items, each with its own headings) or stays whole (表四),
/// and a number never wraps (<see cref="CellFit"/>).
/// </summary>
internal sealed class TableLayout(IGlyphMeasure metrics, double hanLatinGapEm = 0)
{
    private const double Size = PageLayout.TablePt;
    private const double LineHeight = PageLayout.TableLinePt;
    private const double PaddingY = PageLayout.TableCellPaddingYPt;
    private const double MinimumRowHeight = PageLayout.TableMinimumRowPt;

    /// <summary>A cell's text as laid out: its lines, and the horizontal scale of a number condensed to fit.</summary>
    private sealed record CellText(IReadOnlyList<LaidLine> Lines, double Scale, double Size = PageLayout.TablePt);

    private sealed record Placement(int[] Pages, double[] Tops, HashSet<int> ContinuationPages);

    /// <summary>Height the table needs below a heading so that the heading is not left alone: all of a table kept whole, else its header and first rows.</summary>
    public double NeededAtStart(TableBlock block)
    {
        var texts = Texts(block);
        return AtStart(block.Table, RowHeights(block.Table, texts));
    }

    /// <summary>Height the table needs on the page it starts on: its rows down to <see cref="TablePageBreaks.FirstPageThrough"/>.</summary>
    private static double AtStart(TableDescription table, double[] heights) =>
        heights[..(TablePageBreaks.FirstPageThrough(table) + 1)].Sum();

    /// <summary>The fewest of a crossing label's rows, from its first, whose heights hold its text.</summary>
    private static int HeadRows(TableCell label, Dictionary<TableCell, CellText> texts, double[] heights)
    {
        var needed = TextHeight(texts[label]);
        var through = label.Row;
        for (var room = heights[through]; room < needed && through < label.LastRow; room += heights[through])
        {
            through++;
        }

        return through - label.Row + 1;
    }

    /// <summary>The height a cell's text takes with its padding.</summary>
    private static double TextHeight(CellText text) => text.Lines.Count * LineHeight + 2 * PaddingY;

    /// <summary>Places the table from <paramref name="top"/> on the current page; returns the y below it.</summary>
    public double Place(TableBlock block, PageCanvas canvas, double top)
    {
        var table = block.Table;
        var lefts = ColumnLefts(table);
        var texts = Texts(block);
        var heights = RowHeights(table, texts);
        var placement = PaginateWithRoomForLabels(table, texts, heights, canvas.PageIndex, top);

        // Cells in reading order, each in the row it starts on; a part of a merged cell on a later page and the
        // header rows repeated there are drawn again for the eye only (artifacts).
        var structure = new TableStructure(table);
        foreach (var cell in table.Cells)
        {
            var node = structure.Node(cell);
            foreach (var (page, from, to) in Segments(cell, placement.Pages))
            {
                var height = placement.Tops[to] + heights[to] - placement.Tops[from];
                DrawCell(canvas, page, cell, texts[cell], lefts, placement.Tops[from], height, from == cell.Row ? node : null);
            }
        }

        var headerTops = HeaderTops(table, heights);
        foreach (var page in placement.ContinuationPages)
        {
            foreach (var cell in table.Cells.Where(c => c.LastRow < table.HeaderRowCount))
            {
                var height = headerTops[cell.LastRow] + heights[cell.LastRow] - headerTops[cell.Row];
                DrawCell(canvas, page, cell, texts[cell], lefts, headerTops[cell.Row], height, node: null);
            }
        }

        canvas.MarkLabelHeads(block, TablePageBreaks.CrossingLabels(table).ToDictionary(label => label, label => HeadRows(label, texts, heights)));
        canvas.MarkTableBreaks(block, [.. Enumerable.Range(table.HeaderRowCount + 1, Math.Max(0, table.RowCount - table.HeaderRowCount - 1))
            .Where(row => placement.Pages[row] != placement.Pages[row - 1])]);
        var lastRow = table.RowCount - 1;
        var lastPage = placement.Pages[lastRow];
        while (canvas.PageIndex < lastPage)
        {
            canvas.NewPage();
        }

        return placement.Tops[lastRow] + heights[lastRow];
    }

    /// <summary>
    /// Paginates, then moves the first row of any long merged cell (三、本年度办理结果) whose part at a page foot
    /// is too short for its label to the next page, and paginates again.
    /// </summary>
    private static Placement PaginateWithRoomForLabels(TableDescription table, Dictionary<TableCell, CellText> texts,
        double[] heights, int startPage, double top)
    {
        var breaks = new HashSet<int>();
        for (var attempt = 0; ; attempt++)
        {
            var placement = Paginate(table, heights, AtStart(table, heights), breaks, startPage, top);
            var moved = new List<int>();
            foreach (var cell in TablePageBreaks.CrossingLabels(table))
            {
                var segments = Segments(cell, placement.Pages).ToList();
                if (segments.Count < 2)
                {
                    continue;
                }

                var needed = TextHeight(texts[cell]);
                foreach (var (_, from, to) in segments)
                {
                    if (placement.Tops[to] + heights[to] - placement.Tops[from] >= needed - Points.Tolerance)
                    {
                        continue;
                    }

                    // Too short a part at a page foot goes over whole; too short a part at a page top takes a row from above.
                    if (from == cell.Row)
                    {
                        moved.Add(from);
                    }
                    else
                    {
                        breaks.Remove(from);
                        moved.Add(from - 1);
                    }
                }
            }

            if (moved.All(breaks.Contains) || attempt == table.RowCount)
            {
                return placement;
            }

            breaks.UnionWith(moved);
        }
    }

    private static Placement Paginate(TableDescription table, double[] heights, double atStart, HashSet<int> breaks, int startPage, double top)
    {
        var pages = new int[table.RowCount];
        var tops = new double[table.RowCount];
        var continuation = new HashSet<int>();
        var headerHeight = heights.Take(table.HeaderRowCount).Sum();
        var page = startPage;
        var y = top;

        var firstBody = table.HeaderRowCount;
        if (y + atStart > Points.Bottom + Points.Tolerance && y > Points.Top + Points.Tolerance)
        {
            page++;
            y = Points.Top;
        }

        for (var row = 0; row < table.RowCount; row++)
        {
            if (row > firstBody && (breaks.Contains(row) || y + Needed(table, heights, row) > Points.Bottom + Points.Tolerance))
            {
                page++;
                continuation.Add(page);
                y = Points.Top + headerHeight;
            }

            pages[row] = page;
            tops[row] = y;
            y += heights[row];
        }

        return new Placement(pages, tops, continuation);
    }

    /// <summary>
    /// Room a row needs at the foot of a page: where a page may start (<see cref="TablePageBreaks.MayStartPage"/>),
    /// itself and the rows it keeps (the rest of its block, its small group); elsewhere itself only, which goes over
    /// only if it cannot fit at all.
    /// </summary>
    private static double Needed(TableDescription table, double[] heights, int row) =>
        heights[row..((TablePageBreaks.MayStartPage(table, row) ? TablePageBreaks.KeptThrough(table, row) : row) + 1)].Sum();

    /// <summary>The runs of a cell's rows that fall on the same page.</summary>
    private static IEnumerable<(int Page, int From, int To)> Segments(TableCell cell, int[] pages)
    {
        var from = cell.Row;
        for (var row = cell.Row; row <= cell.LastRow; row++)
        {
            if (row == cell.LastRow || pages[row + 1] != pages[row])
            {
                yield return (pages[row], from, row);
                from = row + 1;
            }
        }
    }

    private static double[] HeaderTops(TableDescription table, double[] heights)
    {
        var tops = new double[table.HeaderRowCount];
        var y = Points.Top;
        for (var row = 0; row < table.HeaderRowCount; row++)
        {
            tops[row] = y;
            y += heights[row];
        }

        return tops;
    }

    private static void DrawCell(PageCanvas canvas, int page, TableCell cell, CellText text, double[] lefts, double top, double height,
        StructureNode? node)
    {
        var left = Points.Left + lefts[cell.Column];
        var width = lefts[cell.Column + cell.ColumnSpan] - lefts[cell.Column];
        canvas.AddTo(page, new DrawBox(left, top, width, height));
        if (node is not null && text.Lines.Count == 0)
        {
            canvas.AddTo(page, new MarkStructure(node));
        }

        var textTop = top + (height - text.Lines.Count * LineHeight) / 2;
        for (var i = 0; i < text.Lines.Count; i++)
        {
            var line = text.Lines[i];
            var x = left + (width - line.NaturalWidth * text.Scale) / 2;
            var baseline = Points.Baseline(textTop + i * LineHeight, LineHeight, text.Size);
            canvas.AddTo(page, new DrawText(x, baseline, string.Concat(line.Units.Select(u => u.Text)), FontRole.Table, text.Size, Scale: text.Scale, Node: node));
        }
    }

    // A table's cell texts are asked for twice (what a heading keeps, then the placing): laid out once per table. One
    // TableLayout serves one render, so this is never shared between threads.
    private readonly Dictionary<TableBlock, Dictionary<TableCell, CellText>> _texts = new(ReferenceEqualityComparer.Instance);

    private Dictionary<TableCell, CellText> Texts(TableBlock block)
    {
        if (!_texts.TryGetValue(block, out var texts))
        {
            _texts[block] = texts = block.Table.Cells.ToDictionary(c => c, c => Text(block, c));
        }

        return texts;
    }

    /// <summary>A label wraps in its cell; a number stays on one line, condensed when it is wider than the cell (<see cref="CellFit"/>).</summary>
    private CellText Text(TableBlock block, TableCell cell)
    {
        var text = block.TextOf(cell);
        var available = CellFit.TextWidthPt(block.Table, cell);
        if (text.Length == 0)
        {
            return new CellText([], 1);
        }

        if (cell.Datum is not null)
        {
            // The .docx's rule on nominal widths; the embedded face's own widths where they are wider.
            double WidthAt(double size) => Math.Max(CellFit.NominalWidthPt(text, size), metrics.Width(text, FontRole.Table, size));
            var (size, scale) = CellFit.Fit(WidthAt, available);
            return new CellText([new LaidLine([new TextUnit(text, FontRole.Table, size, metrics.Width(text, FontRole.Table, size))], 0, false)], scale, size);
        }

        return new CellText(LineBreaker.Break([new StyledRun(text, FontRole.Table, Size)], metrics, available, 0, justify: false, hanLatinGapEm), 1);
    }

    private static double[] RowHeights(TableDescription table, Dictionary<TableCell, CellText> texts)
    {
        var heights = Enumerable.Repeat(MinimumRowHeight, table.RowCount).ToArray();
        foreach (var cell in table.Cells.Where(c => c.RowSpan == 1))
        {
            heights[cell.Row] = Math.Max(heights[cell.Row], texts[cell].Lines.Count * LineHeight + 2 * PaddingY);
        }

        foreach (var cell in table.Cells.Where(c => c.RowSpan > 1))
        {
            var needed = texts[cell].Lines.Count * LineHeight + 2 * PaddingY;
            var have = heights[cell.Row..(cell.LastRow + 1)].Sum();
            for (var row = cell.Row; needed > have && row <= cell.LastRow; row++)
            {
                heights[row] += (needed - have) / cell.RowSpan;
            }
        }

        return heights;
    }

    private static double[] ColumnLefts(TableDescription table) => table.ColumnEdges.Select(e => e * Points.TextWidth).ToArray();
}
