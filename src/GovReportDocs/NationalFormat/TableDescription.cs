using System.Collections.Immutable;

namespace GovReportDocs.NationalFormat;

/// <summary>
/// One fixed table of the format, as data: its grid and every cell's label or datum with its spans.
/// The .docx and PDF renderers, the reader and the tests walk this; nothing else declares a table.
/// </summary>
public sealed class TableDescription
{
    private readonly TableCell?[,] _anchors;

    internal TableDescription(string name, int columnCount, int rowCount, int headerRowCount,
        IReadOnlyList<double> columnWeights, IEnumerable<TableCell> cells)
    {
        Name = name;
        ColumnCount = columnCount;
        RowCount = rowCount;
        HeaderRowCount = headerRowCount;
        ColumnWeights = [.. columnWeights];
        Cells = [.. cells.OrderBy(c => c.Row).ThenBy(c => c.Column)];
        _anchors = new TableCell?[rowCount, columnCount];
        foreach (var cell in Cells)
        {
            for (var r = cell.Row; r <= cell.LastRow; r++)
            {
                for (var c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
                {
                    if (_anchors[r, c] is not null)
                    {
                        throw new InvalidOperationException($"{name}: cells overlap at row {r}, column {c}");
                    }

                    _anchors[r, c] = cell;
                }
            }
        }

        for (var r = 0; r < rowCount; r++)
        {
            for (var c = 0; c < columnCount; c++)
            {
                if (_anchors[r, c] is null)
                {
                    throw new InvalidOperationException($"{name}: no cell covers row {r}, column {c}");
                }
            }
        }

        DataRows = [.. Enumerable.Range(headerRowCount, rowCount - headerRowCount)
            .Select(row => new DataRow(
                row,
                CellsStartingOn(row).LastOrDefault(c => c.Label is not null)?.Label,
                [.. CellsStartingOn(row).Where(c => c.Datum is not null).Select(c => c.Datum!)]))
            .Where(row => row.Data.Count > 0)];

        if (ColumnWeights.Length != columnCount)
        {
            throw new InvalidOperationException($"{name}: {ColumnWeights.Length} column weights for {columnCount} columns");
        }
    }

    /// <summary>表二, 表三 or 表四.</summary>
    public string Name { get; }

    /// <summary>Grid columns.</summary>
    public int ColumnCount { get; }

    /// <summary>Grid rows, header rows included.</summary>
    public int RowCount { get; }

    /// <summary>Rows that repeat at the top of each page the table crosses.</summary>
    public int HeaderRowCount { get; }

    /// <summary>Relative column widths; renderers scale them to the text block.</summary>
    public ImmutableArray<double> ColumnWeights { get; }

    /// <summary>Where each column starts and the last ends, as shares of the table width (0 … 1).</summary>
    public ImmutableArray<double> ColumnEdges
    {
        get
        {
            var total = ColumnWeights.Sum();
            var edges = new double[ColumnCount + 1];
            for (var c = 0; c < ColumnCount; c++)
            {
                edges[c + 1] = edges[c] + ColumnWeights[c] / total;
            }

            edges[ColumnCount] = 1;
            return [.. edges];
        }
    }

    /// <summary>Every cell, once, ordered by row then column.</summary>
    public ImmutableArray<TableCell> Cells { get; }

    /// <summary>The cell covering a grid position (the same object for every position of a merged cell).</summary>
    public TableCell CellAt(int row, int column) => _anchors[row, column]!;

    /// <summary>
    /// Whether a row opens a block of its own with a label across the whole width (表二's 第二十条第（五）项): a table
    /// otherwise kept whole may break before it, the block carrying its own headings to the next page.
    /// </summary>
    internal bool StartsBlock(int row) =>
        row > HeaderRowCount && row < RowCount && CellAt(row, 0) is var cell && cell.Row == row && cell.ColumnSpan == ColumnCount;

    /// <summary>The last row of the block a row belongs to (the table's last row when no block follows).</summary>
    internal int BlockEnd(int row)
    {
        var end = row + 1;
        while (end < RowCount && !StartsBlock(end))
        {
            end++;
        }

        return end - 1;
    }

    /// <summary>The cells whose top-left corner is on the given row.</summary>
    public IEnumerable<TableCell> CellsStartingOn(int row) => Cells.Where(c => c.Row == row);

    /// <summary>The rows below the header that hold numbers, in order; computed once, as readers walk them per report.</summary>
    internal ImmutableArray<DataRow> DataRows { get; }

    /// <summary>Every datum cell.</summary>
    public IEnumerable<TableCell> DatumCells => Cells.Where(c => c.Datum is not null);

    /// <summary>Every label cell's text, in reading order.</summary>
    public IEnumerable<string> Labels => Cells.Where(c => c.Label is not null).Select(c => c.Label!);
}
