using System.Text.RegularExpressions;

namespace GovReportDocs.Cli;

/// <summary>System.CommandLine's parse errors, which it writes in English, said in Chinese.</summary>
internal static partial class ParseErrors
{
    private static readonly (Regex Pattern, string Chinese)[] Translations =
    [
        (Required(), "缺少必填的选项 $1"),
        (MissingArgument(), "命令 $1 缺少参数（govreport $1 --help 查看用法）"),
        (Unrecognized(), "无法识别的命令或参数“$1”（govreport --help 查看用法）"),
        (CannotParse(), "选项 $2 的值“$1”无效"),
        (NotOneOf(), ""),
        (NoCommand(), "请指定命令（govreport --help 查看可用的命令）"),
        (SingleValue(), "选项 $1 只能指定一个值"),
    ];

    public static string Translate(string message)
    {
        foreach (var (pattern, chinese) in Translations)
        {
            var match = pattern.Match(message);
            if (match.Success)
            {
                return pattern == NotOneOf()
                    ? $"值“{match.Groups[1].Value}”无效，可选：{string.Join("、", Quoted().Matches(match.Groups[2].Value).Select(m => m.Groups[1].Value))}"
                    : match.Result(chinese);
            }
        }

        return $"参数有误：{message}";
    }

    [GeneratedRegex(@"^Option '(.+)' is required\.")]
    private static partial Regex Required();

    [GeneratedRegex(@"^Required argument missing for command: '(.+)'\.")]
    private static partial Regex MissingArgument();

    [GeneratedRegex(@"^Unrecognized command or argument '(.+)'\.")]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Cannot parse argument '(.*)' for (?:option|command) '(.+)' as expected type")]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Argument '(.*)' not recognized\. Must be one of:\s*((?:\n\t'.+')+)", RegexOptions.Singleline)]
    private static partial Regex NotOneOf();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^Required command was not provided\.")]
    private static partial Regex NoCommand();

    [GeneratedRegex(@"^Option '(.+)' expects a single argument")]
    private static partial Regex SingleValue();
}
