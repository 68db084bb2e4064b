using System.CommandLine;

namespace GovReportDocs.Cli;

/// <summary>The `govreport` command line: parses, runs, and turns every failure into a message and an exit code.</summary>
internal static class GovReportCli
{
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("govreport：政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）的检查与生成工具")
        {
            ValidateCommand.Create(console),
            InitCommand.Create(console),
            SchemaCommand.Create(console),
            CheckCommand.Create(console),
            ImportCommand.Create(console),
            RenderCommand.Create(console),
        };

        try
        {
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    console.Error.WriteLine(error.Message);
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
            console.Error.WriteLine($"无法读写文件：{e.Message}");
            return ExitCodes.Unreadable;
        }
        catch (Exception e)
        {
            console.Error.WriteLine($"govreport 内部错误：{e.GetType().Name}：{e.Message}");
            console.Error.WriteLine("这是 govreport 的缺陷，请连同输入文件一并报告。");
            return ExitCodes.InternalError;
        }
    }
}
