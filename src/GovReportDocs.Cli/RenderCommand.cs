using System.CommandLine;
using System.Diagnostics;
using GovReportDocs.Input;
using GovReportDocs.Narrative;
using GovReportDocs.Pdf;
using GovReportDocs.Pdf.Fonts;
using GovReportDocs.Pdf.Licensing;

namespace GovReportDocs.Cli;

/// <summary>
/// `govreport render INPUT... -o DIR [--format docx|pdf|html|all] [--templates DIR] [--font-dir DIR]`: validates each
/// input, refuses one with errors, and writes `DIR/{title}.docx` / `.pdf` / `.html` through a temporary file. Many inputs
/// render in parallel. PDF output uses PDFsharp under the AGPL-3.0, which this tool chooses and says so.
/// </summary>
internal static class RenderCommand
{
    private const int ListEachFileUpTo = 20;

    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "输入文件或目录（目录中的 .yaml、.yml、.json 全部生成）", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "输出目录", Required = true };
        var format = new Option<string>("--format") { Description = "输出格式：docx（供签批修改）、pdf（供发布）、html（供政府信息公开专栏网页）或 all（三种都生成）", DefaultValueFactory = _ => "docx" };
        format.AcceptOnlyFromAmong("docx", "pdf", "html", "all");
        var templates = new Option<string?>("--templates") { Description = "叙述模板目录：其中的 .hbs 文件逐个替换内置模板" };
        var fontDirs = new Option<string[]>("--font-dir") { Description = "PDF 字体目录或字体文件（可多次指定），先于系统字体目录查找", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("render",
            "检查并生成报告：有错误的输入不生成，输出文件名为“{机关全称}{年度}年政府信息公开工作年度报告.docx/.pdf/.html”。" +
            "PDF 由 PDFsharp 生成，本工具按 AGPL-3.0 许可使用 PDFsharp。")
        {
            inputs, output, format, templates, fontDirs,
        };
        command.SetAction(parse => Run(console, parse.GetValue(inputs)!, parse.GetValue(output)!, parse.GetValue(format)!,
            parse.GetValue(templates), parse.GetValue(fontDirs) ?? []));
        return command;
    }

    private static int Run(CliConsole console, string[] arguments, string outputDirectory, string format, string? templateDirectory, string[] fontDirs)
    {
        if (TemplateDirectory.Load(console, templateDirectory) is not { } templates)
        {
            return ExitCodes.Unreadable;
        }

        var (files, missing) = InputFiles.Expand(arguments, f => ReportInput.FormatOf(f) is not null);
        foreach (var path in missing)
        {
            console.Error.WriteLine($"{path}：找不到文件或目录");
        }

        if (files.Count == 0)
        {
            console.Error.WriteLine("没有可生成的输入文件（.yaml、.yml 或 .json）");
            return ExitCodes.Unreadable;
        }

        string[] formats = format == "all" ? ["docx", "pdf", "html"] : [format];
        var pdf = new PdfRenderOptions { FontSources = fontDirs };
        if (formats.Contains("pdf") && !PreparePdf(console, pdf))
        {
            return ExitCodes.Unreadable;
        }

        var clock = Stopwatch.StartNew();
        var outcomes = BatchProgress.Run(console, files.Count, "生成报告", i => ReportRenderer.Render(files[i], templates, formats, pdf));
        var written = Write(console, outcomes, outputDirectory, files.Count <= ListEachFileUpTo);
        clock.Stop();

        var rendered = outcomes.Count(o => o.Status == RenderStatus.Rendered && written.Contains(o));
        var refused = outcomes.Count(o => o.Status == RenderStatus.Refused);
        var unreadable = outcomes.Count(o => o.Status == RenderStatus.Unreadable) + missing.Count;
        var collided = outcomes.Count(o => o.Status == RenderStatus.Rendered && !written.Contains(o));
        console.Out.WriteLine($"生成{rendered}份报告；{refused}份有错误未生成，{unreadable + collided}份无法读取或无法写出（用时{clock.Elapsed.TotalSeconds:0.0}秒）");
        return unreadable + collided > 0 ? ExitCodes.Unreadable : refused > 0 ? ExitCodes.RuleBroken : ExitCodes.Ok;
    }

    /// <summary>Chooses the AGPL for PDFsharp, finds the fonts once and reports every substitution.</summary>
    private static bool PreparePdf(CliConsole console, PdfRenderOptions pdf)
    {
        PdfLicence.UseAgpl();
        try
        {
            foreach (var substitution in PdfRenderer.Fonts(pdf).Substitutions)
            {
                console.Error.WriteLine($"警告 字体 {substitution}");
            }

            return true;
        }
        catch (FontNotFoundException e)
        {
            console.Error.WriteLine($"错误 字体 {e.Message}");
            return false;
        }
    }

    /// <summary>Writes in input order, so which of two same-titled inputs wins never depends on timing.</summary>
    private static HashSet<RenderOutcome> Write(CliConsole console, RenderOutcome[] outcomes, string directory, bool listEach)
    {
        var written = new HashSet<RenderOutcome>();
        var claimed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var outcome in outcomes)
        {
            foreach (var diagnostic in outcome.Diagnostics)
            {
                console.Out.WriteLine(diagnostic);
            }

            if (outcome.Status != RenderStatus.Rendered)
            {
                console.Out.WriteLine($"{outcome.Input}：{(outcome.Status == RenderStatus.Refused ? "有错误，未生成" : "无法读取，未生成")}");
                continue;
            }

            var name = ReportRenderer.FileName(outcome.Title!);
            if (claimed.TryGetValue(name, out var first))
            {
                console.Out.WriteLine($"{outcome.Input}：报告标题与 {first} 相同，输出文件会互相覆盖，未生成");
                continue;
            }

            claimed[name] = outcome.Input;
            foreach (var (extension, bytes) in outcome.Documents)
            {
                var path = Path.Combine(directory, name + extension);
                AtomicFile.Write(path, stream => stream.Write(bytes));
                if (listEach)
                {
                    console.Out.WriteLine($"已生成 {path}");
                }
            }

            written.Add(outcome);
        }

        return written;
    }
}
