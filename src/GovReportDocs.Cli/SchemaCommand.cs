using System.CommandLine;

namespace GovReportDocs.Cli;

/// <summary>`govreport schema [-o FILE]`: the JSON Schema of the input file, for editors.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string?>("--output", "-o") { Description = "写入的文件；不指定则输出到标准输出", HelpName = "文件" };
        var command = new Command("schema", "输出输入文件的 JSON Schema，供编辑器补全与检查键名") { output };
        command.SetAction(parse =>
        {
            var schema = GovReport.InputJsonSchema();
            if (parse.GetValue(output) is { } path)
            {
                AtomicFile.WriteText(path, schema);
            }
            else
            {
                console.Out.Write(schema);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
