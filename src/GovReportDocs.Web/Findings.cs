using GovReportDocs.Diagnostics;

namespace GovReportDocs.Web;

/// <summary>A finding as the editor shows it: on the cell or field at <see cref="Key"/> (null: about the whole report).</summary>
internal sealed record FindingView(string Rule, string Severity, string SeverityText, string Message, string? Key);

/// <summary>Places each finding of the library on the editor's cell or field it is about.</summary>
internal static class Findings
{
    public static IReadOnlyList<FindingView> Of(IReportFindings document) =>
        [.. document.Diagnostics.Select(d => new FindingView(d.Rule, d.Severity == Severity.Error ? "error" : "warning",
            d.SeverityText, ClerkWording.Of(d.Message), KeyOf(d)))];

    /// <summary>
    /// The editor's key of a finding: its table number's cell; else its field; else, for a key the editor has no input
    /// for (a table-3 row, <c>overview</c>), the first cell or field under it, or the nearest enclosing one.
    /// </summary>
    private static string? KeyOf(Diagnostic diagnostic)
    {
        if (diagnostic.Datum is { } datum)
        {
            return FormCells.KeyOf(datum);
        }

        var path = diagnostic.Field ?? diagnostic.Source?.KeyPath;
        while (!string.IsNullOrEmpty(path))
        {
            if (FormLayout.EnteredKeys.Contains(path))
            {
                return path;
            }

            var prefix = path;
            if (Ordered.FirstOrDefault(k => k.StartsWith(prefix + ".", StringComparison.Ordinal) || k.StartsWith(prefix + "[", StringComparison.Ordinal))
                is { } under)
            {
                return under;
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            path = cut < 0 ? null : path[..cut];
        }

        return null;
    }

    /// <summary>The keys in the editor's order: fields, then the numbers as printed.</summary>
    private static readonly IReadOnlyList<string> Ordered =
        [.. FormLayout.Instance.Fields.Select(f => f.Key), .. FormCells.Entered.Select(FormCells.KeyOf)];
}
