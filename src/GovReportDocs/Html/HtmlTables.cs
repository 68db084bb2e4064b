using System.Globalization;
using System.Text;
using GovReportDocs.Composition;
using GovReportDocs.Format;

namespace GovReportDocs.Html;

/// <summary>
/// Writes a fixed table by walking its <see cref="TableDescription"/>: one th or td per described cell with its
/// rowspan and colspan, header rows in thead, labels as th with the scope their place in the grid gives them.
/// </summary>
internal static class HtmlTables
{
    /// <summary>Writes the table inside a wrapper that scrolls sideways on a narrow screen, so the page never does.</summary>
    /// <param name="html">Where to write.</param>
    /// <param name="block">The table and its numbers.</param>
    /// <param name="ordinal">1 for the first table of the page, 2 for the second…: makes the ids unique.</param>
    public static void Write(StringBuilder html, TableBlock block, int ordinal)
    {
        var table = block.Table;
        var captionId = $"caption-{ordinal}";
        html.Append("<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"").Append(captionId).Append("\" tabindex=\"0\">\n");
        html.Append("<table class=\"").Append(HtmlTableStyle.TableClass(table)).Append("\">\n");
        html.Append("<caption id=\"").Append(captionId).Append("\">").AppendEscaped(Caption(table)).Append("</caption>\n");

        var shape = new Shape(table);
        foreach (var (first, span) in shape.ColumnGroups)
        {
            html.Append("<colgroup>");
            for (var column = first; column < first + span; column++)
            {
                html.Append("<col class=\"").Append(HtmlTableStyle.ColumnClass(column)).Append("\">");
            }

            html.Append("</colgroup>\n");
        }

        if (table.HeaderRowCount > 0)
        {
            html.Append("<thead>\n");
            for (var row = 0; row < table.HeaderRowCount; row++)
            {
                Row(html, block, shape, row);
            }

            html.Append("</thead>\n");
        }

        foreach (var (first, last) in shape.RowGroups)
        {
            html.Append("<tbody>\n");
            for (var row = first; row <= last; row++)
            {
                Row(html, block, shape, row);
            }

            html.Append("</tbody>\n");
        }

        html.Append("</table>\n</div>\n");
    }

    /// <summary>`表三 收到和处理政府信息公开申请情况`: the table's name and its part's title without the part number.</summary>
    public static string Caption(TableDescription table)
    {
        var part = table.Name switch
        {
            TableNames.Proactive => PartTitles.Proactive,
            TableNames.Applications => PartTitles.Applications,
            TableNames.Review => PartTitles.Review,
            _ => null,
        };
        return part is null ? table.Name : $"{table.Name} {part[(part.IndexOf('、') + 1)..]}";
    }

    /// <summary>
    /// Column groups: each cell of the top header row heads one (申请人情况 over the seven applicant columns);
    /// a table without header rows is one group.
    /// </summary>
    private static IReadOnlyList<(int First, int Span)> ColumnGroups(TableDescription table) =>
        table.HeaderRowCount == 0
            ? [(0, table.ColumnCount)]
            : [.. table.CellsStartingOn(0).Select(c => (c.Column, c.ColumnSpan))];

    /// <summary>
    /// Row groups of the body (one tbody each): a row that is one label across the table (第二十条第（一）项) opens a
    /// group that runs to the next such row; a label merged down the first column (三、本年度办理结果) is a group of its own.
    /// </summary>
    private static IReadOnlyList<(int First, int Last)> RowGroups(TableDescription table)
    {
        var starts = new SortedSet<int> { table.HeaderRowCount };
        foreach (var cell in table.Cells.Where(c => c.Row >= table.HeaderRowCount && c.Column == 0 && c.Label is not null))
        {
            if (cell.ColumnSpan == table.ColumnCount || cell.RowSpan > 1)
            {
                starts.Add(cell.Row);
            }

            if (cell.RowSpan > 1)
            {
                starts.Add(cell.LastRow + 1);
            }
        }

        var firsts = starts.Where(r => r < table.RowCount).ToList();
        return [.. firsts.Select((first, i) => (first, i + 1 < firsts.Count ? firsts[i + 1] - 1 : table.RowCount - 1))];
    }

    /// <summary>
    /// What a label heads: in the header rows its column (or the column group it spans exactly); in the body, a row
    /// of labels only heads columns unless it is one label across the table, which heads its row group; beside
    /// numbers a label heads its row (or the row group it spans exactly).
    /// </summary>
    private static string Scope(Shape shape, TableCell cell)
    {
        var table = shape.Table;
        if (cell.Row < table.HeaderRowCount)
        {
            return cell.ColumnSpan > 1 && shape.ColumnGroups.Contains((cell.Column, cell.ColumnSpan)) ? "colgroup" : "col";
        }

        if (!shape.HasNumbers[cell.Row])
        {
            return cell.ColumnSpan == table.ColumnCount ? "rowgroup" : "col";
        }

        return cell.RowSpan > 1 && shape.RowGroups.Contains((cell.Row, cell.LastRow)) ? "rowgroup" : "row";
    }

    private static void Row(StringBuilder html, TableBlock block, Shape shape, int row)
    {
        html.Append("<tr>\n");
        foreach (var cell in shape.CellsByRow[row])
        {
            var tag = cell.Label is null ? "td" : "th";
            html.Append('<').Append(tag);
            if (cell.Label is not null)
            {
                html.Append(" scope=\"").Append(Scope(shape, cell)).Append('"');
            }

            if (cell.Label is not null && cell.Column + cell.ColumnSpan <= shape.PinnedColumns)
            {
                html.Append(" class=\"").Append(HtmlTableStyle.PinClass(cell.Column)).Append('"');
            }

            if (cell.RowSpan > 1)
            {
                html.Append(" rowspan=\"").Append(cell.RowSpan.ToString(CultureInfo.InvariantCulture)).Append('"');
            }

            if (cell.ColumnSpan > 1)
            {
                html.Append(" colspan=\"").Append(cell.ColumnSpan.ToString(CultureInfo.InvariantCulture)).Append('"');
            }

            html.Append('>').AppendEscaped(block.TextOf(cell)).Append("</").Append(tag).Append(">\n");
        }

        html.Append("</tr>\n");
    }

    /// <summary>What the writer asks of a table again and again, worked out once per table.</summary>
    private sealed class Shape(TableDescription table)
    {
        public TableDescription Table { get; } = table;

        public IReadOnlyList<(int First, int Span)> ColumnGroups { get; } = HtmlTables.ColumnGroups(table);

        public IReadOnlyList<(int First, int Last)> RowGroups { get; } = HtmlTables.RowGroups(table);

        public ILookup<int, TableCell> CellsByRow { get; } = table.Cells.ToLookup(c => c.Row);

        /// <summary>Rows with at least one number: their labels head rows, not columns.</summary>
        public bool[] HasNumbers { get; } = [.. Enumerable.Range(0, table.RowCount)
            .Select(row => Enumerable.Range(0, table.ColumnCount).Any(column => table.CellAt(row, column).Datum is not null))];

        /// <summary>Label columns pinned at the left on a phone (0 for a table that has none).</summary>
        public int PinnedColumns { get; } = HtmlTableStyle.HasNarrowLayout(table) ? HtmlTableStyle.LabelColumnCount(table) : 0;
    }
}
