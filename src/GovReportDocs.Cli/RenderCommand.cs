using System.CommandLine;
using System.Diagnostics;
using GovReportDocs.Files;
using GovReportDocs.Pdf;
using GovReportDocs.Pdf.Fonts;

namespace GovReportDocs.Cli;

/// <summary>
/// `govreport render INPUT... -o DIR [--format ID|all]`: checks each input, refuses one with errors, and writes
/// `DIR/{title}{extension}` through a temporary file, each as soon as it is rendered. The formats come from the
/// registry (<see cref="Outputs"/>). A batch streams: inputs are read, checked, rendered and written in windows of
/// <see cref="Window"/>, and only a small outcome of each is kept, so memory does not grow with the batch.
/// </summary>
internal static class RenderCommand
{
    private const int ListEachFileUpTo = 20;

    /// <summary>
    /// How many inputs are in memory at once: enough to keep every core busy between the window's steps, few enough
    /// that their documents are a few megabytes.
    /// </summary>
    internal const int Window = 64;

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
            Description = Outputs.Help,
            DefaultValueFactory = _ => Outputs.Offered.All[0].Format.Id,
            HelpName = "格式",
        };
        format.AcceptOnlyFromAmong(Outputs.Choices);
        var templates = CommonOptions.Templates();
        var fontDirs = new Option<string[]>("--font-dir")
        {
            Description = "PDF 字体目录或字体文件（可多次指定），先于系统字体目录查找",
            Arity = ArgumentArity.ZeroOrMore,
            HelpName = "目录",
        };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "同时生成的份数（默认为处理器核数）；输出与次序不因此改变",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            HelpName = "份数",
        };
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--jobs 应为正整数");
            }
        });
        var root = CommonOptions.Root();
        var json = CommonOptions.Json();
        var command = new Command("render",
            $"检查并生成报告：有错误的输入不生成，输出文件名为“{{机关全称}}{{年度}}年政府信息公开工作年度报告{Outputs.AllExtensions}”。")
        {
            inputs, output, format, templates, fontDirs, jobs, root, json,
        };
        command.SetAction(parse => Run(console, parse.GetValue(inputs)!, parse.GetValue(output)!, parse.GetValue(format)!,
            parse.GetValue(templates), parse.GetValue(fontDirs) ?? [], parse.GetValue(jobs), parse.GetValue(root), parse.GetValue(json)));
        return command;
    }

    private static int Run(CliConsole console, string[] arguments, string outputDirectory, string format, string? templateDirectory,
        string[] fontDirs, int jobs, string? root, bool json)
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

        var pdf = new PdfRenderOptions { FontSources = fontDirs };
        var writers = Outputs.Selected(Outputs.For(pdf), format);
        if (writers.Any(w => w is PdfReportWriter) && !PreparePdf(console, pdf))
        {
            return ExitCodes.Unreadable;
        }

        var clock = Stopwatch.StartNew();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = jobs };
        var claimed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var outcomes = new List<RenderOutcome>(files.Count);
        var cleaned = false;
        BatchProgress.Track(console, files.Count, "生成报告", advance =>
        {
            for (var start = 0; start < files.Count; start += Window)
            {
                var window = files.Skip(start).Take(Window).ToArray();
                var documents = new ReportDocument[window.Length];
                Parallel.For(0, window.Length, parallel, i => documents[i] =
                    GovReport.Load(window[i], new ReportOptions { Templates = templates, Files = CliFiles.ResolverFor(window[i], root) }));

                var planned = new List<(ReportDocument Document, RenderOutcome Outcome)>();
                foreach (var document in documents)
                {
                    var outcome = Plan(document, writers, claimed, json);
                    outcomes.Add(outcome);
                    if (!json)
                    {
                        Findings.PrintEach(console, document);
                        if (outcome.Refusal is not null)
                        {
                            console.Out.WriteLine($"{document.Source}：{outcome.Refusal}");
                        }
                    }

                    if (outcome.Refusal is null)
                    {
                        planned.Add((document, outcome));
                    }
                    else
                    {
                        advance();
                    }
                }

                if (!cleaned && planned.Count > 0)
                {
                    AtomicFile.RemoveLeftovers(outputDirectory);
                    cleaned = true;
                }

                Parallel.For(0, planned.Count, parallel, i =>
                {
                    Render(planned[i].Document, planned[i].Outcome, outputDirectory, writers);
                    advance();
                });
            }
        });
        clock.Stop();

        if (json)
        {
            Findings.Json(console, "render", outcomes, d => ((RenderOutcome)d).Outputs);
        }
        else
        {
            Report(console, outcomes, clock.Elapsed, files.Count <= ListEachFileUpTo);
        }

        return outcomes.Any(p => p.Failure is not null && p.CanRender) ? ExitCodes.InternalError
            : missing.Count > 0 || outcomes.Any(p => p.IsUnreadable || p.NameConflict || p.Failure is not null) ? ExitCodes.Unreadable
            : outcomes.Any(p => p.Refusal is not null) ? ExitCodes.RuleBroken
            : ExitCodes.Ok;
    }

    /// <summary>
    /// Decides, in input order, whether a report is written; names are claimed in that order window after window, so
    /// which of two same-titled inputs wins never depends on timing or on the window size.
    /// </summary>
    private static RenderOutcome Plan(ReportDocument document, IReadOnlyList<IReportWriter> writers, Dictionary<string, string> claimed,
        bool keepDiagnostics)
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
        else if (writers.Any(w => !FileNames.Fits(document.FileName + w.Format.Extension)))
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

        return new RenderOutcome(document, refusal, conflict, keepDiagnostics);
    }

    /// <summary>Renders one report and writes each file at once; a failure is kept with the report and never stops the others.</summary>
    private static void Render(ReportDocument document, RenderOutcome outcome, string directory, IReadOnlyList<IReportWriter> writers)
    {
        try
        {
            foreach (var writer in writers)
            {
                var written = writer.Write(document);
                outcome.Warnings.AddRange(written.Warnings.Select(w => $"警告 {w}"));
                var path = Path.Combine(directory, document.FileName + writer.Format.Extension);
                AtomicFile.Write(path, stream => stream.Write(written.Bytes));
                outcome.Outputs.Add(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            outcome.Failure = $"无法写出：{CliFiles.Describe(e)}";
        }
        catch (Exception e)
        {
            outcome.Failure = $"生成失败（govreport 内部错误 {e.GetType().Name}，请连同输入文件一并报告）";
        }
    }

    private static void Report(CliConsole console, List<RenderOutcome> outcomes, TimeSpan elapsed, bool listEach)
    {
        foreach (var outcome in outcomes)
        {
            foreach (var warning in outcome.Warnings)
            {
                console.Out.WriteLine($"{outcome.Source}：{warning}");
            }

            if (outcome.Failure is not null)
            {
                console.Out.WriteLine($"{outcome.Source}：{outcome.Failure}");
            }
            else if (listEach)
            {
                foreach (var path in outcome.Outputs)
                {
                    console.Out.WriteLine($"已生成 {path}");
                }
            }
        }

        var rendered = outcomes.Count(p => p.Refusal is null && p.Failure is null);
        var refused = outcomes.Count(p => p.Refusal is not null && !p.IsUnreadable);
        var failed = outcomes.Count(p => p.IsUnreadable || p.Failure is not null);
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
