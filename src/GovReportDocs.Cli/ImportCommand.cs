using System.CommandLine;
using GovReportDocs.Files;

namespace GovReportDocs.Cli;

/// <summary>`govreport import REPORT -o input.yaml`: turns a published report into an input file of the data contract.</summary>
internal static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var report = new Argument<string>("report") { Description = $"已发布的报告（{FileForms.Published}）", HelpName = "报告" };
        var output = new Option<string>("--output", "-o") { Description = "写入的输入文件（.yaml）", Required = true, HelpName = "文件" };
        var force = new Option<bool>("--force") { Description = "覆盖已存在的文件" };
        var command = new Command("import", "把已发布的报告转换为输入文件（YAML），表格缺失的数字按0写入并提示（整表、整行、整列或表格中断处各提示一次）")
        {
            report, output, force,
        };
        command.SetAction(parse => Run(console, parse.GetValue(report)!, parse.GetValue(output)!, parse.GetValue(force)));
        return command;
    }

    private static int Run(CliConsole console, string path, string output, bool force)
    {
        if (File.Exists(output) && !force)
        {
            console.Error.WriteLine($"{output}：文件已存在；如需覆盖请加 --force");
            return ExitCodes.Unreadable;
        }

        ImportedReport imported;
        try
        {
            imported = GovReport.Import(GovReport.ReadPublished(path));
        }
        catch (ReportReadException e)
        {
            console.Error.WriteLine(e.ToString());
            return ExitCodes.Unreadable;
        }

        foreach (var note in imported.Notes)
        {
            console.Error.WriteLine(note);
        }

        AtomicFile.WriteText(output, GovReport.ToInputYaml(imported.Report) + imported.Appendix);
        console.Error.WriteLine(imported.Report.Year > 0
            ? $"已写入 {output}（{imported.Report.Title}）：运行 govreport validate {output} 检查"
            : $"已写入 {output}：原报告的报告年度未能读出，请填写 year 后运行 govreport validate {output} 检查");
        return ExitCodes.Ok;
    }
}
