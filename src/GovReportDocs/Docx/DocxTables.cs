using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using GovReportDocs.Composition;
using FixedTable = GovReportDocs.Format.TableDescription;

namespace GovReportDocs.Docx;

/// <summary>Writes a fixed table by walking its <see cref="FixedTable"/>: gridSpan across, vMerge down.</summary>
internal static class DocxTables
{
    private const int CellMargin = 57;

    /// <summary>0.6 cm, as in the template circulated among offices; rows grow with wrapped labels.</summary>
    private const uint MinimumRowHeight = 340;

    /// <summary>Merged groups up to this many rows (（三）不予公开 has 8) stay on one page; 三 (22 rows) may break.</summary>
    private const int KeptTogetherRows = 8;

    public static Table Build(TableBlock block)
    {
        var description = block.Table;
        var widths = ColumnWidths(description);
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Width = Twips.TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
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
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = CellMargin, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = CellMargin, Type = TableWidthValues.Dxa }),
                new TableLook { Val = "0000" }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));

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
            tableRow.Append(Cell(block, cell, row, widths, KeepsWithNext(description, row)));
            column = cell.Column + cell.ColumnSpan;
        }

        return tableRow;
    }

    /// <summary>Whether a row is inside a small merged group that continues on the next row.</summary>
    private static bool KeepsWithNext(FixedTable description, int row) =>
        Enumerable.Range(0, description.ColumnCount)
            .Select(column => description.CellAt(row, column))
            .Any(cell => cell.RowSpan is > 1 and <= KeptTogetherRows && row < cell.LastRow);

    private static TableCell Cell(TableBlock block, Format.TableCell cell, int row, int[] widths, bool keepWithNext)
    {
        var width = widths.Skip(cell.Column).Take(cell.ColumnSpan).Sum();
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa });
        if (cell.ColumnSpan > 1)
        {
            properties.Append(new GridSpan { Val = cell.ColumnSpan });
        }

        if (cell.RowSpan > 1)
        {
            properties.Append(new VerticalMerge { Val = row == cell.Row ? MergedCellValues.Restart : MergedCellValues.Continue });
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });

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
                paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }
        }

        return new TableCell(properties, paragraph);
    }
}
