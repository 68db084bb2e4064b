
namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>One drawn cell of a ruled table: the grid rows and columns it covers, and the letters inside it.</summary>
internal sealed class DrawnCell(int row, int column, double left, double top, double right, double bottom)
{
    public int Row { get; } = row;

    public int Column { get; } = column;

    public double Left { get; } = left;

    public double Top { get; } = top;

    public double Right { get; } = right;

    public double Bottom { get; } = bottom;

    public List<PdfGlyph> Glyphs { get; } = [];
}

/// <summary>
/// A table found from its drawn borders: the grid every border position makes, and the cells, each a run of
/// grid positions with no border between them (so a merged cell is one cell).
/// </summary>
internal sealed class RuledTable
{
    private readonly int[,] _cellAt;

    public RuledTable(double[] xs, double[] ys, int[,] cellAt, IReadOnlyList<DrawnCell> cells)
    {
        Xs = xs;
        Ys = ys;
        _cellAt = cellAt;
        Cells = cells;
    }

    /// <summary>Grid column edges, left to right.</summary>
    public double[] Xs { get; }

    /// <summary>Grid row edges, top to bottom.</summary>
    public double[] Ys { get; }

    public IReadOnlyList<DrawnCell> Cells { get; }

    public int RowCount => Ys.Length - 1;

    /// <summary>The cell a point falls in, or null outside the table.</summary>
    public DrawnCell? CellAt(double x, double y)
    {
        if (x < Xs[0] || x > Xs[^1] || y < Ys[0] || y > Ys[^1])
        {
            return null;
        }

        var column = Math.Clamp(Interval(Xs, x), 0, Xs.Length - 2);
        var row = Math.Clamp(Interval(Ys, y), 0, Ys.Length - 2);
        return Cells[_cellAt[row, column]];
    }

    /// <summary>The index i with edges[i] ≤ value &lt; edges[i + 1].</summary>
    private static int Interval(double[] edges, double value)
    {
        var index = Array.BinarySearch(edges, value);
        return index >= 0 ? index : ~index - 1;
    }
}
