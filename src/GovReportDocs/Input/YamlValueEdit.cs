using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GovReportDocs.Input;

/// <summary>
/// Writes changed values into an existing YAML input file in place, so that what an office wrote around them — comments
/// such as <c># 联系人请勿改动</c>, blank lines, key order, quoting — stays. The new values come as a whole input file
/// written by <see cref="YamlInputWriter"/>; each value that differs replaces the old one's text, re-indented to where the
/// old one stood; a key the old file lacks is written in after the key before it. Anything the walk does not recognise
/// (an alias, a tag, a key missing from a <c>{…}</c> mapping) gives up, and the caller writes the whole file instead. The
/// caller must still read the result back and compare it to what it meant to save: this edits text, it does not prove
/// the text means the same.
/// </summary>
internal static class YamlValueEdit
{
    /// <summary>The original text with the rewritten file's values in place, or null when that cannot be done by values alone.</summary>
    public static string? Apply(string original, string rewritten)
    {
        if (Read(original) is not Mapping before || Read(rewritten) is not Mapping after)
        {
            return null;
        }

        var edits = new List<Edit>();
        if (!Compare(new Side(original, before, null), new Side(rewritten, after, null), edits))
        {
            return null;
        }

        var text = new System.Text.StringBuilder(original);
        // From the end, so each edit's position still holds; keys written in at one place go in the order they were added.
        foreach (var edit in edits.Select((e, i) => (e, i)).OrderByDescending(p => p.e.Start).ThenByDescending(p => p.i).Select(p => p.e))
        {
            text.Remove(edit.Start, edit.End - edit.Start).Insert(edit.Start, edit.Text);
        }

        return text.ToString();
    }

    /// <summary>The comments of a YAML text, each as written after its <c>#</c>: what writing the file anew would lose.</summary>
    public static HashSet<string> Comments(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var scanner = new Scanner(new StringReader(text), skipComments: false);
            while (scanner.MoveNext())
            {
                if (scanner.Current is YamlDotNet.Core.Tokens.Comment comment)
                {
                    found.Add(comment.Value.Trim());
                }
            }
        }
        catch (YamlException)
        {
            // The comments before the fault are all that can be named.
        }

        return found;
    }

    private abstract record Node(int Start, int End, int Line, int Column);

    private sealed record Scalar(int Start, int End, int Line, int Column, string Value, bool Plain) : Node(Start, End, Line, Column);

    private sealed record Sequence(int Start, int End, int Line, int Column, IReadOnlyList<Node> Items) : Node(Start, End, Line, Column);

    private sealed record Mapping(int Start, int End, int Line, int Column, IReadOnlyList<(Scalar Key, Node Value)> Entries) : Node(Start, End, Line, Column);

    /// <summary>A node in its file, with the key it stands under (null for a list item or the root).</summary>
    private sealed record Side(string Text, Node Node, Scalar? Key);

    private sealed record Edit(int Start, int End, string Text);

    private static bool Compare(Side before, Side after, List<Edit> edits)
    {
        switch (before.Node, after.Node)
        {
            case (Mapping old, Mapping @new):
                for (var i = 0; i < @new.Entries.Count; i++)
                {
                    var (key, value) = @new.Entries[i];
                    var match = old.Entries.FirstOrDefault(e => e.Key.Value == key.Value);
                    if (match.Key is not null)
                    {
                        if (!Compare(new Side(before.Text, match.Value, match.Key), new Side(after.Text, value, key), edits))
                        {
                            return false;
                        }
                    }
                    else if (value is not Scalar { Plain: true, Value: "null" } && !Insert(before.Text, old, after.Text, @new, i, edits))
                    {
                        // A key left out reads as null; any other value needs the key written in.
                        return false;
                    }
                }

                return true;
            case (Sequence old, Sequence @new) when old.Items.Count == @new.Items.Count:
                for (var i = 0; i < old.Items.Count; i++)
                {
                    if (!Compare(new Side(before.Text, old.Items[i], null), new Side(after.Text, @new.Items[i], null), edits))
                    {
                        return false;
                    }
                }

                return true;
            case (Scalar old, Scalar @new) when SameValue(old, @new):
                return true;
            default:
                return Replace(before, after, edits);
        }
    }

    /// <summary>Whether two scalars mean the same: the same text, and both plain (typed by YAML) or both quoted (text).</summary>
    private static bool SameValue(Scalar old, Scalar @new) => old.Value == @new.Value && old.Plain == @new.Plain;

    /// <summary>Replaces the old node's text with the new one's, re-indented from the new node's key to the old one's.</summary>
    private static bool Replace(Side before, Side after, List<Edit> edits)
    {
        var text = TrimmedText(after.Text, after.Node.Start, after.Node.End);
        var start = before.Node.Start;
        var end = TrimmedEnd(before.Text, start, before.Node.End);
        // Indentation is counted from the key a value stands under, or from a list item itself.
        var delta = (before.Key ?? before.Node).Column - (after.Key ?? after.Node).Column;
        if (Reindent(text, delta) is not { } moved)
        {
            return false;
        }

        text = moved;
        var newOnKeyLine = after.Key is null || after.Node.Line == after.Key.Line;
        var oldOnKeyLine = before.Key is null || before.Node.Line == before.Key.Line;
        if (newOnKeyLine && oldOnKeyLine)
        {
            edits.Add(new Edit(start, end, text));
            return true;
        }

        if (before.Key is null || after.Key is null || AfterColon(before.Text, before.Key) is not { } colon)
        {
            return false;
        }

        // A block (a list under its key) is written from the line after the key; a value on the key line after it.
        var replacement = newOnKeyLine ? " " + text : "\n" + new string(' ', after.Node.Column - 1 + delta) + text;
        edits.Add(new Edit(colon, end, replacement));
        return true;
    }

    /// <summary>
    /// Writes in a key the old mapping lacks, with its value, after the nearest key before it that the old mapping has
    /// (at the end of that line, after any comment) or before its first key, indented as the old mapping's keys are.
    /// </summary>
    private static bool Insert(string oldText, Mapping old, string newText, Mapping @new, int index, List<Edit> edits)
    {
        if (old.Entries.Count == 0 || oldText[old.Start] == '{')
        {
            return false;
        }

        var (key, value) = @new.Entries[index];
        var column = old.Entries[0].Key.Column;
        var entry = Reindent(newText[key.Start..TrimmedEnd(newText, key.Start, value.End)], column - key.Column);
        if (entry is null)
        {
            return false;
        }

        var previous = @new.Entries.Take(index).Reverse()
            .Select(e => old.Entries.FirstOrDefault(o => o.Key.Value == e.Key.Value))
            .FirstOrDefault(o => o.Key is not null);
        if (previous.Key is null)
        {
            var first = old.Entries[0].Key.Start;
            edits.Add(new Edit(first, first, entry + "\n" + new string(' ', column - 1)));
            return true;
        }

        var end = TrimmedEnd(oldText, previous.Value.Start, previous.Value.End);
        var lineEnd = oldText.IndexOf('\n', end);
        lineEnd = lineEnd < 0 ? oldText.Length : lineEnd > 0 && oldText[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
        edits.Add(new Edit(lineEnd, lineEnd, "\n" + new string(' ', column - 1) + entry));
        return true;
    }

    /// <summary>A node's text with every line after the first moved right (or left) by <paramref name="delta"/> columns; null when a line has too little indentation to move left.</summary>
    private static string? Reindent(string text, int delta)
    {
        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var indent = lines[i].Length - lines[i].TrimStart(' ').Length;
            if (indent + delta < 0)
            {
                return null;
            }

            lines[i] = new string(' ', indent + delta) + lines[i][indent..];
        }

        return string.Join('\n', lines);
    }

    /// <summary>The index just after the colon that follows a key, or null when no colon follows it.</summary>
    private static int? AfterColon(string text, Scalar key)
    {
        var colon = text.IndexOf(':', key.End);
        return colon < 0 ? null : colon + 1;
    }

    private static string TrimmedText(string text, int start, int end) => text[start..TrimmedEnd(text, start, end)];

    /// <summary>A node's end without the line breaks and spaces a block scalar or collection takes after it.</summary>
    private static int TrimmedEnd(string text, int start, int end)
    {
        end = Math.Min(end, text.Length);
        while (end > start && text[end - 1] is ' ' or '\n' or '\r' or '\t')
        {
            end--;
        }

        return end;
    }

    private static Node? Read(string text)
    {
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, 0);
            parser.Consume<DocumentEnd>();
            return parser.Accept<StreamEnd>(out _) ? root : null;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    private static Node? ReadNode(IParser parser, int depth)
    {
        if (depth > Model.Limits.MaxNestingDepth)
        {
            return null;
        }

        var current = parser.Current;
        parser.MoveNext();
        switch (current)
        {
            case YamlDotNet.Core.Events.Scalar scalar:
                return new Scalar(Index(scalar.Start), Index(scalar.End), Line(scalar.Start), Column(scalar.Start), scalar.Value,
                    scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty);
            case SequenceStart start:
                var items = new List<Node>();
                SequenceEnd? sequenceEnd;
                while (!parser.Accept<SequenceEnd>(out sequenceEnd))
                {
                    if (ReadNode(parser, depth + 1) is not { } item)
                    {
                        return null;
                    }

                    items.Add(item);
                }

                parser.MoveNext();
                return new Sequence(Index(start.Start), EndOf(start.Style == SequenceStyle.Flow, sequenceEnd, items),
                    Line(start.Start), Column(start.Start), items);
            case MappingStart start:
                var entries = new List<(Scalar, Node)>();
                MappingEnd? mappingEnd;
                while (!parser.Accept<MappingEnd>(out mappingEnd))
                {
                    if (ReadNode(parser, depth + 1) is not Scalar key || ReadNode(parser, depth + 1) is not { } value)
                    {
                        return null;
                    }

                    entries.Add((key, value));
                }

                parser.MoveNext();
                return new Mapping(Index(start.Start), EndOf(start.Style == MappingStyle.Flow, mappingEnd, [.. entries.Select(e => e.Item2)]),
                    Line(start.Start), Column(start.Start), entries);
            default:
                // An alias, a tag or anything else an input file does not use.
                return null;
        }
    }

    /// <summary>A flow collection ends at its bracket; a block one at its last value (its end event stands at the next key).</summary>
    private static int EndOf(bool flow, ParsingEvent end, IReadOnlyList<Node> children) =>
        // The end event of a flow collection may stand before its bracket rather than after it.
        flow || children.Count == 0 ? Math.Max(Index(end.End), Index(end.Start) + 1) : children[^1].End;

    private static int Index(YamlDotNet.Core.Mark mark) => checked((int)mark.Index);

    private static int Line(YamlDotNet.Core.Mark mark) => checked((int)mark.Line);

    private static int Column(YamlDotNet.Core.Mark mark) => checked((int)mark.Column);
}
