using System.Text;
using GovReportDocs.NationalFormat;
using GovReportDocs.Composition.Layout;

namespace GovReportDocs.Pdf.Writing;

/// <summary>
/// The logical structure (PDF/UA tags) as the layout's <see cref="StructureNode"/>s come, in drawing order: elements
/// under a Document element, each page's marked content numbered (MCID) and hung on its element, everything that
/// belongs to no node an artifact. Drawing order is reading order: an element closed is never opened again (that
/// would split it in two), which <see cref="Enter"/> refuses.
/// </summary>
internal sealed class StructureTree
{
    /// <summary>Document language: the report is in Chinese, as published in the mainland.</summary>
    public const string Language = "zh-CN";

    private static readonly string[] TagNames = Enum.GetNames<StructureTag>();

    private readonly Element _document = new(null, null);
    private readonly List<Element> _open = [];
    private readonly HashSet<StructureNode> _closed = [];
    private readonly List<List<Element>> _parentTree = [];
    private StringBuilder? _content;
    private Element? _marking;
    private bool _inArtifact;

    /// <summary>An element: its node (null for the Document), its parent, and its kids in order (elements or marked content).</summary>
    private sealed class Element(StructureNode? node, Element? parent)
    {
        public StructureNode? Node { get; } = node;

        public Element? Parent { get; } = parent;

        public List<object> Kids { get; } = [];

        public int Number { get; set; }

        public int? FirstPage { get; set; }
    }

    private readonly record struct Marked(int Page, int Mcid);

    /// <summary>Starts a page: its marked content goes into <paramref name="content"/>.</summary>
    public void BeginPage(StringBuilder content)
    {
        _content = content;
        _parentTree.Add([]);
    }

    /// <summary>What is drawn next belongs to <paramref name="node"/>: closes and opens elements and marked content as needed.</summary>
    public void Enter(StructureNode node)
    {
        EndArtifact();
        var path = node.Path();
        var shared = 0;
        while (shared < _open.Count && shared < path.Count && _open[shared].Node == path[shared])
        {
            shared++;
        }

        if (shared == path.Count && shared == _open.Count && _marking == _open[^1])
        {
            return;
        }

        EndMarkedContent();
        while (_open.Count > shared)
        {
            _closed.Add(_open[^1].Node!);
            _open.RemoveAt(_open.Count - 1);
        }

        for (var i = shared; i < path.Count; i++)
        {
            var opening = path[i];
            if (_closed.Contains(opening))
            {
                throw new InvalidOperationException($"结构元素 {opening.Tag} 被拆成两段：绘制顺序与阅读顺序不一致");
            }

            var parent = _open.Count > 0 ? _open[^1] : _document;
            var element = new Element(opening, parent);
            parent.Kids.Add(element);
            _open.Add(element);
        }
    }

    /// <summary>Text is about to be drawn for the element entered last: begins its marked content if it is not begun.</summary>
    public void Draw()
    {
        if (_inArtifact || _marking is not null || _open.Count == 0)
        {
            return;
        }

        var element = _open[^1];
        var page = _parentTree.Count - 1;
        var mcid = _parentTree[^1].Count;
        _parentTree[^1].Add(element);
        element.FirstPage ??= page;
        element.Kids.Add(new Marked(page, mcid));
        _content!.Append('/').Append(TagNames[(int)element.Node!.Tag]).Append("<</MCID ").Append(PdfSyntax.Integer(mcid)).Append(">>BDC\n");
        _marking = element;
    }

    /// <summary>What is drawn next is for the eye only: page numbers, borders, repeats, the bold pass.</summary>
    public void Artifact()
    {
        if (!_inArtifact)
        {
            EndMarkedContent();
            _content!.Append("/Artifact BMC\n");
            _inArtifact = true;
        }
    }

    /// <summary>Ends the artifact or marked content of the page.</summary>
    public void EndPage()
    {
        EndArtifact();
        EndMarkedContent();
    }

    /// <summary>Writes the elements, the parent tree and the root; returns the root's number.</summary>
    public int Write(PdfFile file, IReadOnlyList<int> pages)
    {
        var root = file.Reserve();
        Number(_document, file);
        var parentTree = file.Reserve();
        WriteElement(_document, file, root, pages);
        var nums = new StringBuilder("<</Nums[");
        for (var page = 0; page < _parentTree.Count; page++)
        {
            nums.Append(PdfSyntax.Integer(page)).Append('[')
                .AppendJoin(' ', _parentTree[page].Select(e => PdfSyntax.Reference(e.Number))).Append(']');
        }

        file.Write(parentTree, nums.Append("]>>").ToString());
        file.Write(root, $"<</Type/StructTreeRoot/K {PdfSyntax.Reference(_document.Number)}/ParentTree {PdfSyntax.Reference(parentTree)}" +
            $"/ParentTreeNextKey {PdfSyntax.Integer(_parentTree.Count)}>>");
        return root;
    }

    private static void Number(Element element, PdfFile file)
    {
        element.Number = file.Reserve();
        foreach (var kid in element.Kids.OfType<Element>())
        {
            Number(kid, file);
        }
    }

    private static void WriteElement(Element element, PdfFile file, int root, IReadOnlyList<int> pages)
    {
        var body = new StringBuilder("<</Type/StructElem/S/");
        var node = element.Node;
        body.Append(node is null ? "Document" : TagNames[(int)node.Tag]);
        body.Append("/P ").Append(PdfSyntax.Reference(element.Parent?.Number ?? root));
        if (node is not null && (node.RowSpan > 1 || node.ColumnSpan > 1 || node.Scope is not null))
        {
            body.Append("/A<</O/Table");
            if (node.RowSpan > 1)
            {
                body.Append("/RowSpan ").Append(PdfSyntax.Integer(node.RowSpan));
            }

            if (node.ColumnSpan > 1)
            {
                body.Append("/ColSpan ").Append(PdfSyntax.Integer(node.ColumnSpan));
            }

            if (node.Scope is { } scope)
            {
                body.Append("/Scope").Append(scope is HeaderScope.Row or HeaderScope.RowGroup ? "/Row" : "/Column");
            }

            body.Append(">>");
        }

        if (element.FirstPage is { } first)
        {
            body.Append("/Pg ").Append(PdfSyntax.Reference(pages[first]));
        }

        var kids = element.Kids.Select(kid => kid switch
        {
            Element child => PdfSyntax.Reference(child.Number),
            Marked marked when marked.Page == element.FirstPage => PdfSyntax.Integer(marked.Mcid),
            Marked marked => $"<</Type/MCR/Pg {PdfSyntax.Reference(pages[marked.Page])}/MCID {PdfSyntax.Integer(marked.Mcid)}>>",
            _ => "",
        }).ToList();
        if (kids.Count == 1)
        {
            body.Append("/K ").Append(kids[0]);
        }
        else if (kids.Count > 1)
        {
            body.Append("/K[").AppendJoin(' ', kids).Append(']');
        }

        file.Write(element.Number, body.Append(">>").ToString());
        foreach (var kid in element.Kids.OfType<Element>())
        {
            WriteElement(kid, file, root, pages);
        }
    }

    private void EndArtifact()
    {
        if (_inArtifact)
        {
            _content!.Append("EMC\n");
            _inArtifact = false;
        }
    }

    private void EndMarkedContent()
    {
        if (_marking is not null)
        {
            _content!.Append("EMC\n");
            _marking = null;
        }
    }
}
