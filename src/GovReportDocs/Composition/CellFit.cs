using GovReportDocs.NationalFormat;

namespace GovReportDocs.Composition;

/// <summary>
/// The one rule both renderers follow so a number never wraps in its cell and stays legible: a number wider than its
/// cell at the table size (五号, 10.5 pt) is condensed, but never below <see cref="MinimumScale"/>; a number that would
/// need more is set a size smaller (小五, 9 pt) and condensed from there. Table digits are the table face's (宋体)
/// half-width digits in both formats, half an em each (<see cref="NominalWidth"/>), so the .docx and the PDF squeeze the
/// same number the same way. Labels wrap as usual. Widths come from the table description's column weights on the
/// text block.
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

    /// <summary>Condensed below this, digits blur at print size (the .docx once set 8 digits at 42 %).</summary>
    public const double MinimumScale = 0.7;

    /// <summary>The size a number too wide for its cell at <see cref="PageLayout.TablePt"/> takes: 小五.</summary>
    public const double SmallerPt = 9;

    /// <summary>A number's width at <paramref name="sizePt"/> with nominal digit widths.</summary>
    public static double NominalWidthPt(string text, double sizePt = PageLayout.TablePt) => NominalWidth.Points(text, sizePt);

    /// <summary>
    /// The horizontal scale of a number of natural width <paramref name="naturalPt"/> in a cell whose text may take
    /// <paramref name="availablePt"/>: 1 when it fits, else the whole percent that fits with <see cref="Margin"/> to spare.
    /// </summary>
    public static double NumberScale(double naturalPt, double availablePt) =>
        naturalPt <= availablePt ? 1 : Math.Floor(availablePt / (naturalPt * (1 + Margin)) * 100) / 100;

    /// <summary>
    /// Size and scale of a number in a cell: at the table size when it fits condensed to no less than
    /// <see cref="MinimumScale"/>, else at <see cref="SmallerPt"/>. <paramref name="widthAt"/> gives the number's
    /// natural width at a size (nominal for the .docx; the PDF's face when wider).
    /// </summary>
    public static (double SizePt, double Scale) Fit(Func<double, double> widthAt, double availablePt)
    {
        var scale = NumberScale(widthAt(PageLayout.TablePt), availablePt);
        return scale >= MinimumScale ? (PageLayout.TablePt, scale) : (SmallerPt, NumberScale(widthAt(SmallerPt), availablePt));
    }

    /// <summary>Room left when condensing, for rounding and for a word processor's own spacing.</summary>
    private const double Margin = 0.04;

    /// <summary>Size and scale of a datum cell's number with nominal widths (what the .docx writes as w:sz and w:w).</summary>
    public static (double SizePt, double Scale) Fit(TableBlock block, TableCell cell) =>
        cell.Datum is null ? (PageLayout.TablePt, 1) : Fit(size => NominalWidthPt(block.TextOf(cell), size), TextWidthPt(block.Table, cell));
}
