using GovReportDocs.NationalFormat;

namespace GovReportDocs.Composition.Layout;

/// <summary>
/// The structure of a fixed table, walked from its description: Table → TR per grid row → TH for a label, TD for a
/// number, each in the row it starts on with the spans the .docx merges, labels scoped as on the HTML page.
/// </summary>
internal sealed class TableStructure(TableDescription table)
{
    private readonly TableShape _shape = new(table);
    private readonly StructureNode _table = new(StructureTag.Table);
    private readonly Dictionary<int, StructureNode> _rows = [];

    /// <summary>The element of a cell (made once per cell).</summary>
    public StructureNode Node(TableCell cell)
    {
        if (!_rows.TryGetValue(cell.Row, out var row))
        {
            _rows[cell.Row] = row = new StructureNode(StructureTag.TR, _table);
        }

        return new StructureNode(cell.Label is null ? StructureTag.TD : StructureTag.TH, row)
        {
            RowSpan = cell.RowSpan,
            ColumnSpan = cell.ColumnSpan,
            Scope = cell.Label is null ? null : _shape.Scope(cell),
        };
    }
}
