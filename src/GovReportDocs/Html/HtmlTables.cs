using System.Globalization;
using System.Text;
using GovReportDocs.Composition;
using GovReportDocs.NationalFormat;

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
        html.Append("<table class=\"").Append(HtmlTableStyle.TableClass(table)).Append('"');
        var longest = table.DatumCells.Select(c => block.TextOf(c).Length).DefaultIfEmpty(0).Max();
        if (longest > HtmlTableStyle.DigitsInNarrowestColumn)
        {
            // On a phone, where the table is laid out fixed beside its pinned labels, its number columns widen (and the table
            // scrolls) until its longest number fits on one line at full size; wider screens size columns by content.
            html.Append(" style=\"--digits:").Append(longest.ToString(CultureInfo.InvariantCulture)).Append('"');
        }

        html.Append(">\n");
        html.Append("<caption id=\"").Append(captionId).Append("\">").AppendEscaped(Caption(table)).Append("</caption>\n");

        var shape = new TableShape(table);
        var pinnedColumns = HtmlTableStyle.HasNarrowLayout(table) ? HtmlTableStyle.LabelColumnCount(table) : 0;
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
                Row(html, block, shape, pinnedColumns, row);
            }

            html.Append("</thead>\n");
        }

        foreach (var (first, last) in shape.RowGroups)
        {
            html.Append("<tbody>\n");
            for (var row = first; row <= last; row++)
            {
                Row(html, block, shape, pinnedColumns, row);
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

    private static string Scope(TableShape shape, TableCell cell) => shape.Scope(cell) switch
    {
        HeaderScope.ColumnGroup => "colgroup",
        HeaderScope.Row => "row",
        HeaderScope.RowGroup => "rowgroup",
        _ => "col",
    };

    private static void Row(StringBuilder html, TableBlock block, TableShape shape, int pinnedColumns, int row)
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

            string?[] classes = cell.Label is null ? [] :
                [cell.Column + cell.ColumnSpan <= pinnedColumns ? HtmlTableStyle.PinClass(cell.Column) : null,
                 HtmlTableStyle.WrapsPretty(cell.Label) ? HtmlTableStyle.LongLabelClass : null];
            if (classes.Any(c => c is not null))
            {
                html.Append(" class=\"").AppendJoin(' ', classes.OfType<string>()).Append('"');
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
}
