namespace GovReportDocs.Cli;

/// <summary>Where a command writes: the process's streams, or a test's.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    public static CliConsole System { get; } = new(Console.Out, Console.Error);
}
