namespace GovReportDocs.NationalFormat;

/// <summary>What a label cell heads (HTML `scope`, PDF table attribute `/Scope`).</summary>
internal enum HeaderScope
{
    /// <summary>Its column.</summary>
    Column,

    /// <summary>The group of columns it spans exactly.</summary>
    ColumnGroup,

    /// <summary>Its row.</summary>
    Row,

    /// <summary>The group of rows it spans, or the rows up to the next such label.</summary>
    RowGroup,
}

/// <summary>
/// The header structure of a fixed table, worked out once from its description: column groups, row groups, and
/// what each label heads. The HTML page and the tagged PDF read it, so both say the same about every label.
/// </summary>
internal sealed class TableShape
{
    public TableShape(TableDescription table)
    {
        Table = table;
        ColumnGroups = table.HeaderRowCount == 0
            ? [(0, table.ColumnCount)]
            : [.. table.CellsStartingOn(0).Select(c => (c.Column, c.ColumnSpan))];
        RowGroups = GroupRows(table);
        CellsByRow = table.Cells.ToLookup(c => c.Row);
        HasNumbers = [.. Enumerable.Range(0, table.RowCount)
            .Select(row => Enumerable.Range(0, table.ColumnCount).Any(column => table.CellAt(row, column).Datum is not null))];
    }

    public TableDescription Table { get; }

    /// <summary>
    /// Column groups: each cell of the top header row heads one (申请人情况 over the seven applicant columns);
    /// a table without header rows is one group.
    /// </summary>
    public IReadOnlyList<(int First, int Span)> ColumnGroups { get; }

    /// <summary>
    /// Row groups of the body: a row that is one label across the table (第二十条第（一）项) opens a group that runs
    /// to the next such row; a label merged down the first column (三、本年度办理结果) is a group of its own.
    /// </summary>
    public IReadOnlyList<(int First, int Last)> RowGroups { get; }

    /// <summary>The cells starting on each row, left to right.</summary>
    public ILookup<int, TableCell> CellsByRow { get; }

    /// <summary>Rows with at least one number: their labels head rows, not columns.</summary>
    public bool[] HasNumbers { get; }

    /// <summary>
    /// What a label heads: in the header rows its column (or the column group it spans exactly); in the body, a row
    /// of labels only heads columns unless it is one label across the table, which heads its row group; beside
    /// numbers a label heads its row (or the row group it spans exactly).
    /// </summary>
    public HeaderScope Scope(TableCell cell)
    {
        if (cell.Row < Table.HeaderRowCount)
        {
            return cell.ColumnSpan > 1 && ColumnGroups.Contains((cell.Column, cell.ColumnSpan)) ? HeaderScope.ColumnGroup : HeaderScope.Column;
        }

        if (!HasNumbers[cell.Row])
        {
            return cell.ColumnSpan == Table.ColumnCount ? HeaderScope.RowGroup : HeaderScope.Column;
        }

        return cell.RowSpan > 1 && RowGroups.Contains((cell.Row, cell.LastRow)) ? HeaderScope.RowGroup : HeaderScope.Row;
    }

    private static IReadOnlyList<(int First, int Last)> GroupRows(TableDescription table)
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
}
