namespace GovReportDocs.Xlsx;

/// <summary>The few looks a generated workbook needs; <see cref="XlsxStyles"/> gives each one fixed index.</summary>
internal enum XlsxStyle
{
    /// <summary>Unformatted.</summary>
    Plain,

    /// <summary>A bold, centred, wrapped, bordered label: table headers and a ledger's header row.</summary>
    Header,

    /// <summary>A wrapped, bordered text cell.</summary>
    Text,

    /// <summary>A bordered date shown as yyyy-mm-dd.</summary>
    Date,

    /// <summary>A bordered, centred integer.</summary>
    Count,

    /// <summary>A bordered, centred amount with up to four decimals (表二's 万元).</summary>
    Amount,

    /// <summary>A bordered, left-aligned, wrapped row label of an official table.</summary>
    Label,

    /// <summary>A bold title above a table.</summary>
    Title,

    /// <summary>A bordered, centred share shown as a percentage (the summary's 予以公开占比).</summary>
    Percent,
}

/// <summary>One cell to write: a text, a number, a date or a formula (with the value it computes, so readers that do not calculate still see it).</summary>
internal sealed record XlsxCell(int Row, int Column, XlsxStyle Style, string? Text = null, double? Number = null, DateOnly? Date = null,
    string? Formula = null)
{
    public static XlsxCell Of(int row, int column, string text, XlsxStyle style = XlsxStyle.Text) => new(row, column, style, Text: text);

    public static XlsxCell Of(int row, int column, double number, XlsxStyle style = XlsxStyle.Count) => new(row, column, style, Number: number);

    public static XlsxCell Of(int row, int column, DateOnly date) => new(row, column, XlsxStyle.Date, Date: date);

    /// <summary>A formula such as <c>SUM(D5:I5)</c> and the value it gives.</summary>
    public static XlsxCell Sum(int row, int column, string formula, double value) =>
        new(row, column, XlsxStyle.Count, Number: value, Formula: formula);

    /// <summary>A cell styled but empty (a bordered blank to fill in).</summary>
    public static XlsxCell Blank(int row, int column, XlsxStyle style) => new(row, column, style);
}

/// <summary>A list a column's cells must come from (data validation), given as a range of another sheet.</summary>
/// <param name="FirstRow">First row it applies to (0-based).</param>
/// <param name="LastRow">Last row it applies to.</param>
/// <param name="Column">The column (0-based).</param>
/// <param name="Source">The list, as a formula: <c>选项!$A$1:$A$21</c>.</param>
/// <param name="Prompt">The message a cell shows when chosen, or null.</param>
/// <param name="Error">The message shown for a value not in the list.</param>
internal sealed record XlsxListValidation(int FirstRow, int LastRow, int Column, string Source, string? Prompt, string Error);

/// <summary>A date a column's cells must hold (data validation: any date from 2008 on).</summary>
internal sealed record XlsxDateValidation(int FirstRow, int LastRow, int Column, string Error);

/// <summary>A merged range, 0-based and inclusive.</summary>
internal sealed record XlsxMerge(int FirstRow, int FirstColumn, int LastRow, int LastColumn);

/// <summary>
/// One worksheet as data: what a writer of a template or a table needs and nothing more. Rows and columns count
/// from 0; <see cref="XlsxPackage"/> turns them into A1 references.
/// </summary>
internal sealed record XlsxSheet(string Name, IReadOnlyList<XlsxCell> Cells)
{
    /// <summary>Column widths in characters of the default font (a CJK character counts about 2).</summary>
    public IReadOnlyList<double> ColumnWidths { get; init; } = [];

    /// <summary>A style for the empty cells of a column (so a typed date shows as a date), by column; null for none.</summary>
    public IReadOnlyList<XlsxStyle?> ColumnStyles { get; init; } = [];

    /// <summary>Rows kept in view when scrolling (a frozen header); 0 for none.</summary>
    public int FrozenRows { get; init; }

    /// <summary>Row heights in points by row, for rows whose wrapped labels need more than one line.</summary>
    public IReadOnlyDictionary<int, double> RowHeights { get; init; } = new Dictionary<int, double>();

    public IReadOnlyList<XlsxMerge> Merges { get; init; } = [];

    public IReadOnlyList<XlsxListValidation> Lists { get; init; } = [];

    public IReadOnlyList<XlsxDateValidation> Dates { get; init; } = [];

    /// <summary>Hidden sheets hold the lists validations point at.</summary>
    public bool Hidden { get; init; }
}
