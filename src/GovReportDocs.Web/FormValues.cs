using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovReportDocs.NationalFormat;
using GovReportDocs.Input;
using GovReportDocs.Model;

namespace GovReportDocs.Web;

/// <summary>
/// The editor's values, one per key (<c>agency</c>, <c>overview.onRequest</c>, <c>applications.granted[0]</c>), to and
/// from the input file's shape. The browser's values become an input file in JSON and are read by the library like any
/// other, so every check of a file applies to what is typed.
/// </summary>
internal static class FormValues
{
    /// <summary>The values of a report: every field and every table number, computed totals included.</summary>
    /// <param name="report">The report.</param>
    /// <param name="sheet">Its numbers as the file gave them: a cell left blank there (and a total over it) is blank here, never 0.</param>
    /// <param name="blankFields">The numbers outside the tables the file left blank (the 信息处理费): blank here too.</param>
    public static Dictionary<string, object?> Of(AnnualReport report, StatisticsSheet? sheet = null, IReadOnlySet<string>? blankFields = null)
    {
        var bound = ReportDisassembler.ToBound(report);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in FormLayout.Instance.Fields)
        {
            values[field.Key] = bound.AtPath(field.Key) switch
            {
                _ when blankFields?.Contains(field.Key) == true => null,
                DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                var value => value,
            };
        }

        values["previousYear"] = report.PreviousYear;
        foreach (var datum in StatisticsSheet.AllData)
        {
            values[FormCells.KeyOf(datum)] = sheet is not null && sheet[datum] is null ? null : ReportData.ValueOf(report, datum);
        }

        return values;
    }

    /// <summary>The input file (JSON) the values make; keys the editor does not have are dropped, empty values left out.</summary>
    /// <param name="values">The editor's values by key.</param>
    /// <param name="indented">For a file a person reads: indented, Chinese as it is.</param>
    public static string ToInputJson(IReadOnlyDictionary<string, JsonElement> values, bool indented = false)
    {
        var root = new JsonObject();
        foreach (var (key, value) in values)
        {
            if (!FormLayout.EnteredKeys.Contains(key) || IsEmpty(value))
            {
                continue;
            }

            var bracket = key.IndexOf('[', StringComparison.Ordinal);
            if (bracket < 0)
            {
                Parent(root, key, out var leaf)[leaf] = Node(key, value);
                continue;
            }

            var index = int.Parse(key[(bracket + 1)..^1], CultureInfo.InvariantCulture);
            var parent = Parent(root, key[..bracket], out var name);
            if (parent[name] is not JsonArray row)
            {
                row = new JsonArray([.. Enumerable.Repeat<JsonNode?>(null, ApplicantCounts.ApplicantColumns.Count)]);
                parent[name] = row;
            }

            row[index] = Node(key, value);
        }

        // A table the office has not touched is still sent whole, with its empty cells as null: R1 names each one (a
        // block left out of a file counts as all 0, which is never what a blank form means).
        foreach (var datum in FormCells.Entered)
        {
            var key = FormCells.KeyOf(datum);
            if (datum is ApplicationDatum)
            {
                var path = key[..key.IndexOf('[', StringComparison.Ordinal)];
                var row = Parent(root, path, out var name);
                row[name] ??= new JsonArray([.. Enumerable.Repeat<JsonNode?>(null, ApplicantCounts.ApplicantColumns.Count)]);
            }
            else if (Parent(root, key, out var leaf) is var parent && !parent.ContainsKey(leaf))
            {
                parent[leaf] = null;
            }
        }

        // So are the 信息处理费 left blank: blank is not yet filled in (R8 says so), never “none charged” unsaid.
        foreach (var key in BlankCells.Fields)
        {
            if (Parent(root, key, out var leaf) is var parent && !parent.ContainsKey(leaf))
            {
                parent[leaf] = null;
            }
        }

        return indented ? root.ToJsonString(Readable) + "\n" : root.ToJsonString();
    }

    /// <summary>
    /// The first key whose text cannot be written as an input file — bytes that are no UTF-8, or half of a UTF-16
    /// surrogate pair (<c>\ud800</c>) — or null when every value can.
    /// </summary>
    public static string? Unreadable(IReadOnlyDictionary<string, JsonElement> values) =>
        values.FirstOrDefault(v => !IsWritable(v.Value)).Key;

    private static bool IsWritable(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                string text;
                try
                {
                    text = value.GetString()!;
                }
                catch (InvalidOperationException)
                {
                    return false;
                }

                for (var i = 0; i < text.Length; i++)
                {
                    if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        i++;
                    }
                    else if (char.IsSurrogate(text[i]))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValueKind.Array:
                return value.EnumerateArray().All(IsWritable);
            case JsonValueKind.Object:
                return value.EnumerateObject().All(p => IsWritable(p.Value));
            default:
                return true;
        }
    }

    /// <summary>
    /// A value as the input file holds it. What is typed into a number cell comes as text and is read exactly
    /// (<see cref="TypedNumber"/>); text it cannot read stays text, so the library finds it on its cell
    /// (“应为非负整数，实际为文本“12。5””) and the save refuses it: never a silently different number.
    /// </summary>
    private static JsonNode? Node(string key, JsonElement value) =>
        value.ValueKind == JsonValueKind.String && NumberKeys.Contains(key) && TypedNumber.Read(value.GetString()!) is { } number
            ? JsonNode.Parse(number)
            : JsonNode.Parse(value.GetRawText());

    /// <summary>The keys whose values are numbers: every entered table cell and the number fields.</summary>
    private static readonly HashSet<string> NumberKeys =
        [.. FormCells.Entered.Select(FormCells.KeyOf), .. FormLayout.Instance.Fields.Where(f => f.Kind is "count" or "amount" or "year").Select(f => f.Key)];

    private static readonly JsonSerializerOptions Readable = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static bool IsEmpty(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => true,
        JsonValueKind.String => value.GetString()!.Trim().Length == 0,
        JsonValueKind.Array => value.GetArrayLength() == 0,
        _ => false,
    };

    /// <summary>The object that holds the last segment of a dotted path, made on the way.</summary>
    private static JsonObject Parent(JsonObject root, string path, out string leaf)
    {
        var parts = path.Split('.');
        var node = root;
        foreach (var part in parts[..^1])
        {
            if (node[part] is not JsonObject next)
            {
                next = new JsonObject();
                node[part] = next;
            }

            node = next;
        }

        leaf = parts[^1];
        return node;
    }
}
