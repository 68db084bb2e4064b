using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovReportDocs.Input;

/// <summary>Parses YAML to an <see cref="InputNode"/> tree; plain scalars are typed by the YAML 1.2 core schema.</summary>
internal static partial class YamlTreeReader
{
    public static InputNode? Read(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new InputSyntaxException(ToMark(e.Start), $"YAML 语法错误：{Explain(e)}");
        }

        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    private static InputNode Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new MappingNode(ToMark(node.Start), mapping.Children
            .Select(pair => new MappingEntry(KeyText(pair.Key), ToMark(pair.Key.Start), Convert(pair.Value)))
            .ToList()),
        YamlSequenceNode sequence => new SequenceNode(ToMark(node.Start), sequence.Children.Select(Convert).ToList()),
        YamlScalarNode scalar => ConvertScalar(scalar),
        _ => throw new InputSyntaxException(ToMark(node.Start), "YAML 语法错误：不支持的节点"),
    };

    private static string KeyText(YamlNode key) => key is YamlScalarNode scalar
        ? scalar.Value ?? ""
        : throw new InputSyntaxException(ToMark(key.Start), "YAML 语法错误：键必须是文本");

    private static ScalarNode ConvertScalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
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

    private static string Explain(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var detail = Regex.Replace(message, @"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", "");
        return detail.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) ? $"重复的键（{detail}）" : detail;
    }

    private static Mark ToMark(YamlDotNet.Core.Mark mark) =>
        new((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    [GeneratedRegex(@"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    internal static bool TryParseDecimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
