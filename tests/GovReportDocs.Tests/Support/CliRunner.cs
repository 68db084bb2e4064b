using GovReportDocs.Cli;

namespace GovReportDocs.Tests.Support;

internal sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>Runs `govreport` in-process with captured output.</summary>
internal static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = GovReportCli.Run(args, new CliConsole(stdout, stderr));
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }
}
