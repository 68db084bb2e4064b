using GovReportDocs.NationalFormat;

namespace GovReportDocs.Composition;

/// <summary>
/// The one page-break policy of the fixed tables, which the .docx (as keep-with-next on rows that cannot split) and
/// the PDF layout (which places the breaks itself) both follow:
/// <list type="bullet">
/// <item>a table of a few rows breaks only between its blocks (表二's 第二十条 items, each with its own headings) or
/// not at all (表四); 表三 may break between any rows the rules below leave open;</item>
/// <item>no page starts inside the header or at the first body row (the header never stands alone);</item>
/// <item>a merged group of up to <see cref="PageLayout.KeptTogetherRows"/> rows stays on one page;</item>
/// <item>a longer merged label (三、本年度办理结果) may cross a page, but keeps with it the first rows its text
/// needs (its head); the table starts with the header and the rows above the first such label.</item>
/// </list>
/// How many rows a head is depends on measures only a renderer has: the layout measures it (with the PDF's embedded
/// faces, or without fonts for the .docx, which adds a margin for Word's), and gives that number; everything else is
/// decided here.
/// </summary>
internal static class TablePageBreaks
{
    /// <summary>Whether the table breaks only between its blocks (表二) or not at all (表四), rather than between rows.</summary>
    public static bool BreaksOnlyBetweenBlocks(TableDescription table) => table.RowCount <= PageLayout.KeptWholeTableRows;

    /// <summary>Whether a page may start at <paramref name="row"/> (the header repeated above it).</summary>
    public static bool MayStartPage(TableDescription table, int row) =>
        row > table.HeaderRowCount && row < table.RowCount &&
        (BreaksOnlyBetweenBlocks(table) ? table.StartsBlock(row) : !InsideGroup(table, row));

    /// <summary>
    /// The last row that goes with <paramref name="row"/> when it is placed: the rest of its block in a table broken
    /// only between blocks, else the end of the small merged group it opens, or the row itself.
    /// </summary>
    public static int KeptThrough(TableDescription table, int row) =>
        BreaksOnlyBetweenBlocks(table) ? table.BlockEnd(row) : GroupEnd(table, row);

    /// <summary>The merged labels long enough to cross a page (三、本年度办理结果), top to bottom.</summary>
    public static IEnumerable<TableCell> CrossingLabels(TableDescription table) =>
        table.Cells.Where(c => c.Row >= table.HeaderRowCount && c.RowSpan > PageLayout.KeptTogetherRows);

    /// <summary>
    /// The last row that must stand on the page the table starts on: its first block in a table broken only between
    /// blocks; else the header and the rows above the first crossing label (表三's 一、 and 二、, the applications
    /// received), at least one, with every small group opened there whole. The label itself then starts at that page
    /// foot when its head fits there, or whole on the next page, as real reports continue 表三: moving the heading,
    /// header and label's head over together left 10 of 22 lines blank (issue 24).
    /// </summary>
    public static int FirstPageThrough(TableDescription table)
    {
        if (BreaksOnlyBetweenBlocks(table))
        {
            return table.BlockEnd(0);
        }

        var firstBody = table.HeaderRowCount;
        var through = CrossingLabels(table).FirstOrDefault() is { } label ? Math.Max(firstBody, label.Row - 1) : firstBody;

        // A small group opened before there goes whole.
        for (var row = firstBody; row <= through; row++)
        {
            through = Math.Max(through, GroupEnd(table, row));
        }

        return through;
    }

    /// <summary>
    /// Whether <paramref name="row"/> must stay on the page of the next one (what the .docx writes as keep-with-next):
    /// inside a block, a small group, the rows the table starts with, the head of a crossing label, or inside a part of
    /// it that starts a page at one of <paramref name="pageStarts"/>. Such a part goes whole so that Word, when it has
    /// a little more room than the layout planned, still breaks where the label is printed again rather than below
    /// it, which would print the label twice on one page and not at all on the next; with less room it may still break
    /// earlier, above the part.
    /// </summary>
    public static bool KeepsWithNext(TableDescription table, int row, Func<TableCell, int> headRows, IReadOnlyCollection<int> pageStarts)
    {
        if (row >= table.RowCount - 1)
        {
            return false;
        }

        return !MayStartPage(table, row + 1)
            || row < FirstPageThrough(table)
            || CrossingLabels(table).Any(label => (row >= label.Row && row < HeadEnd(label, label.Row, headRows(label)))
                || PartStarts(label, pageStarts).Skip(1).Any(from => row >= from && row < PartEnd(label, from, pageStarts)));
    }

    /// <summary>The last row of the part of a crossing label that starts at <paramref name="from"/>: before the next page start in it, or its last.</summary>
    private static int PartEnd(TableCell label, int from, IEnumerable<int> pageStarts) =>
        PartStarts(label, pageStarts).Where(start => start > from).Select(start => start - 1).DefaultIfEmpty(label.LastRow).Min();

    /// <summary>
    /// The rows a crossing label's parts start at when the table starts pages at <paramref name="pageStarts"/>: its
    /// first row, and each page start inside it (where the label is printed again, as on the PDF's continuation page).
    /// </summary>
    public static IEnumerable<int> PartStarts(TableCell label, IEnumerable<int> pageStarts) =>
        pageStarts.Where(row => row > label.Row && row <= label.LastRow).Prepend(label.Row).Order();

    /// <summary>The last row of the head of <paramref name="rows"/> rows of a crossing label that starts at <paramref name="from"/>, within the label.</summary>
    private static int HeadEnd(TableCell label, int from, int rows) => Math.Min(label.LastRow, from + Math.Max(1, rows) - 1);

    /// <summary>The last row of the small merged group a row opens, or the row itself.</summary>
    private static int GroupEnd(TableDescription table, int row) =>
        Enumerable.Range(0, table.ColumnCount)
            .Select(column => table.CellAt(row, column))
            .Where(cell => cell.Row == row && cell.RowSpan is > 1 and <= PageLayout.KeptTogetherRows)
            .Select(cell => cell.LastRow)
            .DefaultIfEmpty(row)
            .Max();

    /// <summary>Whether a row is below the first row of a small merged group that covers it.</summary>
    private static bool InsideGroup(TableDescription table, int row) =>
        Enumerable.Range(0, table.ColumnCount)
            .Select(column => table.CellAt(row, column))
            .Any(cell => cell.Row < row && cell.RowSpan <= PageLayout.KeptTogetherRows);
}
