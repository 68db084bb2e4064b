using System.Globalization;
using GovReportDocs.Composition;
using FixedTable = GovReportDocs.NationalFormat.TableDescription;
using PageLayout = GovReportDocs.NationalFormat.PageLayout;

namespace GovReportDocs.Docx;

/// <summary>Writes a fixed table by walking its <see cref="FixedTable"/>: gridSpan across, vMerge down.</summary>
internal static class DocxTables
{
    private static readonly string CellMargin = ((short)Twips.FromPt(PageLayout.TableCellPaddingPt)).ToString(CultureInfo.InvariantCulture);
    private static readonly string CellMarginY = Twips.FromPt(PageLayout.TableCellPaddingYPt).ToString(CultureInfo.InvariantCulture);
    private static readonly string MinimumRowHeight = ((uint)Twips.FromPt(PageLayout.TableMinimumRowPt)).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Rows a crossing label keeps beyond the head the layout measured: the layout wraps whole characters on the
    /// nominal widths, as Word does, but Word sets the label with the machine's 宋体 and may need a line more, which
    /// one row of minimum height holds.
    /// </summary>
    private const int SpareRowsForWordsFonts = 1;

    private static readonly string[] Borders = ["top", "left", "bottom", "right", "insideH", "insideV"];

    /// <summary>
    /// Writes the table; <paramref name="pageStarts"/> are the rows the shared layout starts a page at (below the
    /// repeated header), where a crossing label is merged anew with its text, as the PDF prints it again there;
    /// <paramref name="labelHeads"/> the rows each crossing label needs for its text, as the layout measured them.
    /// </summary>
    public static void Write(WordXml w, TableBlock block, IReadOnlyList<int> pageStarts, IReadOnlyDictionary<NationalFormat.TableCell, int> labelHeads)
    {
        var description = block.Table;
        var widths = ColumnWidths(description);
        w.Start("tbl");
        w.Start("tblPr");
        w.Val("tblStyle", "TableGrid");
        w.Width("tblW", Twips.TextWidth.ToString(CultureInfo.InvariantCulture));
        w.Val("jc", "center");
        w.Start("tblBorders");
        foreach (var border in Borders)
        {
            w.Start(border);
            w.Attribute("val", "single");
            w.Attribute("color", "000000");
            w.Attribute("sz", "4");
            w.Attribute("space", "0");
            w.End();
        }

        w.End();
        w.Start("tblLayout");
        w.Attribute("type", "fixed");
        w.End();
        w.Start("tblCellMar");
        w.Width("top", CellMarginY);
        w.Width("left", CellMargin);
        w.Width("bottom", CellMarginY);
        w.Width("right", CellMargin);
        w.End();
        w.Val("tblLook", "0000");
        w.End();
        w.Start("tblGrid");
        foreach (var width in widths)
        {
            w.Start("gridCol");
            w.Attribute("w", width.ToString(CultureInfo.InvariantCulture));
            w.End();
        }

        w.End();

        // A label that may cross a page stands at the top of each of its parts, the rows kept together with it.
        var parts = new Dictionary<NationalFormat.TableCell, int[]>();
        if (!TablePageBreaks.BreaksOnlyBetweenBlocks(description))
        {
            foreach (var label in TablePageBreaks.CrossingLabels(description))
            {
                parts[label] = [.. TablePageBreaks.PartStarts(label, pageStarts)];
            }
        }

        for (var row = 0; row < description.RowCount; row++)
        {
            Row(w, block, row, widths, parts, pageStarts, labelHeads);
        }

        w.End();
    }

    /// <summary>The description's columns on the 156 mm text width, in twips, summing to it exactly.</summary>
    public static int[] ColumnWidths(FixedTable description)
    {
        var edges = description.ColumnEdges.Select(e => (int)Math.Round(e * Twips.TextWidth)).ToArray();
        return Enumerable.Range(0, description.ColumnCount).Select(c => edges[c + 1] - edges[c]).ToArray();
    }

    private static void Row(WordXml w, TableBlock block, int row, int[] widths, Dictionary<NationalFormat.TableCell, int[]> parts,
        IReadOnlyList<int> pageStarts, IReadOnlyDictionary<NationalFormat.TableCell, int> labelHeads)
    {
        var description = block.Table;
        w.Start("tr");
        w.Start("trPr");
        w.Empty("cantSplit");
        if (row < description.HeaderRowCount)
        {
            w.Empty("tblHeader");
        }

        w.Start("trHeight");
        w.Attribute("val", MinimumRowHeight);
        w.Attribute("hRule", "atLeast");
        w.End();
        w.End();
        // Word and LibreOffice print a merged label only on the page its merge starts on: each part of a crossing label
        // keeps its head, as many rows as the layout measured for its text and a margin for Word's fonts. A label the plan
        // did not reach (the layout stops after the last table it breaks) keeps all its rows together.
        var keepWithNext = TablePageBreaks.KeepsWithNext(description, row,
            label => labelHeads.TryGetValue(label, out var head) ? head + SpareRowsForWordsFonts : label.RowSpan, pageStarts);
        for (var column = 0; column < description.ColumnCount;)
        {
            var cell = description.CellAt(row, column);
            var (from, to) = parts.TryGetValue(cell, out var starts) ? Part(cell, starts, row) : (cell.Row, cell.LastRow);
            Cell(w, block, cell, row, from, to, widths, keepWithNext, top: starts is not null);
            column = cell.Column + cell.ColumnSpan;
        }

        w.End();
    }

    /// <summary>The rows of the part of a crossing label that <paramref name="row"/> is in, given where its parts start.</summary>
    private static (int From, int To) Part(NationalFormat.TableCell label, int[] starts, int row)
    {
        var index = Array.FindLastIndex(starts, start => start <= row);
        return (starts[index], index + 1 < starts.Length ? starts[index + 1] - 1 : label.LastRow);
    }

    /// <summary>
    /// One row's piece of a cell, which is merged down over rows <paramref name="from"/> to <paramref name="to"/>
    /// (the whole cell, or a part of a crossing label) and carries its text in the first of them.
    /// </summary>
    private static void Cell(WordXml w, TableBlock block, NationalFormat.TableCell cell, int row, int from, int to, int[] widths,
        bool keepWithNext, bool top)
    {
        var width = 0;
        for (var column = cell.Column; column < cell.Column + cell.ColumnSpan; column++)
        {
            width += widths[column];
        }

        w.Start("tc");
        w.Start("tcPr");
        w.Width("tcW", width.ToString(CultureInfo.InvariantCulture));
        if (cell.ColumnSpan > 1)
        {
            w.Val("gridSpan", cell.ColumnSpan.ToString(CultureInfo.InvariantCulture));
        }

        if (to > from)
        {
            w.Val("vMerge", row == from ? "restart" : "continue");
        }

        w.Val("vAlign", top ? "top" : "center");
        w.End();

        w.Start("p");
        w.StartParagraphProperties(DocxStyles.TableText, keepWithNext);
        w.End();
        if (row == from)
        {
            var text = block.TextOf(cell);
            if (text.Length > 0)
            {
                w.Start("r");
                var (size, scale) = CellFit.Fit(block, cell);
                if (scale < 1 || size != PageLayout.TablePt)
                {
                    w.Start("rPr");
                    if (scale < 1)
                    {
                        w.Val("w", ((int)Math.Round(scale * 100)).ToString(CultureInfo.InvariantCulture));
                    }

                    if (size != PageLayout.TablePt)
                    {
                        w.Val("sz", Twips.HalfPoints(size));
                        w.Val("szCs", Twips.HalfPoints(size));
                    }

                    w.End();
                }

                // A label whose last line would hold one character alone breaks a character earlier (LabelLines).
                var breakAt = cell.Datum is null ? LabelLines.RuntBreak(text, CellFit.TextWidthPt(block.Table, cell), PageLayout.TablePt) : null;
                if (breakAt is { } at)
                {
                    w.Text(text[..at]);
                    w.Empty("br");
                    text = text[at..];
                }

                w.Text(text);
                w.End();
            }
        }

        w.End();
        w.End();
    }
}
