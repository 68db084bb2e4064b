using GovReportDocs.NationalFormat;

namespace GovReportDocs.Composition.Layout;

/// <summary>The structure types a report is tagged with (PDF 1.7 §14.8.4 standard structure types).</summary>
internal enum StructureTag
{
    H1,
    H2,
    H3,
    P,
    Table,
    TR,
    TH,
    TD,
}

/// <summary>
/// One element of the logical structure (H1, P, Table, TR, TH, TD…). The layout hangs what it draws on these in
/// reading order; what hangs on none (page numbers, borders, repeated header rows, the bold pass) is an artifact.
/// A node without a parent is a child of the document.
/// </summary>
internal sealed class StructureNode(StructureTag tag, StructureNode? parent = null)
{
    public StructureTag Tag { get; } = tag;

    public StructureNode? Parent { get; } = parent;

    /// <summary>Rows a table cell spans (1 for anything else).</summary>
    public int RowSpan { get; init; } = 1;

    /// <summary>Columns a table cell spans (1 for anything else).</summary>
    public int ColumnSpan { get; init; } = 1;

    /// <summary>What a header cell heads; null for anything else.</summary>
    public HeaderScope? Scope { get; init; }

    private StructureNode[]? _path;

    /// <summary>
    /// The nodes from the outermost down to this one. Asked for every text drawn, so made once: a node's parent never
    /// changes, and two threads racing to make it make the same array.
    /// </summary>
    public IReadOnlyList<StructureNode> Path()
    {
        if (_path is { } made)
        {
            return made;
        }

        var depth = 0;
        for (var node = this; node is not null; node = node.Parent)
        {
            depth++;
        }

        var path = new StructureNode[depth];
        for (var node = this; node is not null; node = node.Parent)
        {
            path[--depth] = node;
        }

        return _path = path;
    }

    /// <summary>The element of a heading level (1, 2 or 3).</summary>
    public static StructureTag HeadingTag(int level) => level switch
    {
        1 => StructureTag.H1,
        2 => StructureTag.H2,
        _ => StructureTag.H3,
    };
}
