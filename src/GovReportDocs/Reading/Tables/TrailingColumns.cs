namespace GovReportDocs.Reading.Tables;

/// <summary>
/// A block of rows whose first columns plain `pdftotext` prints with their labels and whose other columns it prints
/// after the last row: the label column and the first number column of a PDF table fall into one text block (a label,
/// then its first numbers), the remaining columns into blocks of their own. Those come out after the rows, either as
/// a column each (numbers on consecutive lines, `现行有效件数` / `0` / `440`, or apart under each column's header) or a
/// row at a time as single numbers apart (`0` / `0` / `132` / `470`), with the remaining columns' headers between them.
/// Single numbers apart read the same either way: a header between them says columns, none says rows. Read only when every row's label
/// stands in order with the same count of numbers after it and the numbers after the last row are exactly the cells
/// left, in one of those two shapes; anything else is not this shape.
/// </summary>
internal static class TrailingColumns
{
    /// <summary>
    /// The block's rows in column order, or null when its cells between <paramref name="from"/> and
    /// <paramref name="to"/> are not in this shape. <paramref name="headers"/>: the block's column headers, normalised.
    /// </summary>
    public static List<ReadItem[]>? Read(List<ReadItem> cells, int from, int to, IReadOnlyList<ReadableRow> rows, IReadOnlyList<ColumnHeader> headers)
    {
        var columns = rows[0].Data.Count;
        var labels = new List<int>();
        var cursor = from;
        foreach (var row in rows)
        {
            var at = row.Labels.Length == 0 ? -1
                : cells.FindIndex(cursor, to - cursor, c => !c.IsValue && row.Labels.Any(l => LabelMatch.Matches(c.Compared, l)));
            if (at < 0)
            {
                return null;
            }

            labels.Add(at);
            cursor = at + 1;
        }

        var leading = labels.Select(at => NumbersFrom(cells, at + 1, to)).ToList();
        var first = leading[0].Count;
        if (first == 0 || first >= columns || leading[^1].Count < first
            || Enumerable.Range(0, rows.Count - 1).Any(r => leading[r].Count != first || labels[r] + first + 1 != labels[r + 1]))
        {
            return null;
        }

        var trailing = Trailing(cells, labels[^1] + 1 + first, to, headers);
        var left = columns - first;
        if (trailing is null || trailing.Count != rows.Count * left
            || trailing.Select(i => cells[i].Source.Line).Distinct().Count() != trailing.Count)
        {
            return null;
        }

        var runs = Runs(cells, trailing);
        var underHeaders = UnderHeaders(cells, trailing);
        Func<int, int, int> cell;
        if (underHeaders.Count > 1)
        {
            // Headers between the numbers part them into columns: single numbers apart are then a column at a time.
            if (underHeaders.Count != left || underHeaders.Any(column => column.Count != rows.Count))
            {
                return null;
            }

            cell = (r, c) => underHeaders[c][r];
        }
        else if (runs.All(run => run.Count == 1))
        {
            cell = (r, c) => trailing[r * left + c];
        }
        else if (runs.Count == left && runs.All(run => run.Count == rows.Count))
        {
            cell = (r, c) => runs[c][r];
        }
        else
        {
            return null;
        }

        return [.. Enumerable.Range(0, rows.Count).Select(r =>
            leading[r].Take(first).Concat(Enumerable.Range(0, left).Select(c => cell(r, c))).Select(i => cells[i]).ToArray())];
    }

    /// <summary>The numbers right after <paramref name="at"/>, up to the first cell that is not one.</summary>
    private static List<int> NumbersFrom(List<ReadItem> cells, int at, int to)
    {
        var numbers = new List<int>();
        while (at < to && cells[at] is { HasNumber: true, IsBlank: false })
        {
            numbers.Add(at++);
        }

        return numbers;
    }

    /// <summary>
    /// The numbers from <paramref name="at"/> to the end of the block, the column headers between them skipped; null
    /// when anything else stands among them (a missing mark, another label) or a number follows it.
    /// </summary>
    private static List<int>? Trailing(List<ReadItem> cells, int at, int to, IReadOnlyList<ColumnHeader> headers)
    {
        var numbers = new List<int>();
        for (; at < to; at++)
        {
            if (cells[at] is { HasNumber: true, IsBlank: false })
            {
                numbers.Add(at);
            }
            else if (cells[at].IsValue || !headers.Any(h => LabelMatch.Matches(cells[at].Compared, h.Compared)))
            {
                break;
            }
        }

        return Enumerable.Range(at, to - at).Any(i => cells[i].IsValue) ? null : numbers;
    }

    /// <summary>The numbers parted by the header cells that stand between them (one group when none does).</summary>
    private static List<List<int>> UnderHeaders(List<ReadItem> cells, List<int> numbers)
    {
        var groups = new List<List<int>> { new() { numbers[0] } };
        for (var n = 1; n < numbers.Count; n++)
        {
            if (Enumerable.Range(numbers[n - 1] + 1, numbers[n] - numbers[n - 1] - 1).Any(i => !cells[i].IsValue))
            {
                groups.Add([]);
            }

            groups[^1].Add(numbers[n]);
        }

        return groups;
    }

    /// <summary>The numbers grouped by runs: next to each other among the cells and on consecutive lines.</summary>
    internal static List<List<int>> Runs(List<ReadItem> cells, List<int> numbers)
    {
        var runs = new List<List<int>>();
        foreach (var i in numbers)
        {
            if (runs.Count > 0 && runs[^1][^1] == i - 1 && cells[i - 1].Source.Line == cells[i].Source.Line - 1)
            {
                runs[^1].Add(i);
            }
            else
            {
                runs.Add([i]);
            }
        }

        return runs;
    }
}
