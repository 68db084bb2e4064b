namespace GovReportDocs.NationalFormat;

/// <summary>
/// One (possibly merged) cell of a fixed table, placed on the table's grid. Rows and columns count from 0;
/// a merged cell is described once, at its top-left grid position.
/// </summary>
/// <param name="Row">Top grid row.</param>
/// <param name="Column">Left grid column.</param>
/// <param name="RowSpan">Grid rows it covers (vertical merge).</param>
/// <param name="ColumnSpan">Grid columns it covers (horizontal merge).</param>
/// <param name="Label">The printed label, or null for a datum cell.</param>
/// <param name="Datum">The number it shows, or null for a label cell.</param>
public sealed record TableCell(int Row, int Column, int RowSpan, int ColumnSpan, string? Label, Datum? Datum)
{
    /// <summary>A label cell.</summary>
    public static TableCell Text(int row, int column, string label, int rowSpan = 1, int columnSpan = 1) =>
        new(row, column, rowSpan, columnSpan, label, null);

    /// <summary>A datum cell.</summary>
    public static TableCell Number(int row, int column, Datum datum, int columnSpan = 1) =>
        new(row, column, 1, columnSpan, null, datum);

    /// <summary>Bottom grid row it covers.</summary>
    public int LastRow => Row + RowSpan - 1;
}
