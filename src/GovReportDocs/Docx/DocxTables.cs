using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using GovReportDocs.Composition;
using FixedTable = GovReportDocs.Format.TableDescription;
using PageLayout = GovReportDocs.Format.PageLayout;

namespace GovReportDocs.Docx;

/// <summary>Writes a fixed table by walking its <see cref="FixedTable"/>: gridSpan across, vMerge down.</summary>
internal static class DocxTables
{
    private static readonly short CellMargin = (short)Twips.FromPt(PageLayout.TableCellPaddingPt);
    private static readonly string CellMarginY = Twips.FromPt(PageLayout.TableCellPaddingYPt).ToString(CultureInfo.InvariantCulture);
    private static readonly uint MinimumRowHeight = (uint)Twips.FromPt(PageLayout.TableMinimumRowPt);

    /// <summary>Lines of table text per minimum row, to know how many rows a long merged label needs.</summary>
    private const double LinesPerRow = (PageLayout.TableMinimumRowPt - 2 * PageLayout.TableCellPaddingYPt) / PageLayout.TableLinePt;

    public static Table Build(TableBlock block)
    {
        var description = block.Table;
        var widths = ColumnWidths(description);
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Width = Twips.TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = CellMarginY, Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = CellMargin, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = CellMarginY, Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = CellMargin, Type = TableWidthValues.Dxa }),
                new TableLook { Val = "0000" }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

        for (var row = 0; row < description.RowCount; row++)
        {
            table.Append(Row(block, row, widths));
        }

        return table;
    }

    /// <summary>The description's columns on the 156 mm text width, in twips, summing to it exactly.</summary>
    public static int[] ColumnWidths(FixedTable description)
    {
        var edges = description.ColumnEdges.Select(e => (int)Math.Round(e * Twips.TextWidth)).ToArray();
        return Enumerable.Range(0, description.ColumnCount).Select(c => edges[c + 1] - edges[c]).ToArray();
    }

    private static TableRow Row(TableBlock block, int row, int[] widths)
    {
        var description = block.Table;
        var properties = new TableRowProperties(new CantSplit());
        if (row < description.HeaderRowCount)
        {
            properties.Append(new TableHeader());
        }

        properties.Append(new TableRowHeight { Val = MinimumRowHeight, HeightType = HeightRuleValues.AtLeast });
        var tableRow = new TableRow(properties);
        for (var column = 0; column < description.ColumnCount;)
        {
            var cell = description.CellAt(row, column);
            tableRow.Append(Cell(block, cell, row, widths, KeepsWithNext(block, row)));
            column = cell.Column + cell.ColumnSpan;
        }

        return tableRow;
    }

    /// <summary>
    /// Whether a row stays on the page of the next: every row of a table kept whole (表四) or of a block of 表二, the rows of a small
    /// merged group, and every row down to where a long merged label (三、本年度办理结果) has room for its text, so
    /// the label is never cut by a page break (Word and LibreOffice cannot repeat it on the next page as the PDF does)
    /// and 表三 never starts with a few rows at a page foot.
    /// </summary>
    private static bool KeepsWithNext(TableBlock block, int row)
    {
        var description = block.Table;
        if (row == description.RowCount - 1)
        {
            return false;
        }

        if (description.RowCount <= PageLayout.KeptWholeTableRows)
        {
            // Whole, or broken only between blocks (表二's 第二十条 items), as the PDF.
            return !description.StartsBlock(row + 1);
        }

        // The header and every row down to where the first long label has room go together, as the PDF starts 表三.
        var label = description.Cells.Where(c => c.RowSpan > PageLayout.KeptTogetherRows).MinBy(c => c.Row);
        if (label is not null && row < label.Row + RowsForLabel(block, label))
        {
            return true;
        }

        return Enumerable.Range(0, description.ColumnCount)
            .Select(column => description.CellAt(row, column))
            .Any(cell => row < cell.LastRow && (cell.RowSpan <= PageLayout.KeptTogetherRows || row < cell.Row + RowsForLabel(block, cell)));
    }

    /// <summary>Rows of minimum height that a merged label's wrapped lines need.</summary>
    private static int RowsForLabel(TableBlock block, Format.TableCell cell)
    {
        var lines = Math.Ceiling(TitleLines.Width(block.TextOf(cell)) * PageLayout.TablePt / CellFit.TextWidthPt(block.Table, cell));
        return (int)Math.Ceiling(lines / LinesPerRow) + 1;
    }

    private static TableCell Cell(TableBlock block, Format.TableCell cell, int row, int[] widths, bool keepWithNext)
    {
        var width = widths.Skip(cell.Column).Take(cell.ColumnSpan).Sum();
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (cell.ColumnSpan > 1)
        {
            properties.Append(new GridSpan { Val = cell.ColumnSpan });
        }

        if (cell.RowSpan > 1)
        {
            properties.Append(new VerticalMerge { Val = row == cell.Row ? MergedCellValues.Restart : MergedCellValues.Continue });
        }

        // A long merged label that may cross a page stands at the top of its first rows, which are kept together.
        var top = cell.RowSpan > PageLayout.KeptTogetherRows && block.Table.RowCount > PageLayout.KeptWholeTableRows;
        properties.Append(new TableCellVerticalAlignment { Val = top ? TableVerticalAlignmentValues.Top : TableVerticalAlignmentValues.Center });

        var paragraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.TableText });
        if (keepWithNext)
        {
            paragraphProperties.Append(new KeepNext());
        }

        var paragraph = new Paragraph(paragraphProperties);
        if (row == cell.Row)
        {
            var text = block.TextOf(cell);
            if (text.Length > 0)
            {
                var run = new Run();
                var (size, scale) = CellFit.Fit(block, cell);
                var runProperties = new RunProperties();
                if (scale < 1)
                {
                    runProperties.Append(new CharacterScale { Val = (int)Math.Round(scale * 100) });
                }

                if (size != PageLayout.TablePt)
                {
                    runProperties.Append(new FontSize { Val = Twips.HalfPoints(size) }, new FontSizeComplexScript { Val = Twips.HalfPoints(size) });
                }

                if (runProperties.HasChildren)
                {
                    run.Append(runProperties);
                }

                run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
                paragraph.Append(run);
            }
        }

        return new TableCell(properties, paragraph);
    }
}
