using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace GovReportDocs.Cli;

/// <summary>
/// `--help` in Chinese: System.CommandLine's own help is English (its Chinese resources are incomplete and its
/// layout API is internal), so the help is written here from the same command tree.
/// </summary>
internal sealed class ChineseHelp(CliConsole console) : SynchronousCommandLineAction
{
    private const int Indent = 2;

    public static void Install(RootCommand root, CliConsole console)
    {
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Description = "显示帮助";
                    help.Action = new ChineseHelp(console);
                    break;
                case VersionOption version:
                    version.Description = "显示版本";
                    break;
            }
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        var output = console.Out;
        if (!string.IsNullOrEmpty(command.Description))
        {
            output.WriteLine(command.Description);
            output.WriteLine();
        }

        output.WriteLine("用法：");
        output.WriteLine($"{new string(' ', Indent)}{Usage(command)}");
        Section(output, "参数：", command.Arguments.Where(a => !a.Hidden).Select(a => ($"<{a.HelpName ?? a.Name}>", a.Description ?? "")));
        Section(output, "命令：", command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? "")));
        var options = command.Options.Concat(Ancestors(command).SelectMany(p => p.Options.Where(o => o.Recursive)));
        Section(output, "选项：", options.Where(o => !o.Hidden).Select(o => (Label(o), Describe(o))));
        return ExitCodes.Ok;
    }

    private static string Usage(Command command)
    {
        var names = Ancestors(command).Reverse().Append(command).Select(c => c is RootCommand ? "govreport" : c.Name);
        var arguments = command.Arguments.Where(a => !a.Hidden)
            .Select(a => a.Arity.MaximumNumberOfValues > 1 ? $"<{a.HelpName ?? a.Name}>..." : $"<{a.HelpName ?? a.Name}>");
        var tail = command.Subcommands.Count > 0 ? "<命令> [选项]" : "[选项]";
        return string.Join(' ', names.Concat(arguments).Append(tail));
    }

    private static IEnumerable<Command> Ancestors(Command command)
    {
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            yield return parent;
        }
    }

    private static string Label(Option option)
    {
        var names = option.Aliases.Append(option.Name).Where(a => a.StartsWith('-')).Distinct()
            .OrderBy(a => a.StartsWith("--", StringComparison.Ordinal)).ThenBy(a => a.Length);
        var value = option.Arity.MaximumNumberOfValues == 0 || option.ValueType == typeof(bool) ? "" : $" <{option.HelpName ?? "值"}>";
        return string.Join(", ", names) + value;
    }

    private static string Describe(Option option) =>
        option.Required ? $"{option.Description}（必填）"
        : option.HasDefaultValue && option.ValueType == typeof(string) && option.GetDefaultValue() is string { Length: > 0 } value
            ? $"{option.Description}（默认：{value}）"
            : option.Description ?? "";

    private static void Section(TextWriter output, string title, IEnumerable<(string Name, string Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(title);
        var width = list.Max(r => DisplayWidth(r.Name));
        foreach (var (name, description) in list)
        {
            output.WriteLine($"{new string(' ', Indent)}{name}{new string(' ', width - DisplayWidth(name) + 2)}{description}");
        }
    }

    /// <summary>Terminal columns: a CJK character takes two.</summary>
    private static int DisplayWidth(string text) => text.Sum(c => c >= 0x1100 ? 2 : 1);
}
