using System.Text;
using System.Text.Json;
using GovReportDocs.Model;

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
            MaxDepth = Limits.MaxNestingDepth,
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
        catch (InvalidOperationException)
        {
            // Utf8JsonReader.GetString: an escape such as \ud800 that is half of a character.
            throw new InputSyntaxException(lines.MarkOf(reader.TokenStartIndex), "JSON 语法错误：文字中有无效的 Unicode 转义（如单独的 \\ud800）");
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

    private static readonly (string Fragment, string Meaning)[] Meanings =
    [
        ("maximum configured depth", $"嵌套超过{Limits.MaxNestingDepth}层"),
        ("invalid within a JSON string", "文字中不能直接换行或含有控制字符（换行请写作 \\n）"),
        ("is an invalid escapable character", "文字中有无效的反斜杠转义"),
        ("Expected end of string", "文字没有结束：缺少右双引号"),
        ("is invalid after a property name", "键的后面应为冒号“:”"),
        ("is invalid after a value", "值的后面缺少逗号“,”，或有多余的字符"),
        ("is an invalid start of a property name", "键必须用双引号括起来"),
        ("is an invalid start of a value", "此处不是有效的值（文字须用双引号括起来）"),
        ("Expected depth to be zero", "括号没有闭合"),
        ("The input does not contain any JSON tokens", "文件中没有内容"),
        ("end of data", "文件意外结束：括号或引号没有闭合"),
    ];

    private static string Explain(string message)
    {
        foreach (var (fragment, meaning) in Meanings)
        {
            if (message.Contains(fragment, StringComparison.Ordinal))
            {
                return meaning;
            }
        }

        return "无法解析（请检查括号、引号和逗号）";
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
