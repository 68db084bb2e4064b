using GovReportDocs.Files;

namespace GovReportDocs.Cli;

/// <summary>
/// Expands the arguments of a batch command: files as given, directories to the files they hold that fit, in name
/// order (symbolic links inside a directory are not followed, pipes and devices are left out). An argument that is neither is told on the error stream and returned as missing.
/// </summary>
internal static class InputFiles
{
    /// <summary>
    /// A folder's tree without its symbolic links: a link to <c>.</c> or <c>..</c> would check the same files again,
    /// loop (two links to <c>.</c> make 2^40 paths) or read files outside the folder named.
    /// </summary>
    private static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.ReparsePoint,
        MatchType = MatchType.Win32,
        IgnoreInaccessible = false,
    };

    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Expand(CliConsole console, IEnumerable<string> arguments,
        Func<string, bool> fits)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                // A named pipe or a device inside the folder is none of its reports (opening a pipe blocks): left out.
                files.AddRange(Directory.EnumerateFiles(argument, "*", Walk).Where(f => fits(f) && SpecialFile.Is(f) != true)
                    .Order(StringComparer.Ordinal));
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
