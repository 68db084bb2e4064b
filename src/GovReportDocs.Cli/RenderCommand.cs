using System.CommandLine;
using System.Diagnostics;
using GovReportDocs.Files;
using GovReportDocs.Pdf;
using GovReportDocs.Pdf.Fonts;

namespace GovReportDocs.Cli;

/// <summary>
/// `govreport render INPUT... -o DIR [--format docx|pdf|html|all]`: checks each input, refuses one with errors, and writes
/// `DIR/{title}.docx` / `.pdf` / `.html` through a temporary file, each as soon as it is rendered. Many inputs render in
/// parallel.
/// </summary>
internal static class RenderCommand
{
    private const int ListEachFileUpTo = 20;

    /// <summary>What happens to one input: rendered, or refused (for its errors, or because its file name cannot be written).</summary>
    private sealed record Plan(ReportDocument Document, string? Refusal, bool NameConflict = false)
    {
        public List<string> Outputs { get; } = [];

        /// <summary>What the render itself warns of (characters the PDF fonts lack).</summary>
        public List<string> Warnings { get; } = [];

        public string? Failure { get; set; }
    }

    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "输入文件或目录（目录中的 .yaml、.yml、.json 全部生成）",
            HelpName = "输入文件",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o") { Description = "输出目录", Required = true, HelpName = "目录" };
        var format = new Option<string>("--format")
        {
            Description = "输出格式：docx（供签批修改）、pdf（供发布）、html（供政府信息公开专栏网页）或 all（三种都生成）",
            DefaultValueFactory = _ => "docx",
            HelpName = "格式",
        };
        format.AcceptOnlyFromAmong("docx", "pdf", "html", "all");
        var templates = CommonOptions.Templates();
        var fontDirs = new Option<string[]>("--font-dir")
        {
            Description = "PDF 字体目录或字体文件（可多次指定），先于系统字体目录查找",
            Arity = ArgumentArity.ZeroOrMore,
            HelpName = "目录",
        };
        var root = CommonOptions.Root();
        var json = CommonOptions.Json();
        var command = new Command("render",
            "检查并生成报告：有错误的输入不生成，输出文件名为“{机关全称}{年度}年政府信息公开工作年度报告.docx/.pdf/.html”。")
        {
            inputs, output, format, templates, fontDirs, root, json,
        };
        command.SetAction(parse => Run(console, parse.GetValue(inputs)!, parse.GetValue(output)!, parse.GetValue(format)!,
            parse.GetValue(templates), parse.GetValue(fontDirs) ?? [], parse.GetValue(root), parse.GetValue(json)));
        return command;
    }

    private static int Run(CliConsole console, string[] arguments, string outputDirectory, string format, string? templateDirectory,
        string[] fontDirs, string? root, bool json)
    {
        if (CommonOptions.LoadTemplates(console, templateDirectory) is not { } templates)
        {
            return ExitCodes.Unreadable;
        }

        var (files, missing) = InputFiles.Expand(console, arguments, f => GovReport.InputFormatOf(f) is not null);

        if (files.Count == 0)
        {
            console.Error.WriteLine("没有可生成的输入文件（.yaml、.yml 或 .json）");
            return ExitCodes.Unreadable;
        }

        string[] extensions = format == "all" ? [".docx", ".pdf", ".html"] : ["." + format];
        var pdf = new PdfRenderOptions { FontSources = fontDirs };
        if (extensions.Contains(".pdf") && !PreparePdf(console, pdf))
        {
            return ExitCodes.Unreadable;
        }

        var clock = Stopwatch.StartNew();
        var documents = BatchProgress.Run(console, files.Count, "检查输入文件",
            i => GovReport.Load(files[i], new ReportOptions { Templates = templates, Files = CliFiles.ResolverFor(files[i], root) }));
        var plans = PlanOutputs(documents, extensions);
        if (!json)
        {
            foreach (var plan in plans)
            {
                Findings.PrintEach(console, plan.Document);
                if (plan.Refusal is not null)
                {
                    console.Out.WriteLine($"{plan.Document.Source}：{plan.Refusal}");
                }
            }
        }

        AtomicFile.RemoveLeftovers(outputDirectory);
        var planned = plans.Where(p => p.Refusal is null).ToList();
        BatchProgress.Run(console, planned.Count, "生成报告", i => Render(planned[i], outputDirectory, extensions, pdf));
        clock.Stop();

        if (json)
        {
            Findings.Json(console, "render", documents, d => plans.First(p => ReferenceEquals(p.Document, d)).Outputs);
        }
        else
        {
            Report(console, plans, clock.Elapsed, files.Count <= ListEachFileUpTo);
        }

        return plans.Any(p => p.Failure is not null && p.Document.CanRender) ? ExitCodes.InternalError
            : missing.Count > 0 || plans.Any(p => p.Document.IsUnreadable || p.NameConflict || p.Failure is not null) ? ExitCodes.Unreadable
            : plans.Any(p => p.Refusal is not null) ? ExitCodes.RuleBroken
            : ExitCodes.Ok;
    }

    /// <summary>Decides in input order which reports are written, so which of two same-titled inputs wins never depends on timing.</summary>
    private static List<Plan> PlanOutputs(IReadOnlyList<ReportDocument> documents, string[] extensions)
    {
        var claimed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var plans = new List<Plan>();
        foreach (var document in documents)
        {
            string? refusal = null;
            var conflict = false;
            if (document.IsUnreadable)
            {
                refusal = "无法读取，未生成";
            }
            else if (!document.CanRender)
            {
                refusal = "有错误，未生成";
            }
            else if (extensions.Any(e => !FileNames.Fits(document.FileName + e)))
            {
                refusal = $"报告标题过长，“{document.FileName}”超过文件名的长度上限（{FileNames.MaxNameBytes}字节），未生成：请检查机关全称";
                conflict = true;
            }
            else if (claimed.TryGetValue(document.FileName!, out var first))
            {
                refusal = $"报告标题与 {first} 相同，输出文件会互相覆盖，未生成";
                conflict = true;
            }
            else
            {
                claimed[document.FileName!] = document.Source;
            }

            plans.Add(new Plan(document, refusal, conflict));
        }

        return plans;
    }

    /// <summary>Renders one report and writes each file at once; a failure is kept with the report and never stops the others.</summary>
    private static Plan Render(Plan plan, string directory, string[] extensions, PdfRenderOptions pdf)
    {
        try
        {
            foreach (var extension in extensions)
            {
                var bytes = extension switch
                {
                    ".pdf" => Pdf(plan, pdf),
                    ".html" => plan.Document.ToHtmlBytes(),
                    _ => plan.Document.ToDocx(),
                };
                var path = Path.Combine(directory, plan.Document.FileName + extension);
                AtomicFile.Write(path, stream => stream.Write(bytes));
                plan.Outputs.Add(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            plan.Failure = $"无法写出：{CliFiles.Describe(e)}";
        }
        catch (Exception e)
        {
            plan.Failure = $"生成失败（govreport 内部错误 {e.GetType().Name}，请连同输入文件一并报告）";
        }

        return plan;
    }

    private static byte[] Pdf(Plan plan, PdfRenderOptions options)
    {
        var result = plan.Document.ToPdf(options);
        plan.Warnings.AddRange(result.MissingGlyphs.Select(m => $"警告 字体 {m}"));
        return result.Bytes;
    }

    private static void Report(CliConsole console, List<Plan> plans, TimeSpan elapsed, bool listEach)
    {
        foreach (var plan in plans)
        {
            foreach (var warning in plan.Warnings)
            {
                console.Out.WriteLine($"{plan.Document.Source}：{warning}");
            }

            if (plan.Failure is not null)
            {
                console.Out.WriteLine($"{plan.Document.Source}：{plan.Failure}");
            }
            else if (listEach)
            {
                foreach (var path in plan.Outputs)
                {
                    console.Out.WriteLine($"已生成 {path}");
                }
            }
        }

        var rendered = plans.Count(p => p.Refusal is null && p.Failure is null);
        var refused = plans.Count(p => p.Refusal is not null && !p.Document.IsUnreadable);
        var failed = plans.Count(p => p.Document.IsUnreadable || p.Failure is not null);
        console.Out.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"生成{rendered}份报告；{refused}份未生成（有错误或标题冲突），{failed}份无法读取或无法写出（用时{elapsed.TotalSeconds:0.0}秒）"));
    }

    /// <summary>Finds the fonts once and reports every substitution.</summary>
    private static bool PreparePdf(CliConsole console, PdfRenderOptions pdf)
    {
        try
        {
            foreach (var substitution in PdfRenderer.CheckFonts(pdf))
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
}
