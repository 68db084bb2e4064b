using System.Globalization;
using System.Text.Json;
using GovReportDocs.NationalFormat;

namespace GovReportDocs.Summary;

/// <summary>
/// The region's part of the <c>summary</c> envelope: the files not placed, and per year each office's row (the file
/// it shows, status, key figures, findings by rule, publish date against the deadline, cross-year findings) and the
/// region's tables cell by cell.
/// </summary>
internal static class SummaryJson
{
    public static void Write(Utf8JsonWriter writer, RegionModel model, IReadOnlyList<string> outputs)
    {
        writer.WriteStartObject("region");
        writer.WriteStartArray("outputs");
        foreach (var output in outputs)
        {
            writer.WriteStringValue(output);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("notPlaced");
        foreach (var report in model.NotPlaced)
        {
            writer.WriteStartObject();
            writer.WriteString("file", report.File);
            writer.WriteString("status", SummaryStatuses.Key(report.Status));
            writer.WriteString("reason", report.NotPlacedBecause);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("years");
        foreach (var year in model.Years)
        {
            WriteYear(writer, year);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteYear(Utf8JsonWriter writer, RegionYear year)
    {
        writer.WriteStartObject();
        writer.WriteNumber("year", year.Year);
        writer.WriteStartArray("offices");
        foreach (var office in year.Offices)
        {
            WriteOffice(writer, office);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("medians");
        foreach (var figure in KeyFigures.All)
        {
            WriteNumber(writer, figure.Key, year.Median(figure));
        }

        writer.WriteEndObject();
        writer.WriteStartArray("tables");
        foreach (var table in ReportTables.All)
        {
            writer.WriteStartObject();
            writer.WriteString("table", table.Name);
            writer.WriteStartArray("cells");
            foreach (var cell in table.DatumCells)
            {
                var datum = cell.Datum!;
                writer.WriteStartObject();
                writer.WriteString("cell", datum.Describe());
                writer.WriteString("row", datum.RowLabel);
                writer.WriteString("column", datum.ColumnLabel);
                WriteNumber(writer, "value", year.Totals[datum]);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteOffice(Utf8JsonWriter writer, OfficeYear office)
    {
        var report = office.Report;
        writer.WriteStartObject();
        writer.WriteString("agency", office.Agency);
        writer.WriteString("file", report.File);
        writer.WriteStartArray("otherFiles");
        foreach (var other in office.Others)
        {
            writer.WriteStringValue(other.File);
        }

        writer.WriteEndArray();
        writer.WriteString("status", SummaryStatuses.Key(report.Status));
        writer.WriteStartObject("figures");
        foreach (var figure in KeyFigures.All)
        {
            WriteNumber(writer, figure.Key, figure.Value(report));
        }

        writer.WriteEndObject();
        writer.WriteStartObject("findingsByRule");
        foreach (var (rule, count) in RuleCounts.Of(report).OrderBy(p => p.Key, RuleCounts.Order))
        {
            writer.WriteNumber(rule, count);
        }

        writer.WriteEndObject();
        WriteDate(writer, "publishDate", report.PublishedOn);
        WriteDate(writer, "deadline", report.Deadline);
        writer.WriteBoolean("late", report.IsLate);
        writer.WriteNumber("daysLate", report.DaysLate);
        writer.WriteStartArray("crossYear");
        foreach (var finding in office.CrossYear)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", finding.Diagnostic.Rule);
            writer.WriteString("message", finding.Diagnostic.Message);
            writer.WriteString("place", finding.Place);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, Math.Round(v, 6));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            writer.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
