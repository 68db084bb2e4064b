using GovReportDocs.Format;

namespace GovReportDocs.Composition;

/// <summary>
/// The rule both renderers follow so a number never wraps in its cell: a number wider than the cell at the table
/// size (五号) is condensed horizontally until it fits, the size itself staying at 10.5 pt (GB/T 9704's floor).
/// Labels wrap as usual. Widths come from the table description's column weights on the text block.
/// </summary>
public static class CellFit
{
    /// <summary>The width of a cell in points.</summary>
    public static double WidthPt(TableDescription table, TableCell cell)
    {
        var edges = table.ColumnEdges;
        return (edges[cell.Column + cell.ColumnSpan] - edges[cell.Column]) * PageLayout.TextWidthPt;
    }

    /// <summary>The width a cell's text may take: the cell less its padding.</summary>
    public static double TextWidthPt(TableDescription table, TableCell cell) => WidthPt(table, cell) - 2 * PageLayout.TableCellPaddingPt;

    /// <summary>A number's width at the table size when a font's own widths are not known: digits and the point half an em.</summary>
    public static double NominalWidthPt(string text) => TitleLines.Width(text) * PageLayout.TablePt;

    /// <summary>
    /// The horizontal scale of a number of natural width <paramref name="naturalPt"/> in a cell whose text may take
    /// <paramref name="availablePt"/>: 1 when it fits, else the largest whole percent that fits.
    /// </summary>
    public static double NumberScale(double naturalPt, double availablePt) =>
        naturalPt <= availablePt ? 1 : Math.Floor(availablePt / naturalPt * 100) / 100;

    /// <summary>The scale of a datum cell's number with nominal widths (what the .docx writes as w:w).</summary>
    public static double NumberScale(TableBlock block, TableCell cell) =>
        cell.Datum is null ? 1 : NumberScale(NominalWidthPt(block.TextOf(cell)), TextWidthPt(block.Table, cell));
}
