using GovReportDocs.Format;
using GovReportDocs.Pdf.Layout;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace GovReportDocs.Pdf;

/// <summary>
/// Opens and closes PDFsharp's structure elements as the layout's <see cref="StructureNode"/>s come, in drawing
/// order, and wraps everything that belongs to no node in an artifact. Drawing order is reading order: an element
/// closed is never opened again (that would split it in two), which <see cref="Enter"/> refuses.
/// </summary>
internal sealed class StructureWriter
{
    /// <summary>Document language: the report is in Chinese, as published in the mainland.</summary>
    public const string Language = "zh-CN";

    private static readonly string[] TagNames = Enum.GetNames<StructureTag>();

    private readonly StructureBuilder _builder;
    private readonly List<StructureNode> _open = [];
    private readonly HashSet<StructureNode> _closed = [];
    private bool _inArtifact;

    public StructureWriter(PdfDocument document)
    {
        var manager = UAManager.ForDocument(document);
        manager.SetDocumentLanguage(Language);
        _builder = manager.StructureBuilder;
    }

    /// <summary>What is drawn next belongs to <paramref name="node"/>.</summary>
    public void Enter(StructureNode node)
    {
        EndArtifact();
        var path = node.Path();
        var shared = 0;
        while (shared < _open.Count && shared < path.Count && _open[shared] == path[shared])
        {
            shared++;
        }

        while (_open.Count > shared)
        {
            Close();
        }

        foreach (var opening in path.Skip(shared))
        {
            if (_closed.Contains(opening))
            {
                throw new InvalidOperationException($"结构元素 {opening.Tag} 被拆成两段：绘制顺序与阅读顺序不一致");
            }

            Open(opening);
        }
    }

    /// <summary>What is drawn next is for the eye only: page numbers, borders, repeats.</summary>
    public void Artifact()
    {
        if (!_inArtifact)
        {
            _builder.BeginArtifact();
            _inArtifact = true;
        }
    }

    /// <summary>Ends the artifact and the marked content of the page, before its graphics go.</summary>
    public void EndPage()
    {
        EndArtifact();
        _builder.EndMarkedContentsWithId();
    }

    /// <summary>Closes every open element.</summary>
    public void Finish()
    {
        EndArtifact();
        while (_open.Count > 0)
        {
            Close();
        }
    }

    private void EndArtifact()
    {
        if (_inArtifact)
        {
            _builder.End();
            _inArtifact = false;
        }
    }

    private void Open(StructureNode node)
    {
        _builder.BeginBlockLevelElement(TagNames[(int)node.Tag]);
        if (node.RowSpan > 1)
        {
            _builder.SetRowSpan(node.RowSpan);
        }

        if (node.ColumnSpan > 1)
        {
            _builder.SetColSpan(node.ColumnSpan);
        }

        if (node.Scope is { } scope)
        {
            _builder.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope",
                scope is HeaderScope.Row or HeaderScope.RowGroup ? "/Row" : "/Column");
        }

        _open.Add(node);
    }

    private void Close()
    {
        _builder.End();
        _closed.Add(_open[^1]);
        _open.RemoveAt(_open.Count - 1);
    }
}
