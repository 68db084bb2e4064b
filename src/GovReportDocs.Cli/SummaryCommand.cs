using System.CommandLine;

namespace GovReportDocs.Cli;

/// <summary>
/// `govreport summary DIR... -o OUT [--json]`: the reviewer's view of a region. Reads every input file and published
/// report in DIR and below (as `check` walks a folder: one read each, in parallel), and writes OUT/汇总.html (and
/// OUT/汇总.xlsx); prints the files that could not be read, or with --json the check envelope with the region added.
/// </summary>
internal static class SummaryCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = $"包含报告的目录（及其子目录），或报告文件：输入文件（{FileForms.Input}）和已发布的报告（{FileForms.Published}）",
            HelpName = "目录",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o") { Description = "输出目录：写出 汇总.html 和 汇总.xlsx", Required = true, HelpName = "目录" };
        var json = CommonOptions.Json();
        var command = new Command("summary", "汇总一个地区的全部年度报告：按机关、年度列出检查结果和主要数字，附图表、逐年对比和全区域表二、表三、表四合计")
        {
            paths, output, json,
        };
        command.SetAction(parse => Run(console, parse.GetValue(paths)!, parse.GetValue(output)!, parse.GetValue(json)));
        return command;
    }

    private static int Run(CliConsole console, string[] arguments, string outputDirectory, bool json)
    {
        var (files, missing) = InputFiles.Expand(console, arguments,
            f => !Path.GetFileName(f).StartsWith('.') && (GovReport.PublishedFormatOf(f) is not null || GovReport.InputFormatOf(f) is not null));
        if (files.Count == 0)
        {
            console.Error.WriteLine($"没有可汇总的报告（输入文件 {FileForms.Input}，或已发布的 {FileForms.Published}）");
            return ExitCodes.Unreadable;
        }

        var summary = GovReport.Summarize(files, CheckCommand.AcceptedBeside);
        AtomicFile.RemoveLeftovers(outputDirectory);
        var written = new List<string>();
        var html = Path.Combine(outputDirectory, RegionSummary.HtmlFileName);
        AtomicFile.Write(html, stream => stream.Write(summary.ToHtmlBytes()));
        written.Add(html);
        var xlsx = Path.Combine(outputDirectory, RegionSummary.XlsxFileName);
        AtomicFile.Write(xlsx, stream => stream.Write(summary.ToXlsx()));
        written.Add(xlsx);

        if (json)
        {
            console.Out.WriteLine(summary.ToJson(written));
        }
        else
        {
            foreach (var report in summary.Reports.Where(r => r.IsUnreadable))
            {
                Findings.PrintEach(console, report);
            }

            var reports = summary.Reports;
            var years = summary.Years.Count > 0 ? $"，{string.Join("、", summary.Years)}年度" : "";
            console.Out.WriteLine($"汇总{reports.Count}个文件：{summary.OfficeCount}个机关{years}；{reports.Count(r => r.HasErrors() && !r.IsUnreadable)}份有错误，{reports.Count(r => r.IsUnreadable)}份无法读取");
            foreach (var file in written)
            {
                console.Out.WriteLine($"已写出 {file}");
            }
        }

        return Findings.ExitCode(summary.Reports, missing.Count);
    }
}
