using System.CommandLine;
using System.Globalization;
using GovReportDocs.Files;
using GovReportDocs.NationalFormat;
using GovReportDocs.Ledger;
using GovReportDocs.Model;

namespace GovReportDocs.Cli;

/// <summary>
/// `govreport ledger init -o 台账.xlsx` writes the ledger template; `govreport ledger count 台账.xlsx --year 2025` counts
/// 表三 and 表四 from it, lists the rows it could not place, explains each number by its rows (--explain,
/// --explain-html) and writes the counts into an input file (--into), checking 二 against last year's 四 (--previous).
/// </summary>
internal static class LedgerCommand
{
    public static Command Create(CliConsole console) => new("ledger", "政府信息公开申请登记台账：生成台账模板，或从台账统计表三、表四")
    {
        Init(console),
        Count(console),
    };

    private static Command Init(CliConsole console)
    {
        var output = new Option<string>("--output", "-o") { Description = "写入的台账文件（.xlsx）", Required = true, HelpName = "文件" };
        var force = new Option<bool>("--force") { Description = "覆盖已存在的文件" };
        var command = new Command("init", "生成台账模板（.xlsx）：申请人类别、办理结果为下拉列表，取自年报表三；另有行政复议、行政诉讼工作表")
        {
            output, force,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            if (File.Exists(path) && !parse.GetValue(force))
            {
                console.Error.WriteLine($"{path}：文件已存在；如需覆盖请加 --force");
                return ExitCodes.Unreadable;
            }

            var bytes = GovReport.LedgerTemplate();
            AtomicFile.Write(path, stream => stream.Write(bytes));
            console.Error.WriteLine($"已写入 {path}：逐件登记申请，年底运行 govreport ledger count {path} --year 年度");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Count(CliConsole console)
    {
        var ledger = new Argument<string>("ledger") { Description = "台账文件（.xlsx 或 .xls）", HelpName = "台账" };
        var year = new Option<int>("--year") { Description = "统计的年度", Required = true, HelpName = "年度" };
        var explain = new Option<bool>("--explain") { Description = "逐个单元格列出其依据的台账行" };
        var explainHtml = new Option<string?>("--explain-html") { Description = "把每个单元格的依据写成一个网页（.html）", HelpName = "文件" };
        var into = new Option<string?>("--into")
        {
            Description = "把统计数写入该输入文件（YAML）的表三、表四，保留其注释",
            HelpName = "输入文件",
        };
        var previous = new Option<string?>("--previous")
        {
            Description = "上年的台账（.xlsx、.xls）、输入文件或已发布的报告：核对本年“上年结转”等于上年“结转下年度”（R6）",
            HelpName = "文件",
        };
        var command = new Command("count", "从台账统计某一年度的表三、表四，并列出无法归入的行")
        {
            ledger, year, explain, explainHtml, into, previous,
        };
        command.SetAction(parse => Run(console, parse.GetValue(ledger)!, parse.GetValue(year), parse.GetValue(explain),
            parse.GetValue(explainHtml), parse.GetValue(into), parse.GetValue(previous)));
        return command;
    }

    private static int Run(CliConsole console, string path, int year, bool explain, string? explainHtml, string? into, string? previous)
    {
        if (!ReportYears.Contains(year))
        {
            console.Error.WriteLine($"--year 应为2008年以后的四位年份，实际为{year}");
            return ExitCodes.Unreadable;
        }

        LedgerCount count;
        ApplicantCounts? lastYear = null;
        string? lastYearSource = null;
        try
        {
            count = GovReport.CountLedger(path, year);
            if (previous is not null)
            {
                (lastYear, lastYearSource) = LastYearCarriedForward(previous, year - 1);
            }
        }
        catch (ReportReadException e)
        {
            console.Error.WriteLine(e.ToString());
            return ExitCodes.Unreadable;
        }

        Print(console, count);
        if (explain)
        {
            console.Out.WriteLine();
            console.Out.WriteLine("各单元格的依据：");
            foreach (var line in count.ExplainLines())
            {
                console.Out.WriteLine(line);
            }
        }

        var broken = count.Unplaced.Length > 0;
        foreach (var finding in count.Unplaced)
        {
            console.Out.WriteLine($"错误 {count.File}：{finding}");
        }

        foreach (var skipped in count.Skipped)
        {
            console.Out.WriteLine($"提示 {count.File}：{skipped}");
        }

        if (lastYear is not null)
        {
            foreach (var message in count.CheckCarriedOver(lastYear, lastYearSource!))
            {
                console.Out.WriteLine($"错误 {count.File}：{message}");
                broken = true;
            }
        }

        if (explainHtml is not null)
        {
            AtomicFile.WriteText(explainHtml, count.ExplainHtml());
            console.Error.WriteLine($"已写入 {explainHtml}");
        }

        if (into is not null && WriteInto(console, into, count) is var code and not ExitCodes.Ok)
        {
            return code;
        }

        console.Error.WriteLine(count.Unplaced.Length == 0
            ? $"{count.File}：{year}年已全部统计，其他年度的行{count.OtherYears}行"
            : $"{count.File}：{count.Unplaced.Length}行无法归入，未计入统计数；请在台账中改正后重新统计");
        return broken ? ExitCodes.RuleBroken : ExitCodes.Ok;
    }

    private static int WriteInto(CliConsole console, string into, LedgerCount count)
    {
        FilledInput filled;
        try
        {
            filled = GovReport.FillInput(into, count);
        }
        catch (ReportReadException e)
        {
            console.Error.WriteLine(e.ToString());
            return ExitCodes.Unreadable;
        }

        AtomicFile.WriteText(into, filled.Text);
        console.Error.WriteLine(filled.CommentsKept
            ? $"已把表三、表四写入 {into}（注释保留）"
            : $"已把表三、表四写入 {into}；该文件无法逐值改写，已整体重写，原有注释未能保留");
        return ExitCodes.Ok;
    }

    /// <summary>Last year's 四、结转下年度: counted from its ledger, or read from its input file or published report.</summary>
    private static (ApplicantCounts, string) LastYearCarriedForward(string path, int lastYear)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".xlsx" or ".xls")
        {
            return (GovReport.CountLedger(path, lastYear).Applications.CarriedForward, $"上年台账（{lastYear}年）");
        }

        var report = GovReport.LoadPreviousYear(path).Report;
        if (report.Year != lastYear)
        {
            throw new ReportReadException(path, $"上年报告的年度应为{lastYear}年，实际为{report.Year}年");
        }

        return (report.Applications.CarriedForward, $"上年报告（{lastYear}年）");
    }

    /// <summary>表三 row by row (the six categories and 总计), then 表四 group by group, with the labels of the format.</summary>
    private static void Print(CliConsole console, LedgerCount count)
    {
        var rows = ReportTables.Applications.DatumCells.Select(c => (ApplicationDatum)c.Datum!).GroupBy(d => d.Row).ToList();
        console.Out.WriteLine($"{count.Year}年 表三（{string.Join("、", rows[0].Select(d => d.ColumnLabel))}）：");
        foreach (var row in rows)
        {
            var values = row.Select(d => count.Applications[d.Row][d.Column].ToString(CultureInfo.InvariantCulture));
            console.Out.WriteLine($"  {row.First().RowLabel}：{string.Join(" ", values)}");
        }

        console.Out.WriteLine($"{count.Year}年 表四（{string.Join("、", Enum.GetValues<ReviewOutcome>().Select(o => new ReviewDatum(ReviewGroup.Review, o).ColumnLabel))}）：");
        foreach (var group in Enum.GetValues<ReviewGroup>())
        {
            var values = Enum.GetValues<ReviewOutcome>().Select(o => count.Review[group][o].ToString(CultureInfo.InvariantCulture));
            console.Out.WriteLine($"  {new ReviewDatum(group, ReviewOutcome.Total).RowLabel}：{string.Join(" ", values)}");
        }
    }
}
