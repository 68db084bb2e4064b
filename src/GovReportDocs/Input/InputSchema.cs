using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovReportDocs.Model;

namespace GovReportDocs.Input;

/// <summary>A JSON Schema (draft 2020-12) of the input file, written from the contract, so editors complete and check keys.</summary>
internal static class InputSchema
{
    /// <summary>The schema's $id.</summary>
    public const string Id = "https://govreportdocs.invalid/schema/report-input.json";

    /// <summary>The schema as indented JSON.</summary>
    public static string Write()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
               {
                   Indented = true,
                   Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
               }))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            writer.WriteString("$id", Id);
            writer.WriteString("title", "GovReportDocs 输入文件");
            WriteShapeBody(writer, InputContract.Root, nullable: false);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteShape(Utf8JsonWriter writer, Shape shape, bool nullable)
    {
        writer.WriteStartObject();
        WriteShapeBody(writer, shape, nullable);
        writer.WriteEndObject();
    }

    private static void WriteShapeBody(Utf8JsonWriter writer, Shape shape, bool nullable)
    {
        writer.WriteString("description", shape.Description);
        switch (shape)
        {
            case ObjectShape obj:
                Type(writer, "object", nullable);
                writer.WriteBoolean("additionalProperties", false);
                var required = obj.Fields.Where(f => f.Required).Select(f => f.Key).ToList();
                if (required.Count > 0)
                {
                    writer.WriteStartArray("required");
                    required.ForEach(writer.WriteStringValue);
                    writer.WriteEndArray();
                }

                writer.WriteStartObject("properties");
                foreach (var field in obj.Fields)
                {
                    writer.WritePropertyName(field.Key);
                    WriteShape(writer, field.Shape, nullable: !field.Required);
                }

                writer.WriteEndObject();
                break;
            case TextShape:
                Type(writer, "string", nullable);
                break;
            case TextListShape:
                Type(writer, "array", nullable);
                writer.WriteStartObject("items");
                writer.WriteString("type", "string");
                writer.WriteEndObject();
                break;
            case CountShape:
                Type(writer, "integer", nullable);
                writer.WriteNumber("minimum", 0);
                break;
            case AmountShape amount:
                Type(writer, "number", nullable);
                writer.WriteNumber("minimum", 0);
                writer.WriteNumber("multipleOf", 1m / (decimal)Math.Pow(10, amount.MaxDecimals));
                break;
            case YearShape:
                Type(writer, "integer", nullable);
                writer.WriteNumber("minimum", ReportYears.First);
                writer.WriteNumber("maximum", ReportYears.Last);
                break;
            case DateShape:
                Type(writer, "string", nullable);
                writer.WriteString("format", "date");
                break;
            case ChoiceShape choice:
                writer.WriteStartArray("enum");
                choice.Choices.ToList().ForEach(writer.WriteStringValue);
                if (nullable)
                {
                    writer.WriteNullValue();
                }

                writer.WriteEndArray();
                break;
            case ApplicantRowShape:
                Type(writer, "array", nullable: false);
                writer.WriteNumber("minItems", 6);
                writer.WriteNumber("maxItems", 7);
                writer.WriteStartObject("items");
                writer.WriteString("type", "integer");
                writer.WriteNumber("minimum", 0);
                writer.WriteEndObject();
                break;
        }
    }

    private static void Type(Utf8JsonWriter writer, string type, bool nullable)
    {
        if (!nullable)
        {
            writer.WriteString("type", type);
            return;
        }

        writer.WriteStartArray("type");
        writer.WriteStringValue(type);
        writer.WriteStringValue("null");
        writer.WriteEndArray();
    }
}
