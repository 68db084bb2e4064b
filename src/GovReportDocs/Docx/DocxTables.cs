using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using GovReportDocs.Composition;
using FixedTable = GovReportDocs.NationalFormat.TableDescription;
using PageLayout = GovReportDocs.NationalFormat.PageLayout;

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
    /// Whether a row stays on the page of the next, as <see cref="TablePageBreaks"/> decides: Word and LibreOffice
    /// cannot repeat a cut label on the next page as the PDF does, so a crossing label's head is kept with it.
    /// </summary>
    private static bool KeepsWithNext(TableBlock block, int row) =>
        TablePageBreaks.KeepsWithNext(block.Table, row, label => HeadRows(block, label));

    /// <summary>
    /// The rows a crossing label keeps with it, estimated without Word's fonts: the rows of minimum height its
    /// lines need on the nominal width, and two to spare, since the estimate divides the label's width evenly where
    /// Word wraps whole characters (三、本年度办理结果 is estimated at 4 lines and takes 5).
    /// </summary>
    private static int HeadRows(TableBlock block, NationalFormat.TableCell label)
    {
        const int spare = 2;
        var lines = Math.Ceiling(NominalWidth.Points(block.TextOf(label), PageLayout.TablePt) / CellFit.TextWidthPt(block.Table, label));
        return (int)Math.Ceiling(lines / LinesPerRow) + spare;
    }

    private static TableCell Cell(TableBlock block, NationalFormat.TableCell cell, int row, int[] widths, bool keepWithNext)
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

        // A label that may cross a page stands at the top of its head, the rows kept together with it.
        var top = !TablePageBreaks.BreaksOnlyBetweenBlocks(block.Table) && TablePageBreaks.CrossingLabels(block.Table).Contains(cell);
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

                // A label whose last line would hold one character alone breaks a character earlier (LabelLines).
                var breakAt = cell.Datum is null ? LabelLines.RuntBreak(text, CellFit.TextWidthPt(block.Table, cell), PageLayout.TablePt) : null;
                if (breakAt is { } at)
                {
                    run.Append(new Text(text[..at]) { Space = SpaceProcessingModeValues.Preserve }, new Break());
                    text = text[at..];
                }

                run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
                paragraph.Append(run);
            }
        }

        return new TableCell(properties, paragraph);
    }
}
