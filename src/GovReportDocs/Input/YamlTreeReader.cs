using System.Globalization;
using System.Text.RegularExpressions;
using GovReportDocs.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GovReportDocs.Input;

/// <summary>
/// Parses YAML to an <see cref="InputNode"/> tree from the parser's events; plain scalars are typed by the
/// YAML 1.2 core schema. Any parser failure, including the bare exceptions YamlDotNet throws on some
/// malformed flow collections, becomes a syntax error in Chinese at the position the parser reached. Aliases are
/// refused (an input file needs none, and expanding them multiplies memory), and nesting is bounded.
/// </summary>
internal static partial class YamlTreeReader
{
    public static InputNode? Read(string text)
    {
        var parser = new Parser(new StringReader(text));
        var reader = new EventReader(parser);
        try
        {
            reader.Expect<StreamStart>();
            if (reader.Accept<StreamEnd>())
            {
                return null;
            }

            reader.Expect<DocumentStart>();
            var root = reader.Accept<DocumentEnd>() ? null : ReadNode(reader, 0);
            reader.Expect<DocumentEnd>();
            if (!reader.Accept<StreamEnd>())
            {
                throw new InputSyntaxException(reader.Position, "YAML 语法错误：文件中只能有一个文档（发现多余的“---”）");
            }

            return root;
        }
        catch (InputSyntaxException)
        {
            throw;
        }
        catch (YamlException e)
        {
            throw new InputSyntaxException(ToMark(e.Start), $"YAML 语法错误：{YamlMessages.Explain(e)}");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            throw new InputSyntaxException(reader.Position, "YAML 语法错误：无法解析（请检查括号、引号是否成对）");
        }
    }

    private static InputNode ReadNode(EventReader reader, int depth)
    {
        var current = reader.Next();
        if (depth > Limits.MaxNestingDepth)
        {
            throw new InputSyntaxException(ToMark(current.Start), $"YAML 语法错误：嵌套超过{Limits.MaxNestingDepth}层");
        }

        switch (current)
        {
            case AnchorAlias alias:
                throw new InputSyntaxException(ToMark(alias.Start),
                    $"YAML 语法错误：输入文件中不能使用别名“*{alias.Value.Value}”，请直接写出内容");
            case Scalar scalar:
                return ConvertScalar(scalar);
            case SequenceStart start:
                var items = new List<InputNode>();
                while (!reader.Accept<SequenceEnd>())
                {
                    items.Add(ReadNode(reader, depth + 1));
                }

                reader.Next();
                return new SequenceNode(ToMark(start.Start), items);
            case MappingStart start:
                var entries = new List<MappingEntry>();
                while (!reader.Accept<MappingEnd>())
                {
                    var key = ReadNode(reader, depth + 1);
                    if (key is not ScalarNode keyScalar)
                    {
                        throw new InputSyntaxException(key.Start, "YAML 语法错误：键必须是文本");
                    }

                    entries.Add(new MappingEntry(keyScalar.Text, key.Start, ReadNode(reader, depth + 1)));
                }

                reader.Next();
                return new MappingNode(ToMark(start.Start), entries);
            default:
                throw new InputSyntaxException(ToMark(current.Start), "YAML 语法错误：此处应为值");
        }
    }

    private static ScalarNode ConvertScalar(Scalar scalar)
    {
        var text = scalar.Value;
        var mark = ToMark(scalar.Start);
        if (scalar.Style != ScalarStyle.Plain || (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific && scalar.Tag.Value == "tag:yaml.org,2002:str"))
        {
            return new ScalarNode(mark, text, ScalarKind.Text);
        }

        var kind = text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => ScalarKind.Null,
            "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => ScalarKind.Boolean,
            _ when NumberPattern().IsMatch(text) => ScalarKind.Number,
            _ => ScalarKind.Text,
        };
        return new ScalarNode(mark, text, kind);
    }

    private static Mark ToMark(YamlDotNet.Core.Mark mark) =>
        new((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    [GeneratedRegex(@"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    internal static bool TryParseDecimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>Walks parser events and remembers how far it got, for messages about what follows.</summary>
    private sealed class EventReader(IParser parser)
    {
        private ParsingEvent? _peeked;

        public Mark Position { get; private set; } = new(1, 1);

        public bool Accept<T>() where T : ParsingEvent => Peek() is T;

        public ParsingEvent Next()
        {
            var next = Peek();
            _peeked = null;
            return next;
        }

        public void Expect<T>() where T : ParsingEvent
        {
            if (Next() is not T)
            {
                throw new InputSyntaxException(Position, "YAML 语法错误：文件结构不完整");
            }
        }

        private ParsingEvent Peek()
        {
            if (_peeked is null)
            {
                if (!parser.MoveNext() || parser.Current is null)
                {
                    throw new InputSyntaxException(Position, "YAML 语法错误：文件意外结束");
                }

                _peeked = parser.Current;
                Position = ToMark(_peeked.Start);
            }

            return _peeked;
        }
    }
}
