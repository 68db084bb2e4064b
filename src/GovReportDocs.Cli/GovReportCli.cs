using System.CommandLine;

namespace GovReportDocs.Cli;

/// <summary>The `govreport` command line: parses, runs, and turns every failure into a Chinese message and an exit code.</summary>
internal static class GovReportCli
{
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("govreport：政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）的检查与生成工具")
        {
            ValidateCommand.Create(console),
            RenderCommand.Create(console),
            InitCommand.Create(console),
            CheckCommand.Create(console),
            SummaryCommand.Create(console),
            ImportCommand.Create(console),
            SchemaCommand.Create(console),
            ServeCommand.Create(console),
            LedgerCommand.Create(console),
        };
        ChineseHelp.Install(root, console);

        try
        {
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0 && parse.Action is not ChineseHelp)
            {
                foreach (var message in parse.Errors.Select(e => ParseErrors.Translate(e.Message)).Distinct())
                {
                    console.Error.WriteLine(message);
                }

                console.Error.WriteLine("用法：govreport --help");
                return ExitCodes.Unreadable;
            }

            return parse.Invoke(new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,
                Output = console.Out,
                Error = console.Error,
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"无法读写文件：{CliFiles.Describe(e)}");
            return ExitCodes.Unreadable;
        }
        catch (Exception e)
        {
            console.Error.WriteLine($"govreport 内部错误（{e.GetType().Name}）。这是 govreport 的缺陷，请连同输入文件一并报告。");
            return ExitCodes.InternalError;
        }
    }
}
