using System.Text.Encodings.Web;
using System.Text.Json;

namespace GovReportDocs.Diagnostics;

/// <summary>Diagnostics as JSON, for platforms that show them in their own UI.</summary>
public static class DiagnosticJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Writes one file's findings: <c>{"file", "errors", "warnings", "diagnostics": [{"rule", "severity",
    /// "message", "table", "cell", "location": {"file", "line", "column", "path"}}]}</c>.
    /// </summary>
    public static void WriteFile(Utf8JsonWriter writer, string file, IReadOnlyList<Diagnostic> diagnostics, string? agency = null, int? year = null)
    {
        writer.WriteStartObject();
        writer.WriteString("file", file);
        if (agency is { Length: > 0 })
        {
            writer.WriteString("agency", agency);
        }

        if (year is > 0)
        {
            writer.WriteNumber("year", year.Value);
        }

        writer.WriteNumber("errors", diagnostics.Count(d => d.Severity == Severity.Error));
        writer.WriteNumber("warnings", diagnostics.Count(d => d.Severity == Severity.Warning));
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
        {
            Write(writer, diagnostic);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>One file's findings as an indented JSON document.</summary>
    public static string ForFile(string file, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            WriteFile(writer, file, diagnostics);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        writer.WriteStartObject();
        writer.WriteString("rule", diagnostic.Rule);
        writer.WriteString("severity", diagnostic.Severity == Severity.Error ? "error" : "warning");
        writer.WriteString("message", diagnostic.Message);
        if (diagnostic.Datum is { } datum)
        {
            writer.WriteString("table", datum.Table);
            writer.WriteString("cell", datum.Describe());
        }

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
            if (source.KeyPath is { Length: > 0 } path)
            {
                writer.WriteString("path", path);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
