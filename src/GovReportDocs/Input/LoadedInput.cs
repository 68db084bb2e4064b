using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;

namespace GovReportDocs.Input;

/// <summary>An input file as read: the model (null when the file could not be read at all), what reading found, and where each key stood.</summary>
/// <param name="File">The file as the caller named it.</param>
/// <param name="Report">The model; a value that could not be used counts as 0 here.</param>
/// <param name="Diagnostics">Input errors, and R1/R4 findings made while reading table cells.</param>
/// <param name="IsUnreadable">Whether the file could not be read at all (missing, undecodable, not YAML/JSON).</param>
internal sealed record LoadedInput(string File, AnnualReport? Report, IReadOnlyList<Diagnostic> Diagnostics, bool IsUnreadable)
{
    /// <summary>The table numbers as entered: one that was not given or could not be used is missing, not 0.</summary>
    public StatisticsSheet? Sheet { get; init; }

    /// <summary>The key paths of the numbers outside the tables left blank (<see cref="InputBinder.BlankFields"/>).</summary>
    public IReadOnlySet<string> BlankFields { get; init; } = new HashSet<string>();

    /// <summary>Key path → position in the file.</summary>
    public IReadOnlyDictionary<string, SourceLocation> Locations { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>An input that could not be read at all, with the reason.</summary>
    public static LoadedInput Unreadable(string file, string message, int line = 1, int column = 1) =>
        new(file, null, [new Diagnostic(RuleIds.Input, Severity.Error, message) { Source = new SourceLocation(file, line, column) }], true);

    /// <summary>Where in the file a finding's table number or key was given, or the nearest enclosing key.</summary>
    public SourceLocation? Locate(Diagnostic diagnostic) =>
        diagnostic.Datum is { } datum ? Locate(InputKeys.Of(datum)) : diagnostic.Field is { } field ? Locate(field) : null;

    /// <summary>Where a key path (e.g. <c>overview.onRequest</c>) stands, or its nearest enclosing key.</summary>
    public SourceLocation? Locate(string path)
    {
        while (path.Length > 0)
        {
            if (Locations.TryGetValue(path, out var location))
            {
                return location;
            }

            var cut = path.LastIndexOf('.');
            path = cut < 0 ? "" : path[..cut];
        }

        return null;
    }
}
