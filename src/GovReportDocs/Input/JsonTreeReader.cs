using System.Text;
using System.Text.Json;

namespace GovReportDocs.Input;

/// <summary>Parses JSON to an <see cref="InputNode"/> tree, tracking line and column of every token.</summary>
internal static class JsonTreeReader
{
    public static InputNode? Read(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lines = new LineIndex(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        try
        {
            if (!reader.Read())
            {
                return null;
            }

            var root = ReadValue(ref reader, lines);
            if (reader.Read())
            {
                throw new InputSyntaxException(lines.MarkOf(reader.TokenStartIndex), "JSON 语法错误：根值之后还有多余内容");
            }

            return root;
        }
        catch (JsonException e)
        {
            var mark = new Mark((int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            throw new InputSyntaxException(mark, $"JSON 语法错误：{Explain(e.Message)}");
        }
    }

    private static InputNode ReadValue(ref Utf8JsonReader reader, LineIndex lines)
    {
        var mark = lines.MarkOf(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var entries = new List<MappingEntry>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var keyMark = lines.MarkOf(reader.TokenStartIndex);
                    var key = reader.GetString()!;
                    reader.Read();
                    entries.Add(new MappingEntry(key, keyMark, ReadValue(ref reader, lines)));
                }

                return new MappingNode(mark, entries);
            case JsonTokenType.StartArray:
                var items = new List<InputNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lines));
                }

                return new SequenceNode(mark, items);
            case JsonTokenType.String:
                return new ScalarNode(mark, reader.GetString()!, ScalarKind.Text);
            case JsonTokenType.Number:
                return new ScalarNode(mark, Encoding.UTF8.GetString(reader.ValueSpan), ScalarKind.Number);
            case JsonTokenType.True:
                return new ScalarNode(mark, "true", ScalarKind.Boolean);
            case JsonTokenType.False:
                return new ScalarNode(mark, "false", ScalarKind.Boolean);
            default:
                return new ScalarNode(mark, "", ScalarKind.Null);
        }
    }

    private static string Explain(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    /// <summary>Turns byte offsets into 1-based line and character column.</summary>
    private sealed class LineIndex
    {
        private readonly byte[] _bytes;
        private readonly List<int> _lineStarts = [0];

        public LineIndex(byte[] bytes)
        {
            _bytes = bytes;
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        public Mark MarkOf(long offset)
        {
            var index = _lineStarts.BinarySearch((int)offset);
            var line = index >= 0 ? index : ~index - 1;
            var start = _lineStarts[line];
            var column = Encoding.UTF8.GetCharCount(_bytes, start, (int)offset - start) + 1;
            return new Mark(line + 1, column);
        }
    }
}
