using GovReportDocs.NationalFormat;
using GovReportDocs.Html;
using GovReportDocs.Input;
using GovReportDocs.Narrative;

namespace GovReportDocs.Web;

/// <summary>One cell of a table as the browser draws it: a label, or the number at <see cref="Key"/>.</summary>
internal sealed record FormCell(int RowSpan, int ColumnSpan, string? Label, string? Key, bool Computed, bool IsCount, string? Describe,
    string? Help = null);

/// <summary>One of the three tables, row by row, each described cell once (merged cells carry their spans).</summary>
internal sealed record FormTable(string Name, string Caption, int ColumnCount, int HeaderRowCount, IReadOnlyList<double> Widths,
    IReadOnlyList<IReadOnlyList<FormCell>> Rows);

/// <summary>A field of the input file outside the tables: its key, label, hint, kind and choices.</summary>
internal sealed record FormField(string Key, string Label, string Hint, string Kind, string Group, IReadOnlyList<string>? Choices = null);

/// <summary>Everything the editor draws, walked from the table descriptions and the input contract.</summary>
internal sealed record FormLayout(IReadOnlyList<FormTable> Tables, IReadOnlyDictionary<string, IReadOnlyList<string>> Sums,
    IReadOnlyList<FormField> Fields, IReadOnlyList<TemplateVariable> Variables)
{
    private static readonly string[] TableKeys = [InputKeys.Proactive, InputKeys.Applications, InputKeys.Review];

    public static FormLayout Instance { get; } = Build();

    /// <summary>Every key the browser may send: the entered numbers and the fields.</summary>
    public static IReadOnlySet<string> EnteredKeys { get; } =
        new HashSet<string>(FormCells.Entered.Select(FormCells.KeyOf).Concat(Instance.Fields.Select(f => f.Key)), StringComparer.Ordinal);

    private static FormLayout Build() => new(
        [.. ReportTables.All.Select(Table)],
        FormCells.Sums,
        [.. FieldsOf(InputContract.Root, "", "")],
        TemplateData.Variables);

    private static FormTable Table(TableDescription table) => new(
        table.Name,
        HtmlTables.Caption(table),
        table.ColumnCount,
        table.HeaderRowCount,
        [.. table.ColumnWeights],
        [.. Enumerable.Range(0, table.RowCount).Select(row => (IReadOnlyList<FormCell>)[.. table.CellsStartingOn(row).Select(Cell)])]);

    private static FormCell Cell(TableCell cell) => cell.Datum is { } datum
        ? new FormCell(cell.RowSpan, cell.ColumnSpan, null, FormCells.KeyOf(datum), FormCells.IsComputed(datum), datum.IsCount, datum.Describe(),
            CellHelp.For(datum.Describe() + (FormCells.IsComputed(datum) ? " 总计" : "")))
        : new FormCell(cell.RowSpan, cell.ColumnSpan, cell.Label, null, false, false, null);

    /// <summary>The contract's fields outside the tables, in file order; a text of the report is named as diagnostics name it.</summary>
    private static IEnumerable<FormField> FieldsOf(ObjectShape shape, string prefix, string group)
    {
        // The top-level fields before the first block are the report's particulars; a later one is a group of its own.
        var particulars = true;
        foreach (var field in shape.Fields)
        {
            particulars &= prefix.Length > 0 || field.Shape is not ObjectShape && field.Shape is not TextShape { SingleLine: false };
            var key = prefix + field.Key;
            if (TableKeys.Contains(key))
            {
                continue;
            }

            var label = NarrativeFields.All.FirstOrDefault(n => n.Key == key)?.Name
                        ?? NarrativeFields.Lists.FirstOrDefault(n => n.Key == key)?.Name
                        ?? Label(field.Shape.Description);
            var here = prefix.Length > 0 ? group : particulars ? "基本信息" : label;
            switch (field.Shape)
            {
                case ObjectShape inner:
                    foreach (var nested in FieldsOf(inner, key + ".", prefix.Length == 0 ? Label(inner.Description) : group))
                    {
                        yield return nested;
                    }

                    break;
                case ChoiceShape choice:
                    yield return new FormField(key, label, ClerkWording.Of(choice.Description), "choice", here, choice.Choices);
                    break;
                default:
                    yield return new FormField(key, label, ClerkWording.Of(field.Shape.Description), KindOf(field.Shape), here);
                    break;
            }
        }
    }

    private static string KindOf(Shape shape) => shape switch
    {
        TextShape { SingleLine: true } => "line",
        TextShape => "text",
        TextListShape => "list",
        YearShape => "year",
        DateShape => "date",
        CountShape => "count",
        AmountShape => "amount",
        _ => "line",
    };

    /// <summary>A description's first phrase: 机关全称，如：… → 机关全称.</summary>
    private static string Label(string description)
    {
        var cut = description.IndexOfAny(['，', '；', '（', '：']);
        return cut > 0 ? description[..cut] : description;
    }
}
