using GovReportDocs.Composition;
using GovReportDocs.Format;

namespace GovReportDocs.Pdf.Layout;

/// <summary>
/// Lays out a fixed table from its description: wraps every cell, sizes the rows, and paginates — header rows
/// repeat on every page the table crosses, no row is split, small merged groups stay on one page, and a merged
/// label cut by a page break is drawn again on the next page.
/// </summary>
internal sealed class TableLayout(GlyphMetrics metrics)
{
    private const double Size = PageLayout.TablePt;
    private const double LineHeight = Size * 1.3;
    private const double PaddingX = 2.5;
    private const double PaddingY = 3;
    private const double MinimumRowHeight = 17; // 0.6 cm, as in the template circulated among offices.
    private const int KeptTogetherRows = 8;

    private sealed record Placement(int[] Pages, double[] Tops, HashSet<int> ContinuationPages);

    /// <summary>Places the table from <paramref name="top"/> on the current page; returns the y below it.</summary>
    public double Place(TableBlock block, PageCanvas canvas, double top)
    {
        var table = block.Table;
        var lefts = ColumnLefts(table);
        var lines = table.Cells.ToDictionary(c => c, c => Wrap(block.TextOf(c), lefts[c.Column + c.ColumnSpan] - lefts[c.Column]));
        var heights = RowHeights(table, lines);
        var placement = PaginateWithRoomForLabels(table, lines, heights, canvas.PageIndex, top);

        foreach (var cell in table.Cells)
        {
            foreach (var (page, from, to) in Segments(cell, placement.Pages))
            {
                var height = placement.Tops[to] + heights[to] - placement.Tops[from];
                DrawCell(canvas, page, cell, lines[cell], lefts, placement.Tops[from], height);
            }
        }

        var headerTops = HeaderTops(table, heights);
        foreach (var page in placement.ContinuationPages)
        {
            foreach (var cell in table.Cells.Where(c => c.LastRow < table.HeaderRowCount))
            {
                var height = headerTops[cell.LastRow] + heights[cell.LastRow] - headerTops[cell.Row];
                DrawCell(canvas, page, cell, lines[cell], lefts, headerTops[cell.Row], height);
            }
        }

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
    private static Placement PaginateWithRoomForLabels(TableDescription table, Dictionary<TableCell, IReadOnlyList<LaidLine>> lines,
        double[] heights, int startPage, double top)
    {
        var breaks = new HashSet<int>();
        while (true)
        {
            var placement = Paginate(table, heights, breaks, startPage, top);
            var cramped = table.Cells
                .Where(c => c.RowSpan > KeptTogetherRows && !breaks.Contains(c.Row))
                .Where(c =>
                {
                    var (_, from, to) = Segments(c, placement.Pages).First();
                    var room = placement.Tops[to] + heights[to] - placement.Tops[from];
                    return to < c.LastRow && room < lines[c].Count * LineHeight + 2 * PaddingY;
                })
                .Select(c => c.Row)
                .ToList();
            if (cramped.Count == 0)
            {
                return placement;
            }

            breaks.UnionWith(cramped);
        }
    }

    private static Placement Paginate(TableDescription table, double[] heights, HashSet<int> breaks, int startPage, double top)
    {
        var pages = new int[table.RowCount];
        var tops = new double[table.RowCount];
        var continuation = new HashSet<int>();
        var headerHeight = heights.Take(table.HeaderRowCount).Sum();
        var page = startPage;
        var y = top;

        var firstBody = table.HeaderRowCount;
        if (y + headerHeight + Needed(table, heights, firstBody) > Points.Bottom + 0.01 && y > Points.Top + 0.01)
        {
            page++;
            y = Points.Top;
        }

        for (var row = 0; row < table.RowCount; row++)
        {
            if (row > firstBody && (breaks.Contains(row) || y + Needed(table, heights, row) > Points.Bottom + 0.01))
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

    /// <summary>Room a row needs at the foot of a page: itself, or the whole small merged group it opens.</summary>
    private static double Needed(TableDescription table, double[] heights, int row)
    {
        var end = Enumerable.Range(0, table.ColumnCount)
            .Select(column => table.CellAt(row, column))
            .Where(cell => cell.Row == row && cell.RowSpan is > 1 and <= KeptTogetherRows)
            .Select(cell => cell.LastRow)
            .DefaultIfEmpty(row)
            .Max();
        return heights[row..(end + 1)].Sum();
    }

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

    private static void DrawCell(PageCanvas canvas, int page, TableCell cell, IReadOnlyList<LaidLine> lines, double[] lefts, double top, double height)
    {
        var left = Points.Left + lefts[cell.Column];
        var width = lefts[cell.Column + cell.ColumnSpan] - lefts[cell.Column];
        canvas.AddTo(page, new DrawBox(left, top, width, height));
        var textTop = top + (height - lines.Count * LineHeight) / 2;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var x = left + (width - line.NaturalWidth) / 2;
            var baseline = Points.Baseline(textTop + i * LineHeight, LineHeight, Size);
            canvas.AddTo(page, new DrawText(x, baseline, string.Concat(line.Units.Select(u => u.Text)), FontRole.Table, Size));
        }
    }

    private IReadOnlyList<LaidLine> Wrap(string text, double cellWidth) =>
        text.Length == 0
            ? []
            : LineBreaker.Break([new StyledRun(text, FontRole.Table, Size)], metrics, cellWidth - 2 * PaddingX, 0, justify: false);

    private static double[] RowHeights(TableDescription table, Dictionary<TableCell, IReadOnlyList<LaidLine>> lines)
    {
        var heights = Enumerable.Repeat(MinimumRowHeight, table.RowCount).ToArray();
        foreach (var cell in table.Cells.Where(c => c.RowSpan == 1))
        {
            heights[cell.Row] = Math.Max(heights[cell.Row], lines[cell].Count * LineHeight + 2 * PaddingY);
        }

        foreach (var cell in table.Cells.Where(c => c.RowSpan > 1))
        {
            var needed = lines[cell].Count * LineHeight + 2 * PaddingY;
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
