namespace GovReportDocs.Input;

/// <summary>
/// What a value of the input file must look like. The contract (<see cref="InputContract"/>) is a tree of
/// these; the binder checks files against it, the schema and the commented sample are written from it.
/// </summary>
internal abstract record Shape(string Description);

/// <summary>A key of an object.</summary>
/// <param name="Key">The camelCase key.</param>
/// <param name="Shape">What its value must be.</param>
/// <param name="Required">Whether it must be present.</param>
/// <param name="MissingRule">The rule a missing required key breaks: <c>R1</c> for table cells, else an input error; <c>R8</c>
/// for a 信息处理费 number given blank (a warning).</param>
internal sealed record Field(string Key, Shape Shape, bool Required = false, string? MissingRule = null);

internal sealed record ObjectShape(string Description, IReadOnlyList<Field> Fields) : Shape(Description)
{
    public Field? Find(string key) => Fields.FirstOrDefault(f => f.Key == key);
}

/// <summary>Text; <paramref name="SingleLine"/> for names, numbers and addresses that a line break would corrupt.</summary>
internal sealed record TextShape(string Description, bool SingleLine = false) : Shape(Description);

internal sealed record TextListShape(string Description) : Shape(Description);

/// <summary>A non-negative integer.</summary>
internal sealed record CountShape(string Description) : Shape(Description);

/// <summary>A non-negative decimal with at most <paramref name="MaxDecimals"/> decimals.</summary>
internal sealed record AmountShape(string Description, int MaxDecimals) : Shape(Description);

internal sealed record YearShape(string Description) : Shape(Description);

internal sealed record DateShape(string Description) : Shape(Description);

internal sealed record ChoiceShape(string Description, IReadOnlyList<string> Choices) : Shape(Description);

/// <summary>A table-3 row: 6 counts, or 7 whose last is their sum.</summary>
internal sealed record ApplicantRowShape(string Description) : Shape(Description);
