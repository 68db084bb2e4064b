using System.Diagnostics;

namespace GovReportDocs.Tests.Support;

/// <summary>Runs the Debian tools the tests read documents with (installed by tests/run.sh).</summary>
internal static class ExternalTool
{
    public static string Run(string program, params string[] arguments) => Run(program, arguments, new Dictionary<string, string>());

    public static string Run(string program, string[] arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"{program} is missing: run tests/run.sh, which installs libreoffice-writer-nogui and poppler-utils");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit(120_000).ShouldBeTrue($"{program} timed out");
            process.ExitCode.ShouldBe(0, $"{program} {string.Join(' ', arguments)}: {error.Result}");
            return output.Result;
        }
    }

    /// <summary>Text without any white space, as pdftotext's spacing between CJK and digits varies.</summary>
    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
