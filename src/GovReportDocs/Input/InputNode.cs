namespace GovReportDocs.Input;

/// <summary>A 1-based position in an input file.</summary>
internal readonly record struct Mark(int Line, int Column);

/// <summary>
/// An input file parsed to a tree that remembers where each node stands, the same for YAML and JSON,
/// so that every message can name the file, line and column.
/// </summary>
internal abstract record InputNode(Mark Start)
{
    /// <summary>How a message names the node's kind: 对象, 列表, 文本, 数字…</summary>
    public abstract string KindName { get; }
}

internal sealed record MappingNode(Mark Start, IReadOnlyList<MappingEntry> Entries) : InputNode(Start)
{
    public override string KindName => "对象";
}

internal sealed record MappingEntry(string Key, Mark KeyMark, InputNode Value);

internal sealed record SequenceNode(Mark Start, IReadOnlyList<InputNode> Items) : InputNode(Start)
{
    public override string KindName => $"包含{Items.Count}项的列表";
}

/// <summary>What a scalar is before it meets the contract.</summary>
internal enum ScalarKind
{
    Null,
    Boolean,
    Number,
    Text,
}

internal sealed record ScalarNode(Mark Start, string Text, ScalarKind Kind) : InputNode(Start)
{
    public override string KindName => Kind switch
    {
        ScalarKind.Null => "空值",
        ScalarKind.Boolean => $"布尔值{Text}",
        ScalarKind.Number => $"数字{Text}",
        _ => $"文本“{Shorten(Text)}”",
    };

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
