using System.CommandLine;
using GovReportDocs.Files;
using GovReportDocs.NationalFormat;
using GovReportDocs.Input;
using GovReportDocs.Model;

namespace GovReportDocs.Cli;

/// <summary>`govreport init [-o FILE]`: writes a commented input file to fill in, its table numbers blank until filled.</summary>
internal static class InitCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string?>("--output", "-o") { Description = "写入的文件；不指定则输出到标准输出", HelpName = "文件" };
        var agency = new Option<string>("--agency") { Description = "机关全称", DefaultValueFactory = _ => "某某县某某局", HelpName = "机关全称" };
        var year = new Option<int?>("--year") { Description = "报告年度；默认为正在编写年报的年度", HelpName = "年度" };
        var kind = new Option<string>("--kind")
        {
            Description = "机关类型：government（人民政府）、department（部门）或 township（乡镇、街道）",
            DefaultValueFactory = _ => "department",
            HelpName = "类型",
        };
        kind.AcceptOnlyFromAmong("government", "department", "township");
        var force = new Option<bool>("--force") { Description = "覆盖已存在的文件" };
        var zeros = new Option<bool>("--zeros")
        {
            Description = "表二、表三、表四各数填0（本年确实没有这些事项时）；默认留空待填，validate 以 R1 列出未填的格",
        };
        var from = new Option<string?>("--from")
        {
            Description = "上年度的报告（已发布的报告或输入文件）：年度加一，上年结转与现行有效件数从上年带入",
            HelpName = "文件",
        };
        var command = new Command("init", "生成带注释的输入文件模板（YAML），填好后用 validate 检查、render 生成报告")
        {
            output, agency, year, kind, force, from, zeros,
        };
        command.SetAction(parse => parse.GetValue(from) is { } source
            ? RunFrom(console, source, parse.GetValue(output), parse.GetValue(force), parse.GetValue(zeros))
            : Run(
                console,
                parse.GetValue(output), parse.GetValue(agency)!, parse.GetValue(year) ?? DefaultYear(DateTime.Today),
                parse.GetValue(kind)!, parse.GetValue(force), parse.GetValue(zeros)));
        return command;
    }

    /// <summary>Starts next year's input from last year's report: the numbers that carry over, the rest blank to fill in.</summary>
    private static int RunFrom(CliConsole console, string source, string? output, bool force, bool zeros)
    {
        PreviousYear previous;
        try
        {
            previous = GovReport.LoadPreviousYear(source);
        }
        catch (ReportReadException e)
        {
            console.Error.WriteLine(e.ToString());
            return ExitCodes.Unreadable;
        }

        if (previous.Report.Year <= 0)
        {
            console.Error.WriteLine($"{source}：未能读出报告年度，无法确定下一年度；请先用 govreport import 导入，填写 year 后再以它为上年报告");
            return ExitCodes.Unreadable;
        }

        var relative = output is null ? source : Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(output))!, Path.GetFullPath(source));
        var report = GovReport.NextYear(previous.Report) with { PreviousYear = relative.Replace('\\', '/') };
        return Write(console, Yaml(report, zeros ? [] : BlankCells.NotCarried), output, force);
    }

    /// <summary>
    /// The input file with the given table numbers blank, as the web editor starts one: a 0 nobody typed would pass every
    /// check, a blank is listed by R1 until someone fills it.
    /// </summary>
    private static string Yaml(AnnualReport report, IReadOnlyList<Datum> blank) =>
        YamlInputWriter.Write(report, comments: true, blank, blank.Count == 0 ? [] : BlankCells.Fields);

    /// <summary>Reports are written from autumn to the end of January for the year that is closing or just closed.</summary>
    internal static int DefaultYear(DateTime today) => today.Month >= 7 ? today.Year : today.Year - 1;

    private static int Run(CliConsole console, string? output, string agency, int year, string kind, bool force, bool zeros)
    {
        if (!ReportYears.Contains(year))
        {
            console.Error.WriteLine($"--year 应为2008年以后的四位年份，实际为{year}");
            return ExitCodes.Unreadable;
        }

        var report = AnnualReport.Empty(agency, year, kind switch
        {
            "government" => AgencyKind.Government,
            "township" => AgencyKind.Township,
            _ => AgencyKind.Department,
        });
        return Write(console, Yaml(report, zeros ? [] : BlankCells.Entered), output, force);
    }

    private static int Write(CliConsole console, string yaml, string? output, bool force)
    {
        if (output is null)
        {
            console.Out.Write(yaml);
            return ExitCodes.Ok;
        }

        if (File.Exists(output) && !force)
        {
            console.Error.WriteLine($"{output}：文件已存在；如需覆盖请加 --force");
            return ExitCodes.Unreadable;
        }

        AtomicFile.WriteText(output, yaml);
        console.Error.WriteLine($"已写入 {output}：填写后运行 govreport validate {output}");
        return ExitCodes.Ok;
    }
}
