using System.Diagnostics;

namespace GovReportDocs.Benchmarks;

/// <summary>Runs the programs the process-level benchmarks time, and finds the Release build of govreport.</summary>
internal static class ProcessRunner
{
    public static void Run(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        _ = error.Result;
    }

    /// <summary>The Release build of the CLI in this repository.</summary>
    public static string Govreport()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "GovReportDocs.Cli", "bin", "Release", "net10.0", "govreport.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("build the CLI first: dotnet build -c Release src/GovReportDocs.Cli");
    }
}
