using GovReportDocs.Diagnostics;

namespace GovReportDocs.Summary;

/// <summary>Findings of a report counted by rule, as the check counts them: errors and warnings a reviewer has not accepted.</summary>
internal static class RuleCounts
{
    public static IReadOnlyDictionary<string, int> Of(SummaryReport report) =>
        report.Findings.Select(f => f.Diagnostic)
            .Where(d => d.Severity is Severity.Error or Severity.Warning && !d.IsAccepted)
            .GroupBy(d => d.Rule)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>R1 before R2 before R10, then anything that is not a numbered rule.</summary>
    public static IComparer<string> Order { get; } = Comparer<string>.Create((a, b) =>
    {
        var (x, y) = (Number(a), Number(b));
        return x != y ? x.CompareTo(y) : string.CompareOrdinal(a, b);
    });

    private static int Number(string rule) =>
        rule.Length > 1 && rule[0] == 'R' && int.TryParse(rule.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : int.MaxValue;
}
