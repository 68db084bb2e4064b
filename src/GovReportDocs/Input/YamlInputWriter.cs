using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;

namespace GovReportDocs.Input;

/// <summary>
/// Writes a report as an input file in YAML, key order and (optionally) comments taken from the contract,
/// so what `init` and `import` write reads back to the same model.
/// </summary>
internal static partial class YamlInputWriter
{
    /// <summary>The report as YAML; with <paramref name="comments"/>, each key carries its Chinese description.</summary>
    /// <param name="report">The report.</param>
    /// <param name="comments">Each key with its Chinese description.</param>
    /// <param name="blank">Table numbers not filled in yet, written as null (a draft reads back with them blank).</param>
    /// <param name="blankFields">Key paths of numbers outside the tables not filled in yet (<see cref="BlankCells.Fields"/>), written as null.</param>
    public static string Write(AnnualReport report, bool comments = false, IEnumerable<Datum>? blank = null, IEnumerable<string>? blankFields = null)
    {
        var output = new StringBuilder();
        if (comments)
        {
            output.Append("# ").Append(InputContract.Root.Description)
                .Append("（格式见 docs/input.md；检查：govreport validate 本文件）\n");
        }

        var bound = ReportDisassembler.ToBound(report);
        foreach (var datum in blank ?? [])
        {
            var path = InputKeys.Of(datum);
            if (datum is ApplicationDatum a && a.Column != ApplicantColumn.Total
                && bound.AtPath(path) is (int[] or object?[]) and var row)
            {
                var cells = row as object?[] ?? [.. ((int[])row).Select(v => (object?)v)];
                cells[(int)a.Column] = null;
                bound.SetPath(path, cells);
            }
            else if (datum is not ApplicationDatum)
            {
                bound.SetPath(path, null);
            }
        }

        foreach (var path in blankFields ?? [])
        {
            bound.SetPath(path, null);
        }

        WriteObject(output, bound, InputContract.Root, 0, comments);
        return output.ToString();
    }

    private static void WriteObject(StringBuilder output, BoundObject values, ObjectShape shape, int indent, bool comments)
    {
        var pad = new string(' ', indent);
        foreach (var field in shape.Fields)
        {
            var value = values.AtPath(field.Key);
            if (field.Shape is ObjectShape nested && value is BoundObject child)
            {
                if (comments)
                {
                    output.Append(pad).Append("# ").Append(nested.Description).Append('\n');
                }

                output.Append(pad).Append(field.Key).Append(":\n");
                WriteObject(output, child, nested, indent + 2, comments);
                continue;
            }

            output.Append(pad).Append(field.Key).Append(':');
            var comment = comments ? field.Shape.Description : null;
            switch (value)
            {
                case string[] list when list.Length > 0:
                    Comment(output, comment);
                    foreach (var item in list)
                    {
                        output.Append(pad).Append("  - ").Append(Scalar(item)).Append('\n');
                    }

                    continue;
                case string text when text.Contains('\n'):
                    output.Append(" |-");
                    Comment(output, comment);
                    foreach (var line in text.Split('\n'))
                    {
                        output.Append(line.Length == 0 ? "" : pad + "  " + line).Append('\n');
                    }

                    continue;
                default:
                    output.Append(' ').Append(ScalarOf(value));
                    Comment(output, comment);
                    break;
            }
        }
    }

    private static void Comment(StringBuilder output, string? comment)
    {
        if (comment is not null)
        {
            output.Append("  # ").Append(comment);
        }

        output.Append('\n');
    }

    private static string ScalarOf(object? value) => value switch
    {
        null => "null",
        string[] => "[]",
        string text => Scalar(text),
        int number => number.ToString(CultureInfo.InvariantCulture),
        decimal amount => NumberText.Format(amount),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        int[] row => "[" + string.Join(", ", row) + "]",
        object?[] row => "[" + string.Join(", ", row.Select(ScalarOf)) + "]",
        _ => throw new InvalidOperationException($"cannot write {value.GetType().Name}"),
    };

    /// <summary>Plain when YAML reads it back as the same text, else double-quoted.</summary>
    private static string Scalar(string text) => NeedsQuotes(text) ? Quote(text) : text;

    private static bool NeedsQuotes(string text) =>
        text.Length == 0 || text != text.Trim() || UnsafeStart().IsMatch(text) || text.Contains(": ") || text.Contains(" #")
        || text.EndsWith(':') || text.Any(char.IsControl) || LooksTyped().IsMatch(text);

    private static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    [GeneratedRegex(@"^[-?:,\[\]{}#&*!|>'""%@`]")]
    private static partial Regex UnsafeStart();

    [GeneratedRegex(@"^([-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|no|on|off|Yes|No|On|Off|YES|NO|ON|OFF|\d{4}-\d\d-\d\d.*)$")]
    private static partial Regex LooksTyped();
}
