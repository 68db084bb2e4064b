using GovReportDocs.Input;

namespace GovReportDocs.Cli;

/// <summary>Expands the arguments of a batch command: files as given, directories to their input files in name order.</summary>
internal static class InputFiles
{
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> arguments)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                files.AddRange(Directory.EnumerateFiles(argument, "*", SearchOption.AllDirectories)
                    .Where(f => ReportInput.FormatOf(f) is not null)
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(argument))
            {
                files.Add(argument);
            }
            else
            {
                missing.Add(argument);
            }
        }

        return (files, missing);
    }
}
