using GovReportDocs.NationalFormat;

namespace GovReportDocs.Composition.Layout;

/// <summary>Something to draw on a page, in points from the top-left corner.</summary>
internal abstract record DrawOperation;

/// <summary>
/// Text with its baseline at (X, Baseline), its glyphs scaled horizontally by <paramref name="Scale"/>, part of the
/// structure element <paramref name="Node"/> (an artifact when null).
/// </summary>
internal sealed record DrawText(double X, double Baseline, string Text, FontRole Role, double Size, bool Bold = false, double Scale = 1,
    StructureNode? Node = null) : DrawOperation;

/// <summary>A structure element that draws nothing here (an empty table cell): it still takes its place in the tree.</summary>
internal sealed record MarkStructure(StructureNode Node) : DrawOperation;

/// <summary>A stroked rectangle (table cell border).</summary>
internal sealed record DrawBox(double X, double Y, double Width, double Height) : DrawOperation;

/// <summary>A bookmark to a part title.</summary>
internal sealed record Bookmark(string Title, int Page, double Y);

/// <summary>The laid-out document: pages of drawing operations, and bookmarks. Measuring happened; nothing is drawn yet.</summary>
internal sealed class PageCanvas
{
    private readonly List<List<DrawOperation>> _pages = [[]];
    private readonly List<Bookmark> _bookmarks = [];
    private readonly Dictionary<TableBlock, IReadOnlyList<int>> _tableBreaks = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<TableBlock, IReadOnlyDictionary<TableCell, int>> _labelHeads = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<IReadOnlyList<DrawOperation>> Pages => _pages;

    public IReadOnlyList<Bookmark> Bookmarks => _bookmarks;

    public int PageIndex => _pages.Count - 1;

    /// <summary>
    /// For each table placed, the rows that start a page of it below the repeated header (none when it stands on
    /// one page): where the .docx restarts a merged label so that Word prints it on that page too.
    /// </summary>
    public IReadOnlyDictionary<TableBlock, IReadOnlyList<int>> TableBreaks => _tableBreaks;

    /// <summary>
    /// For each table placed, the rows each crossing label (三、本年度办理结果) needs from its first to hold its text, as
    /// measured: the head the .docx keeps together so that Word does not cut the label short.
    /// </summary>
    public IReadOnlyDictionary<TableBlock, IReadOnlyDictionary<TableCell, int>> LabelHeads => _labelHeads;

    public void Add(DrawOperation operation) => _pages[^1].Add(operation);

    /// <summary>Adds to a given page, creating pages up to it.</summary>
    public void AddTo(int page, DrawOperation operation)
    {
        while (_pages.Count <= page)
        {
            NewPage();
        }

        _pages[page].Add(operation);
    }

    public void NewPage() => _pages.Add([]);

    public void MarkTableBreaks(TableBlock table, IReadOnlyList<int> rows) => _tableBreaks[table] = rows;

    public void MarkLabelHeads(TableBlock table, IReadOnlyDictionary<TableCell, int> heads) => _labelHeads[table] = heads;

    public void Mark(string title, double y) => _bookmarks.Add(new Bookmark(title, PageIndex, y));
}
