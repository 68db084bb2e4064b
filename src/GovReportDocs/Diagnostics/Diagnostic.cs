using GovReportDocs.NationalFormat;

namespace GovReportDocs.Diagnostics;

/// <summary>
/// One finding about a report or an input file: its rule number, severity, where it is and a Chinese
/// message that gives the expected and the actual value.
/// </summary>
/// <param name="Rule">R1–R18 (docs/rules.md), or <see cref="RuleIds.Input"/>.</param>
/// <param name="Severity">Error, warning or info.</param>
/// <param name="Message">The Chinese message, naming the table cell when there is one.</param>
public sealed record Diagnostic(string Rule, Severity Severity, string Message)
{
    /// <summary>The table number concerned, when the finding is about one.</summary>
    public Datum? Datum { get; init; }

    /// <summary>The input key the finding is about when it is no table number, e.g. <c>overview.supervision</c>.</summary>
    public string? Field { get; init; }

    /// <summary>The words of the text the finding is about (R7), so a reader can find their line.</summary>
    public string? Quote { get; init; }

    /// <summary>What kind of finding it is, for code that treats one kind apart: never told apart by its message.</summary>
    internal FindingKind Kind { get; init; }

    /// <summary>Where in a file, when the report came from one.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>
    /// Whether a reviewer accepted it (<c>check --accept</c>, <c>.govreport-accepted</c>): still listed, counted apart,
    /// never an error or a warning of the report.
    /// </summary>
    public bool IsAccepted { get; init; }

    /// <summary>Ten hex digits that name this finding across reruns and unrelated edits: file name, rule, cell or key or quote.</summary>
    public string Fingerprint => Fingerprints.Of(this);

    /// <summary>An error of the given rule.</summary>
    public static Diagnostic Error(string rule, string message, Datum? datum = null) =>
        new(rule, Severity.Error, message) { Datum = datum };

    /// <summary>A warning of the given rule.</summary>
    public static Diagnostic Warning(string rule, string message, Datum? datum = null) =>
        new(rule, Severity.Warning, message) { Datum = datum };

    /// <summary>A note of the given rule: worth saying in the report, not wrong.</summary>
    public static Diagnostic Info(string rule, string message, Datum? datum = null) =>
        new(rule, Severity.Info, message) { Datum = datum };

    /// <summary>The severity in Chinese, as the CLI prints it.</summary>
    public string SeverityText => Severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    /// <summary>
    /// One line for a terminal: input errors read `file:line:col key.path：message`;
    /// rule findings read `[file:line:col ]错误 R4 message`.
    /// </summary>
    public override string ToString()
    {
        if (Rule == RuleIds.Input && Source is not null)
        {
            var path = string.IsNullOrEmpty(Source.KeyPath) ? "" : $" {Source.KeyPath}";
            return $"{Source}{path}：{Message}";
        }

        var where = Source is null ? "" : $"{Source} ";
        return $"{where}{SeverityText} {Rule} {Message}";
    }
}
