namespace GovReportDocs.Input;

/// <summary>
/// The registry of input files' forms: the extensions that name each syntax, the first the one users are told.
/// Every list of them a user reads is made here.
/// </summary>
internal static class InputForms
{
    public static IReadOnlyList<(InputFormat Format, IReadOnlyList<string> Extensions)> All { get; } =
    [
        (InputFormat.Yaml, [".yaml", ".yml"]),
        (InputFormat.Json, [".json"]),
    ];

    /// <summary>The syntax a file's extension names, or null when it names none.</summary>
    public static InputFormat? Of(string path)
    {
        var extension = Path.GetExtension(path);
        return All.Where(f => f.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase)).Select(f => (InputFormat?)f.Format).FirstOrDefault();
    }

    private static IEnumerable<string> Every => All.SelectMany(f => f.Extensions);

    /// <summary>`.yaml、.yml、.json`.</summary>
    public static string Listed => string.Join("、", Every);

    /// <summary>`.yaml、.yml 或 .json`.</summary>
    public static string ListedOr => string.Join("、", Every.SkipLast(1)) + " 或 " + Every.Last();
}
