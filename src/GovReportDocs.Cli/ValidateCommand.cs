using System.CommandLine;
using GovReportDocs.Diagnostics;
using GovReportDocs.Input;
using GovReportDocs.Narrative;

namespace GovReportDocs.Cli;

/// <summary>`govreport validate FILE [--json]`: reads an input file and checks R1–R6, R10, R11.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "输入文件（.yaml、.yml 或 .json）" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出诊断结果（供平台集成）" };
        var templates = new Option<string?>("--templates") { Description = "叙述模板目录（与 render 相同）：正文数字按其生成的文字核对（R7）" };
        var command = new Command("validate", "检查输入文件：格式、表格勾稽关系（R1–R6）、正文数字（R7）、年度一致性（R10）与合理性（R11）")
        {
            file, json, templates,
        };
        command.SetAction(parse => Run(console, parse.GetValue(file)!, parse.GetValue(json), parse.GetValue(templates)));
        return command;
    }

    private static int Run(CliConsole console, string file, bool json, string? templateDirectory)
    {
        if (TemplateDirectory.Load(console, templateDirectory) is not { } templates)
        {
            return ExitCodes.Unreadable;
        }

        var load = ReportInput.LoadFile(file);
        var result = ReportInput.Check(load, templates);
        if (json)
        {
            console.Out.WriteLine(DiagnosticJson.ForFile(file, result.Diagnostics));
        }
        else
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                console.Out.WriteLine(diagnostic);
            }

            var errors = result.Errors.Count();
            var warnings = result.Warnings.Count();
            var agency = load.Loaded is { } loaded ? $"（{loaded.Report.Title}）" : "";
            console.Out.WriteLine($"{file}{agency}：{errors}个错误，{warnings}个警告");
        }

        var unreadable = load.IsUnreadable || result.Diagnostics.Any(d => d.Rule == RuleIds.Input);
        return unreadable ? ExitCodes.Unreadable : result.HasErrors ? ExitCodes.RuleBroken : ExitCodes.Ok;
    }
}
