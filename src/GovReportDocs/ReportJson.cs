using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovReportDocs.Diagnostics;

namespace GovReportDocs;

/// <summary>
/// The one JSON envelope of findings that the command line (<c>--json</c>) and platforms use for validate, check
/// and render alike (documented in docs/cli.md, "JSON output"). Field names are stable; <see cref="SchemaVersion"/> changes
/// when they do.
/// </summary>
public static class ReportJson
{
    /// <summary>The version of the envelope's shape.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The envelope as indented JSON.</summary>
    /// <param name="command">What was done: validate, check or render.</param>
    /// <param name="reports">One entry per file, in order.</param>
    /// <param name="outputs">For render: the files written for a report (none when it was refused).</param>
    public static string Write(string command, IEnumerable<IReportFindings> reports, Func<IReportFindings, IReadOnlyList<string>>? outputs = null)
    {
        using var stream = new MemoryStream();
        Write(stream, command, reports, outputs);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the envelope to a stream as UTF-8.</summary>
    /// <inheritdoc cref="Write(string, IEnumerable{IReportFindings}, Func{IReportFindings, IReadOnlyList{string}}?)"/>
    public static void Write(Stream output, string command, IEnumerable<IReportFindings> reports,
        Func<IReportFindings, IReadOnlyList<string>>? outputs = null) => Write(output, command, reports, outputs, null);

    /// <summary>The envelope with a command's own part added after the reports (the summary's region).</summary>
    internal static void Write(Stream output, string command, IEnumerable<IReportFindings> reports,
        Func<IReportFindings, IReadOnlyList<string>>? outputs, Action<Utf8JsonWriter>? extra)
    {
        var list = reports.ToList();
        using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", SchemaVersion);
        writer.WriteString("command", command);
        writer.WriteStartObject("summary");
        writer.WriteNumber("reports", list.Count);
        writer.WriteNumber("withErrors", list.Count(r => !r.IsUnreadable && r.HasErrors()));
        writer.WriteNumber("unreadable", list.Count(r => r.IsUnreadable));
        writer.WriteNumber("errors", list.Sum(r => r.ErrorCount()));
        writer.WriteNumber("warnings", list.Sum(r => r.WarningCount()));
        writer.WriteNumber("accepted", list.Sum(r => r.AcceptedCount()));
        writer.WriteEndObject();
        writer.WriteStartArray("reports");
        foreach (var report in list)
        {
            WriteReport(writer, report, outputs?.Invoke(report));
        }

        writer.WriteEndArray();
        extra?.Invoke(writer);
        writer.WriteEndObject();
    }

    /// <summary>unreadable, errors, warnings or clean.</summary>
    public static string Status(IReportFindings report) =>
        report.IsUnreadable ? "unreadable" : report.HasErrors() ? "errors" : report.WarningCount() > 0 ? "warnings" : "clean";

    private static void WriteReport(Utf8JsonWriter writer, IReportFindings report, IReadOnlyList<string>? outputs)
    {
        writer.WriteStartObject();
        writer.WriteString("file", report.Source);
        WriteOptional(writer, "agency", report.Agency);
        if (report.Year is { } year)
        {
            writer.WriteNumber("year", year);
        }

        WriteOptional(writer, "title", report.Title);
        writer.WriteString("status", Status(report));
        writer.WriteBoolean("unreadable", report.IsUnreadable);
        writer.WriteNumber("errors", report.ErrorCount());
        writer.WriteNumber("warnings", report.WarningCount());
        writer.WriteNumber("accepted", report.AcceptedCount());
        if (outputs is not null)
        {
            writer.WriteStartArray("outputs");
            foreach (var file in outputs)
            {
                writer.WriteStringValue(file);
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in report.Diagnostics)
        {
            WriteDiagnostic(writer, diagnostic);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        writer.WriteStartObject();
        writer.WriteString("rule", diagnostic.Rule);
        writer.WriteString("severity", diagnostic.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" });
        writer.WriteString("message", diagnostic.Message);
        writer.WriteString("fingerprint", diagnostic.Fingerprint);
        if (diagnostic.IsAccepted)
        {
            writer.WriteBoolean("accepted", true);
        }

        if (diagnostic.Datum is { } datum)
        {
            writer.WriteString("table", datum.Table);
            writer.WriteString("row", datum.RowLabel);
            writer.WriteString("column", datum.ColumnLabel);
            writer.WriteString("cell", datum.Describe());
        }

        WriteOptional(writer, "field", diagnostic.Field ?? diagnostic.Source?.KeyPath);
        if (diagnostic.Source is { } source)
        {
            writer.WriteStartObject("location");
            writer.WriteString("file", source.File);
            if (source.Page is { } page)
            {
                writer.WriteNumber("page", page);
            }

            writer.WriteNumber("line", source.Line);
            writer.WriteNumber("column", source.Column);
            WriteOptional(writer, "path", source.KeyPath);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteString(name, value);
        }
    }
}
