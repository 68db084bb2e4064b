using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Normalization;

namespace GovReportDocs.Reading.Tables;

/// <summary>
/// Numbers printed apart from their labels, as plain `pdftotext` (and Ctrl+C from a PDF viewer) copies a table: one cell
/// per line, a text block per run of cells the PDF set one under the other. A row then comes out as single numbers
/// apart (blank lines between), but a stretch of rows whose cells stand close comes out column by column (a run of
/// numbers on consecutive lines is one column of those rows), and the labels land before, after or between the
/// numbers. When the walk by label leaves a block of a table (表二's 第二十条 groups, 表三, 表四) short, its numbers are
/// taken in printed order: the description knows the block's rows and columns, so the runs are unambiguous when
/// they fall into columns of equal length and their count is exactly the block's. Anything else is left as the walk
/// read it (the missing numbers are told), never guessed.
/// </summary>
internal static class DetachedValues
{
    private static readonly ApplicationRow[] OtherHandlingRows = [ApplicationRow.OtherOverdueCorrection, ApplicationRow.OtherOverdueFee, ApplicationRow.OtherOther];

    /// <summary>
    /// Reads the numbers of each block the walk left short; returns whether 表三's （六）其他处理 was printed as one row of
    /// zeros and so read into its three rows.
    /// </summary>
    public static bool Fill(TableDescription table, List<ReadItem> cells, Dictionary<Datum, decimal?> values, Dictionary<Datum, int> lines)
    {
        var otherHandlingAsOneRow = false;
        foreach (var (from, to, rows, headers) in Blocks(table, cells))
        {
            if (rows.SelectMany(r => r.Data).All(values.ContainsKey)
                || rows.Select(r => r.Data.Count).Distinct().Count() != 1)
            {
                continue;
            }

            // Labels that bound each row's first numbers settle the rows: single numbers apart with a row's label
            // between them are then two rows' cells, not one row's.
            var printed = TrailingColumns.Read(cells, from, to, rows, headers) ?? PrintedRows(cells, from, to, rows[0].Data.Count, headers);
            if (printed is null)
            {
                continue;
            }

            if (printed.Count == rows.Count)
            {
                for (var r = 0; r < rows.Count; r++)
                {
                    Assign(rows[r].Data, printed[r], values, lines);
                }
            }
            else if (table == ReportTables.Applications && printed.Count == rows.Count - (OtherHandlingRows.Length - 1)
                     && WithOtherHandlingAsOneRow(rows, printed, values, lines))
            {
                otherHandlingAsOneRow = true;
            }
        }

        return otherHandlingAsOneRow;
    }

    /// <summary>
    /// （六）其他处理 printed as one row (the 2019 shape many reports keep): its three rows are read as zeros when it is all
    /// zeros; with other numbers it cannot be shared out, and nothing of the block is read.
    /// </summary>
    private static bool WithOtherHandlingAsOneRow(IReadOnlyList<ReadableRow> rows, List<ReadItem[]> printed, Dictionary<Datum, decimal?> values, Dictionary<Datum, int> lines)
    {
        var at = rows.ToList().FindIndex(r => r.Data[0] is ApplicationDatum { Row: var row } && row == OtherHandlingRows[0]);
        if (at < 0 || printed[at].Any(v => v.Value != 0))
        {
            return false;
        }

        var printedRow = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            Assign(rows[r].Data, printed[printedRow], values, lines);
            if (r < at || r >= at + OtherHandlingRows.Length - 1)
            {
                printedRow++;
            }
        }

        return true;
    }

    private static void Assign(IReadOnlyList<Datum> data, ReadItem[] row, Dictionary<Datum, decimal?> values, Dictionary<Datum, int> lines)
    {
        for (var c = 0; c < data.Count; c++)
        {
            values[data[c]] = row[c].Value;
            lines[data[c]] = row[c].Source.Line;
        }
    }

    /// <summary>
    /// The rows the numbers between two cells make, each in column order, or null when they do not fall into whole
    /// blocks of columns. A run is the numbers on consecutive lines; a block is as many runs of one length as the row
    /// has columns: runs of one number are a row's cells in order (labels may stand between them), longer runs are
    /// the columns of as many rows and must follow one another with nothing but blank lines between.
    /// </summary>
    private static List<ReadItem[]>? PrintedRows(List<ReadItem> cells, int from, int to, int columns, IReadOnlyList<ColumnHeader> headers)
    {
        var numbers = Enumerable.Range(from, to - from).Where(i => cells[i] is { IsValue: true, IsBlank: false }).ToList();
        if (numbers.Count == 0 || numbers.Select(i => cells[i].Source.Line).Distinct().Count() != numbers.Count)
        {
            // Cells sharing a line are a row as printed (pdftotext -layout, pipes): not a copy this reads.
            return null;
        }

        var runs = TrailingColumns.Runs(cells, numbers);
        if (HeaderAfterItsColumn(cells, from, to, numbers, runs[0].Count, headers))
        {
            return null;
        }

        var rows = new List<ReadItem[]>();
        for (var first = 0; first < runs.Count; first += columns)
        {
            if (first + columns > runs.Count)
            {
                return null;
            }

            var block = runs.GetRange(first, columns);
            var length = block[0].Count;
            if (block.Any(run => run.Count != length)
                || (length > 1 && block.Zip(block.Skip(1)).Any(pair => pair.Second[0] != pair.First[^1] + 1)))
            {
                return null;
            }

            for (var r = 0; r < length; r++)
            {
                rows.Add([.. block.Select(run => cells[run[r]])]);
            }
        }

        return rows;
    }

    /// <summary>
    /// The blocks of a table with their stretch of cells: 表二's groups from one 第二十条 heading to the next, found by
    /// their labels (a group whose heading is not found is not delimited and is left alone); 表三 and 表四 whole.
    /// </summary>
    private static IEnumerable<(int From, int To, IReadOnlyList<ReadableRow> Rows, IReadOnlyList<ColumnHeader> Headers)> Blocks(TableDescription table, List<ReadItem> cells)
    {
        var readable = ReadableRow.Of(table);
        var headings = Enumerable.Range(0, table.RowCount)
            .Where(r => table.CellAt(r, 0) is { Label: not null } cell && cell.Row == r && cell.ColumnSpan == table.ColumnCount)
            .ToList();
        if (headings.Count == 0)
        {
            yield return (0, cells.Count, readable, Headers(table, -1, table.DataRows[0].Row));
            yield break;
        }

        var starts = new List<int>();
        var cursor = 0;
        foreach (var row in headings)
        {
            var heading = ChineseNormalizer.Normalize(table.CellAt(row, 0).Label!);
            var at = cells.FindIndex(cursor, c => !c.IsValue && LabelMatch.Matches(c.Compared, heading));
            starts.Add(at);
            cursor = at < 0 ? cursor : at + 1;
        }

        for (var h = 0; h < headings.Count; h++)
        {
            if (starts[h] < 0)
            {
                continue;
            }

            var end = starts.Skip(h + 1).FirstOrDefault(s => s >= 0, cells.Count);
            var lastRow = h + 1 < headings.Count ? headings[h + 1] : table.RowCount;
            var rows = table.DataRows.Select((row, i) => (row, i)).Where(x => x.row.Row > headings[h] && x.row.Row < lastRow)
                .Select(x => readable[x.i]).ToList();
            if (rows.Count > 0)
            {
                yield return (starts[h], end, rows, Headers(table, headings[h], table.DataRows.First(r => r.Row > headings[h]).Row));
            }
        }
    }

    /// <summary>The header cells between a block's heading row and its first row of numbers, each with its column of numbers.</summary>
    private static IReadOnlyList<ColumnHeader> Headers(TableDescription table, int heading, int firstDataRow)
    {
        var dataColumns = table.CellsStartingOn(firstDataRow).Where(c => c.Datum is not null).Select(c => c.Column).ToList();
        return [.. table.Cells.Where(c => c.Label is not null && c.Row > heading && c.Row < firstDataRow)
            .Select(c => new ColumnHeader(ChineseNormalizer.Normalize(c.Label!), dataColumns.FindIndex(d => d >= c.Column && d < c.Column + c.ColumnSpan)))];
    }

    /// <summary>
    /// Whether a column's header is printed after that column's first number as the printed order would read it
    /// (the first row a row of single numbers, or the first rows column by column): pdftotext then took the block's
    /// columns in another order than the one read (平潭海坛 2024 printed by Chromium: 商业企业 and 科研机构 after ten numbers).
    /// A header just before its column's first number, as 洪泽区's 总计 in 表四, fits; only a header's first print counts,
    /// as a table broken over pages prints its header row again on the next.
    /// </summary>
    private static bool HeaderAfterItsColumn(List<ReadItem> cells, int from, int to, List<int> numbers, int firstRunLength, IReadOnlyList<ColumnHeader> headers) =>
        headers.Where(h => h.Column >= 0).GroupBy(h => h.Compared).Any(same =>
            cells.FindIndex(from, to - from, c => !c.IsValue && c.Compared == same.Key) is var at && at >= 0
            && same.All(h => numbers.Count(n => n < at) > h.Column * firstRunLength));
}
