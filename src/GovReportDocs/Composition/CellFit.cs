using GovReportDocs.Format;

namespace GovReportDocs.Composition;

/// <summary>
/// The rule both renderers follow so a number never wraps in its cell: a number wider than the cell at the table
/// size (五号) is condensed horizontally until it fits, the size itself staying at 10.5 pt (GB/T 9704's floor).
/// Labels wrap as usual. Widths come from the table description's column weights on the text block. The PDF
/// measures the face it embeds; the .docx cannot know the face a reader's word processor will use, so it counts
/// digits as wide as the widest likely one (<see cref="DigitEms"/>).
/// </summary>
internal static class CellFit
{
    /// <summary>The width of a cell in points.</summary>
    public static double WidthPt(TableDescription table, TableCell cell)
    {
        var edges = table.ColumnEdges;
        return (edges[cell.Column + cell.ColumnSpan] - edges[cell.Column]) * PageLayout.TextWidthPt;
    }

    /// <summary>The width a cell's text may take: the cell less its padding.</summary>
    public static double TextWidthPt(TableDescription table, TableCell cell) => WidthPt(table, cell) - 2 * PageLayout.TableCellPaddingPt;

    /// <summary>
    /// Width of a digit when the face is not known, in ems: Times New Roman's digits are 0.5, but LibreOffice on a
    /// Linux without Liberation fonts substitutes DejaVu Serif, whose digits are 0.64.
    /// </summary>
    public const double DigitEms = 0.64;

    /// <summary>A number's width at the table size when the face is not known.</summary>
    public static double NominalWidthPt(string text) => text.Length * DigitEms * PageLayout.TablePt;

    /// <summary>
    /// The horizontal scale of a number of natural width <paramref name="naturalPt"/> in a cell whose text may take
    /// <paramref name="availablePt"/>: 1 when it fits, else the whole percent that fits with <see cref="Margin"/> to spare.
    /// </summary>
    public static double NumberScale(double naturalPt, double availablePt) =>
        naturalPt <= availablePt ? 1 : Math.Floor(availablePt / (naturalPt * (1 + Margin)) * 100) / 100;

    /// <summary>Room left when condensing, for rounding and for a word processor's own spacing.</summary>
    private const double Margin = 0.04;

    /// <summary>The scale of a datum cell's number with nominal widths (what the .docx writes as w:w).</summary>
    public static double NumberScale(TableBlock block, TableCell cell) =>
        cell.Datum is null ? 1 : NumberScale(NominalWidthPt(block.TextOf(cell)), TextWidthPt(block.Table, cell));
}
