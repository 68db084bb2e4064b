using System.CommandLine;
using System.Text;
using GovReportDocs.Diagnostics;
using GovReportDocs.Format;
using GovReportDocs.Input;
using GovReportDocs.Reading;

namespace GovReportDocs.Cli;

/// <summary>`govreport import REPORT -o input.yaml`: turns a published report into an input file of the data contract.</summary>
internal static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var report = new Argument<string>("report") { Description = "已发布的报告（.txt、.html、.docx、.pdf）" };
        var output = new Option<string>("--output", "-o") { Description = "写入的输入文件（.yaml）", Required = true };
        var force = new Option<bool>("--force") { Description = "覆盖已存在的文件" };
        var command = new Command("import", "把已发布的报告转换为输入文件（YAML），表格缺失的数字按0写入并逐一提示")
        {
            report, output, force,
        };
        command.SetAction(parse => Run(console, parse.GetValue(report)!, parse.GetValue(output)!, parse.GetValue(force)));
        return command;
    }

    private static int Run(CliConsole console, string path, string output, bool force)
    {
        PublishedReport published;
        try
        {
            published = PublishedReportReader.Read(path);
        }
        catch (ReportReadException e)
        {
            console.Error.WriteLine(e.ToString());
            return ExitCodes.Unreadable;
        }

        if (File.Exists(output) && !force)
        {
            console.Error.WriteLine($"{output}：文件已存在；如需覆盖请加 --force");
            return ExitCodes.Unreadable;
        }

        var missing = StatisticsSheet.AllData.Where(d => published.Sheet[d] is null && published.TablesFound.Any(t => t.Name == d.Table)).ToList();
        foreach (var datum in missing)
        {
            console.Error.WriteLine($"警告 {datum.Describe()}在原报告中缺失，已按0写入，请核对");
        }

        foreach (var table in ReportTables.All.Where(t => !published.TablesFound.Contains(t)))
        {
            console.Error.WriteLine($"警告 原报告中没有{table.Name}，已按全部为0写入，请核对");
        }

        AtomicFile.WriteText(output, YamlInputWriter.Write(published.Report, comments: true) + OriginalText(published));
        console.Error.WriteLine($"已写入 {output}（{published.Report.Title}）：运行 govreport validate {output} 检查");
        return ExitCodes.Ok;
    }

    /// <summary>Parts 五 and 六 as published, as comments: the contract has no free text for them.</summary>
    private static string OriginalText(PublishedReport published)
    {
        var text = new StringBuilder();
        foreach (var (number, name) in new[] { (5, PartTitles.Problems), (6, PartTitles.OtherMatters) })
        {
            if (published.PartTexts.TryGetValue(number, out var part))
            {
                text.Append("\n# 原报告“").Append(name).Append("”（供参考）：\n");
                foreach (var line in part.Split('\n'))
                {
                    text.Append("#   ").Append(line).Append('\n');
                }
            }
        }

        return text.ToString();
    }
}
