using System.CommandLine;
using GovReportDocs.Files;

namespace GovReportDocs.Cli;

/// <summary>
/// `govreport check FILE|DIR... [--previous FILE] [--accept FINGERPRINT]... [--json]`: reads published reports (.txt,
/// .html, .docx, .pdf) and checks them against every rule of the catalogue; a directory is checked file by file with a progress bar and a
/// summary table. Findings a reviewer accepted (by fingerprint, on the command line or in a <c>.govreport-accepted</c>
/// file beside the reports) are listed apart and counted apart.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("files")
        {
            Description = $"已发布的报告（{FileForms.Published}）或包含它们的目录",
            HelpName = "报告",
            Arity = ArgumentArity.OneOrMore,
        };
        var previous = new Option<string?>("--previous")
        {
            Description = $"上年度的报告（已发布的报告或输入文件），用于{string.Join("、", GovReport.Rules.Where(r => r.NeedsPreviousYear))}",
            HelpName = "文件",
        };
        var accept = new Option<string[]>("--accept")
        {
            Description = $"接受（不再计为错误或警告）指纹为此值的问题，可重复；也可写在报告所在目录的 {AcceptedFile} 文件中，每行一个",
            HelpName = "指纹",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var json = CommonOptions.Json();
        var command = new Command("check", $"读取已发布的年度报告并检查：{RuleList.For(r => r.AppliesToPublishedReports, "--previous")}")
        {
            paths, previous, accept, json,
        };
        command.SetAction(parse => Run(console, parse.GetValue(paths)!, parse.GetValue(previous), parse.GetValue(accept) ?? [], parse.GetValue(json)));
        return command;
    }

    /// <summary>The file beside the reports that lists accepted fingerprints, one a line (text after # is a comment).</summary>
    public const string AcceptedFile = ".govreport-accepted";

    private const long MaxAcceptedFileBytes = 1 << 20;

    private static int Run(CliConsole console, string[] arguments, string? previousPath, string[] accepted, bool json)
    {
        PreviousYear? previous = null;
        if (previousPath is not null)
        {
            try
            {
                previous = GovReport.LoadPreviousYear(previousPath);
            }
            catch (ReportReadException e)
            {
                console.Error.WriteLine(e.ToString());
                return ExitCodes.Unreadable;
            }
        }

        var (files, missing) = InputFiles.Expand(console, arguments, f => GovReport.PublishedFormatOf(f) is not null);

        if (files.Count == 0)
        {
            console.Error.WriteLine($"没有可检查的报告（{FileForms.Published}）");
            return ExitCodes.Unreadable;
        }

        var results = BatchProgress.Run(console, files.Count, "检查报告",
            i => GovReport.CheckPublished(files[i], previous).Accept(accepted.Concat(AcceptedBeside(files[i]))));
        if (json)
        {
            Findings.Json(console, "check", results);
        }
        else
        {
            foreach (var result in results)
            {
                Findings.PrintWithFingerprints(console, result);
            }

            Findings.Table(console, results);
            var withErrors = results.Count(r => r.HasErrors && !r.IsUnreadable);
            var acceptedCount = results.Sum(r => r.AcceptedCount());
            var acceptedNote = acceptedCount > 0 ? $"，{acceptedCount}个问题已接受" : "";
            console.Out.WriteLine($"检查{results.Length}份报告：{withErrors}份有错误，{results.Count(r => r.IsUnreadable)}份无法读取{acceptedNote}");
        }

        return Findings.ExitCode(results, missing.Count);
    }

    /// <summary>The fingerprints listed in the accepted-findings file of the report's directory, if there is one.</summary>
    internal static IEnumerable<string> AcceptedBeside(string report)
    {
        var file = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(report)) ?? ".", AcceptedFile);
        // A list of fingerprints is a few lines; anything much larger is no such list.
        if (!File.Exists(file) || new FileInfo(file).Length > MaxAcceptedFileBytes)
        {
            return [];
        }

        return File.ReadAllLines(file)
            .Select(line => (line.IndexOf('#') is var hash and >= 0 ? line[..hash] : line).Trim())
            .Where(line => line.Length > 0)
            .Select(line => line.Split(' ', '\t')[0]);
    }
}
