using System.CommandLine;
using System.Text.Json;
using GovReportDocs.Diagnostics;
using GovReportDocs.Reading;
using GovReportDocs.Validation;
using Spectre.Console;
using ValidationResult = GovReportDocs.Validation.ValidationResult;

namespace GovReportDocs.Cli;

/// <summary>
/// `govreport check FILE|DIR... [--previous FILE] [--json]`: reads published reports (.txt, .html, .docx, .pdf) and
/// checks them against R1–R12; a directory is checked file by file with a progress bar and a summary table.
/// </summary>
internal static class CheckCommand
{
    private sealed record Checked(string File, PublishedReport? Report, ValidationResult Result, bool Unreadable);

    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("files") { Description = "已发布的报告（.txt、.html、.docx、.pdf）或包含它们的目录", Arity = ArgumentArity.OneOrMore };
        var previous = new Option<string?>("--previous") { Description = "上年度的报告（已发布的报告或输入文件），用于跨年度核对（R6、R12）" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出诊断结果（供平台集成）" };
        var command = new Command("check", "读取已发布的年度报告并检查：表格数字（R1–R5）、正文数字（R7）、信息处理费（R8）、结构与格式（R9）、年度（R10）、合理性（R11）")
        {
            paths, previous, json,
        };
        command.SetAction(parse => Run(console, parse.GetValue(paths)!, parse.GetValue(previous), parse.GetValue(json)));
        return command;
    }

    private static int Run(CliConsole console, string[] arguments, string? previousPath, bool json)
    {
        PreviousYearSource.Loaded? previous = null;
        if (previousPath is not null)
        {
            (previous, var error) = PreviousYearSource.Load(previousPath);
            if (previous is null)
            {
                console.Error.WriteLine(error);
                return ExitCodes.Unreadable;
            }
        }

        var (files, missing) = InputFiles.Expand(arguments, PublishedReportReader.CanRead);
        foreach (var path in missing)
        {
            console.Error.WriteLine($"{path}：找不到文件或目录");
        }

        if (files.Count == 0)
        {
            console.Error.WriteLine("没有可检查的报告（.txt、.html、.docx、.pdf）");
            return ExitCodes.Unreadable;
        }

        var results = BatchProgress.Run(console, files.Count, "检查报告", i => CheckOne(files[i], previous));
        if (json)
        {
            WriteJson(console, results);
        }
        else
        {
            WriteText(console, results);
        }

        return missing.Count > 0 || results.Any(r => r.Unreadable) ? ExitCodes.Unreadable
            : results.Any(r => r.Result.HasErrors) ? ExitCodes.RuleBroken
            : ExitCodes.Ok;
    }

    private static Checked CheckOne(string file, PreviousYearSource.Loaded? previous)
    {
        try
        {
            var report = PublishedReportReader.Read(file);
            var result = previous switch
            {
                null => PublishedReportChecker.Check(report),
                { Published: { } published } => PublishedReportChecker.Check(report, published),
                _ => PublishedReportChecker.Check(report, previous.Report),
            };
            return new Checked(file, report, result, false);
        }
        catch (ReportReadException e)
        {
            var diagnostic = new Diagnostic(RuleIds.Input, Severity.Error, e.Message) { Source = new SourceLocation(file, 1, 1) };
            return new Checked(file, null, new ValidationResult([diagnostic]), true);
        }
    }

    private static void WriteText(CliConsole console, Checked[] results)
    {
        foreach (var result in results)
        {
            foreach (var diagnostic in result.Result.Diagnostics)
            {
                console.Out.WriteLine(diagnostic);
            }
        }

        var table = new Table().AddColumns("文件", "机关", "年度", "错误", "警告");
        foreach (var result in results)
        {
            var report = result.Report?.Report;
            table.AddRow(
                Markup.Escape(Path.GetFileName(result.File)),
                Markup.Escape(report?.Agency is { Length: > 0 } agency ? agency : "—"),
                report?.Year is > 0 and var year ? year.ToString() : "—",
                result.Unreadable ? "无法读取" : result.Result.Errors.Count().ToString(),
                result.Result.Warnings.Count().ToString());
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Out),
            Ansi = ReferenceEquals(console, CliConsole.System) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        terminal.Write(table);
        var errors = results.Count(r => r.Result.HasErrors && !r.Unreadable);
        console.Out.WriteLine($"检查{results.Length}份报告：{errors}份有错误，{results.Count(r => r.Unreadable)}份无法读取");
    }

    private static void WriteJson(CliConsole console, Checked[] results)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
               {
                   Indented = true,
                   Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
               }))
        {
            writer.WriteStartArray();
            foreach (var result in results)
            {
                DiagnosticJson.WriteFile(writer, result.File, result.Result.Diagnostics, result.Report?.Report.Agency, result.Report?.Report.Year);
            }

            writer.WriteEndArray();
        }

        console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
