using GovReportDocs.Diagnostics;
using GovReportDocs.Format;
using GovReportDocs.Model;

namespace GovReportDocs.Input;

/// <summary>A report read from an input file, with where each key stood and last year's report when named.</summary>
/// <param name="File">The path as given.</param>
/// <param name="Report">The model.</param>
/// <param name="Locations">Key path → position in the file.</param>
public sealed record LoadedReport(string File, AnnualReport Report, IReadOnlyDictionary<string, SourceLocation> Locations)
{
    /// <summary>Last year's report, loaded from <see cref="AnnualReport.PreviousYear"/>.</summary>
    public LoadedReport? PreviousYear { get; init; }

    /// <summary>Where in the file a finding's table number or key was given, or the nearest enclosing key.</summary>
    public SourceLocation? Locate(Diagnostic diagnostic) =>
        diagnostic.Datum is { } datum ? Locate(ContractPaths.Of(datum)) : diagnostic.Field is { } field ? Locate(field) : null;

    /// <summary>Where in the file a table number was given, or the nearest enclosing key.</summary>
    public SourceLocation? Locate(Datum datum) => Locate(ContractPaths.Of(datum));

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
