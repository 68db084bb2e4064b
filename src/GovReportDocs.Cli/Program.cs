using System.CommandLine;
using System.Text;
using GovReportDocs.Cli;

Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("govreport：政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）的检查与生成工具")
{
    ValidateCommand.Create(),
    InitCommand.Create(),
    SchemaCommand.Create(),
};

try
{
    var parse = root.Parse(args);
    if (parse.Errors.Count > 0)
    {
        foreach (var error in parse.Errors)
        {
            Console.Error.WriteLine(error.Message);
        }

        Console.Error.WriteLine("用法：govreport --help");
        return ExitCodes.Unreadable;
    }

    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"无法写入文件：{e.Message}");
    return ExitCodes.Unreadable;
}
catch (Exception e)
{
    Console.Error.WriteLine($"govreport 内部错误：{e.GetType().Name}：{e.Message}");
    Console.Error.WriteLine("这是 govreport 的缺陷，请连同输入文件一并报告。");
    return ExitCodes.InternalError;
}
