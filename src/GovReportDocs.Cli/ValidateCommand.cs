using System.CommandLine;

namespace GovReportDocs.Cli;

/// <summary>
/// `govreport validate FILE|DIR... [--json] [--templates DIR] [--root DIR]`: reads input files and reports everything
/// wrong in one pass — the file's own errors, each at its line and key, and the rules of the catalogue that apply to input files.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("files")
        {
            Description = $"输入文件（{FileForms.Input}）或包含它们的目录",
            HelpName = "输入文件",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = CommonOptions.Json();
        var templates = CommonOptions.Templates();
        var root = CommonOptions.Root();
        var command = new Command("validate",
            $"检查输入文件，一次列出全部问题：格式与键名，{RuleList.For(r => r.AppliesToInputFiles, "previousYear")}")
        {
            files, json, templates, root,
        };
        command.SetAction(parse => Run(console, parse.GetValue(files)!, parse.GetValue(json), parse.GetValue(templates), parse.GetValue(root)));
        return command;
    }

    private static int Run(CliConsole console, string[] arguments, bool json, string? templateDirectory, string? root)
    {
        if (CommonOptions.LoadTemplates(console, templateDirectory) is not { } templates)
        {
            return ExitCodes.Unreadable;
        }

        var (files, missing) = InputFiles.Expand(console, arguments, f => GovReport.InputFormatOf(f) is not null);

        if (files.Count == 0)
        {
            console.Error.WriteLine($"没有可检查的输入文件（{FileForms.Input}）");
            return ExitCodes.Unreadable;
        }

        var documents = BatchProgress.Run(console, files.Count, "检查输入文件",
            i => GovReport.Load(files[i], new ReportOptions { Templates = templates, Files = CliFiles.ResolverFor(files[i], root) }));
        if (json)
        {
            Findings.Json(console, "validate", documents);
        }
        else
        {
            foreach (var document in documents)
            {
                Findings.PrintEach(console, document);
                console.Out.WriteLine(Findings.Summary(document));
            }
        }

        return Findings.ExitCode(documents, missing.Count);
    }
}
