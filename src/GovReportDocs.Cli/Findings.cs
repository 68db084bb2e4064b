using GovReportDocs.Diagnostics;
using Spectre.Console;

namespace GovReportDocs.Cli;

/// <summary>How the command line prints findings: one line each, then a summary per file or a table for many.</summary>
internal static class Findings
{
    public static void PrintEach(CliConsole console, IReportFindings findings)
    {
        foreach (var diagnostic in findings.Diagnostics)
        {
            console.Out.WriteLine(diagnostic);
        }
    }

    /// <summary>
    /// Each finding with the fingerprint a reviewer accepts it by; the accepted ones after the others, marked, never left out.
    /// </summary>
    public static void PrintWithFingerprints(CliConsole console, IReportFindings findings)
    {
        foreach (var diagnostic in findings.Diagnostics.Where(d => !d.IsAccepted))
        {
            console.Out.WriteLine($"{diagnostic} 〔{diagnostic.Fingerprint}〕");
        }

        foreach (var diagnostic in findings.Accepted())
        {
            console.Out.WriteLine($"已接受 {diagnostic} 〔{diagnostic.Fingerprint}〕");
        }
    }

    /// <summary>`file（title）：N个错误，M个警告`.</summary>
    public static string Summary(IReportFindings findings)
    {
        var title = findings is ReportDocument { Title: { } t } ? $"（{t}）" : "";
        return findings.IsUnreadable
            ? $"{findings.Source}：无法读取"
            : $"{findings.Source}{title}：{findings.ErrorCount()}个错误，{findings.WarningCount()}个警告";
    }

    /// <summary>A table of file, agency, year, errors and warnings, for batches.</summary>
    public static void Table(CliConsole console, IReadOnlyList<IReportFindings> reports)
    {
        var table = new Table().AddColumns("文件", "机关", "年度", "错误", "警告");
        foreach (var report in reports)
        {
            table.AddRow(
                Markup.Escape(Path.GetFileName(report.Source)),
                Markup.Escape(report.Agency ?? "—"),
                report.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—",
                report.IsUnreadable ? "无法读取" : report.ErrorCount().ToString(System.Globalization.CultureInfo.InvariantCulture),
                report.WarningCount().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Out),
            Ansi = ReferenceEquals(console, CliConsole.System) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        terminal.Write(table);
    }

    /// <summary>0 all clean or warnings only; 1 a rule broken or an input error; 2 a file that could not be read.</summary>
    public static int ExitCode(IEnumerable<IReportFindings> reports, int missingFiles = 0)
    {
        var list = reports.ToList();
        return missingFiles > 0 || list.Any(r => r.IsUnreadable) ? ExitCodes.Unreadable
            : list.Any(r => r.HasErrors()) ? ExitCodes.RuleBroken
            : ExitCodes.Ok;
    }

    /// <summary>Writes the JSON envelope of the findings.</summary>
    public static void Json(CliConsole console, string command, IEnumerable<IReportFindings> reports,
        Func<IReportFindings, IReadOnlyList<string>>? outputs = null) =>
        console.Out.WriteLine(ReportJson.Write(command, reports, outputs));
}
