namespace GovReportDocs.Reading.Tables.Template;

/// <summary>
/// The last five rows of the filled template's 表三 as plain `pdftotext` prints them. （六）1 and （六）2 are tall rows (their
/// labels wrap over three lines): each cell stands alone, 自然人 on a line of the label (`行政机关不再处理其政府信息公开 1`),
/// the other cells single numbers, and 总计, set at the top of its cell where the others are centred, before the
/// label or after the next block: its place is tried everywhere. The last three rows （六）3, （七）总计 and 四 come a
/// column at a time: 商业企业 to 其他, then 自然人, then 总计, or, when a line holds two numbers, 自然人 and 商业企业 a row
/// per line first; their 总计 may stand after the heading of part 四.
/// </summary>
internal static class TemplateTail
{
    private const int TallRows = 2;

    private const int LastRows = 3;

    /// <summary>The cells of the tall rows, one for each cell.</summary>
    private static readonly int TallCells = TallRows * TemplateBands.Columns;

    /// <summary>
    /// Each way the runs from <paramref name="next"/> on, with the single numbers <paramref name="skipped"/> before, can
    /// be the last five rows: the cells of each placement.
    /// </summary>
    public static List<List<((int Row, int Column) Cell, ReadItem Item)>> Placements(List<NumberRun> runs, int next, List<int> skipped)
    {
        var singles = skipped.Select(i => runs[i]).ToList();
        var columns = new List<IReadOnlyList<ReadItem>>();
        var acrossFirst = false;
        while (singles.Count < TallCells || columns.Count < TemplateBands.Columns)
        {
            if (next >= runs.Count)
            {
                return [];
            }

            var run = runs[next++];
            if (run.Count == 1)
            {
                singles.Add(run);
            }
            else if (run.Count == LastRows && !run.Across)
            {
                columns.Add(run.Items);
            }
            else if (run.Count == 2 * LastRows && run.Across && columns.Count == 0)
            {
                acrossFirst = true;
                columns.Add([.. run.Items.Where((_, i) => i % 2 == 0)]);
                columns.Add([.. run.Items.Where((_, i) => i % 2 == 1)]);
            }
            else
            {
                return [];
            }

            if (singles.Count > TallCells || columns.Count > TemplateBands.Columns)
            {
                return [];
            }
        }

        var first = TemplateBands.Rows + TallRows;
        var order = acrossFirst ? Enumerable.Range(0, TemplateBands.Columns).ToList() : [.. Enumerable.Range(1, TemplateBands.Total - 1), 0, TemplateBands.Total];
        var last = columns.SelectMany((column, i) => column.Select((item, r) => ((first + r, order[i]), item))).ToList();
        return TallRowPlacements(singles, last);
    }

    /// <summary>
    /// The tall rows' cells: the numbers on their labels' lines are their 自然人, in order; 总计 may be any other single
    /// number; the rest are their other cells in order, （六）1's first.
    /// </summary>
    private static List<List<((int Row, int Column) Cell, ReadItem Item)>> TallRowPlacements(List<NumberRun> singles, List<((int, int), ReadItem)> last)
    {
        var onLabel = Enumerable.Range(0, singles.Count).Where(i => singles[i].OnLabel).ToList();
        if (onLabel.Count != TallRows)
        {
            return [];
        }

        var rest = Enumerable.Range(0, singles.Count).Except(onLabel).ToList();
        var row = TemplateBands.Rows;
        var placements = new List<List<((int, int), ReadItem)>>();
        foreach (var firstTotal in rest)
        {
            foreach (var secondTotal in rest.Where(i => i != firstTotal))
            {
                var cells = new List<((int, int), ReadItem)>(last)
                {
                    ((row, 0), singles[onLabel[0]].Items[0]),
                    ((row + 1, 0), singles[onLabel[1]].Items[0]),
                    ((row, TemplateBands.Total), singles[firstTotal].Items[0]),
                    ((row + 1, TemplateBands.Total), singles[secondTotal].Items[0]),
                };
                var others = rest.Where(i => i != firstTotal && i != secondTotal).ToList();
                var perRow = TemplateBands.Total - 1;
                cells.AddRange(others.Select((i, k) => ((row + k / perRow, 1 + k % perRow), singles[i].Items[0])));
                placements.Add(cells);
            }
        }

        return placements;
    }
}
