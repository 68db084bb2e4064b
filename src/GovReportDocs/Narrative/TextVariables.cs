using System.Globalization;
using System.Text;

namespace GovReportDocs.Narrative;

/// <summary>
/// Text written in an input file may quote the data as <c>{{applications.newlyReceived.total}}</c> — a variable
/// and nothing else: no block helpers, partials or raw output, so no text can loop, nest or run long. <c>\{{</c>
/// writes <c>{{</c> literally (what import writes for braces found in a published report).
/// </summary>
internal static class TextVariables
{
    /// <summary>Whether a text quotes any variable (or escapes braces), i.e. needs substituting.</summary>
    public static bool HasExpressions(string text) => text.Contains("{{", StringComparison.Ordinal);

    /// <summary>Writes the text with every variable replaced by its value.</summary>
    /// <exception cref="NarrativeException">An expression that is not a plain variable, or an unknown variable.</exception>
    public static string Substitute(string text, string source, IReadOnlyDictionary<string, object> data)
    {
        var output = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf("{{", i, StringComparison.Ordinal);
            if (open < 0)
            {
                output.Append(text, i, text.Length - i);
                break;
            }

            if (open > 0 && text[open - 1] == '\\')
            {
                output.Append(text, i, open - 1 - i).Append("{{");
                i = open + 2;
                continue;
            }

            output.Append(text, i, open - i);
            var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                throw new NarrativeException(source, LineOf(text, open), "“{{”没有对应的“}}”（如需写出“{{”本身，请写作“\\{{”）");
            }

            var path = text[(open + 2)..close].Trim();
            if (!IsVariablePath(path))
            {
                throw new NarrativeException(source, LineOf(text, open),
                    $"正文中只能引用变量，如“{{{{applications.newlyReceived.total}}}}”，不能使用“{{{{{Shorten(path)}}}}}”（块表达式、模板调用等只能写在模板文件中）");
            }

            output.Append(Format(Resolve(data, path) ?? throw new NarrativeException(source, LineOf(text, open), $"未知的变量“{path}”")));
            i = close + 2;
            try
            {
                Expansion.Check(output);
            }
            catch (ExpansionTooLargeException e)
            {
                throw new NarrativeException(source, LineOf(text, open), e.Message);
            }
        }

        return output.ToString();
    }

    private static bool IsVariablePath(string path) =>
        path.Length > 0 && path.Split('.').All(part => part.Length > 0 && char.IsAsciiLetter(part[0]) && part.All(char.IsAsciiLetterOrDigit));

    private static object? Resolve(IReadOnlyDictionary<string, object> data, string path)
    {
        object? current = data;
        foreach (var part in path.Split('.'))
        {
            current = current is IReadOnlyDictionary<string, object> map && map.TryGetValue(part, out var next) ? next : null;
        }

        // A path that stops at a group (applications.denied) names no value.
        return current is IReadOnlyDictionary<string, object> ? null : current;
    }

    private static string Format(object value) => value switch
    {
        string text => text,
        bool flag => flag ? "是" : "否",
        IEnumerable<string> items => string.Join("；", items),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
