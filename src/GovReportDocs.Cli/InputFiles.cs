namespace GovReportDocs.Cli;

/// <summary>
/// Expands the arguments of a batch command: files as given, directories to the files they hold that fit, in name
/// order. An argument that is neither is told on the error stream and returned as missing.
/// </summary>
internal static class InputFiles
{
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Expand(CliConsole console, IEnumerable<string> arguments,
        Func<string, bool> fits)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                files.AddRange(Directory.EnumerateFiles(argument, "*", SearchOption.AllDirectories).Where(fits).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(argument))
            {
                files.Add(argument);
            }
            else
            {
                console.Error.WriteLine($"{argument}：找不到文件或目录");
                missing.Add(argument);
            }
        }

        return (files, missing);
    }
}
