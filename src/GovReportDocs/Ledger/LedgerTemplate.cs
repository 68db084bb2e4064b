using GovReportDocs.Xlsx;

namespace GovReportDocs.Ledger;

/// <summary>
/// The ledger an office keeps all year (`govreport ledger init`): one sheet of applications, one of 行政复议, one of
/// 行政诉讼, and a hidden sheet holding the lists the category, outcome and result columns must come from.
/// </summary>
internal static class LedgerTemplate
{
    /// <summary>Rows the lists and date checks cover below the header; far more than any office receives in a year.</summary>
    private const int ValidatedRows = 20000;

    public static byte[] Build() => XlsxPackage.ToBytes(Sheets());

    public static IReadOnlyList<XlsxSheet> Sheets()
    {
        var options = Options();
        return
        [
            Sheet(LedgerLabels.ApplicationsSheet,
            [
                new(LedgerLabels.Received, 13, XlsxStyle.Date, null, "收到申请的日期，如 2025-03-01"),
                new(LedgerLabels.Applicant, 24, XlsxStyle.Text, null, null),
                new(LedgerLabels.Category, 15, XlsxStyle.Text, ListOf('B', LedgerLabels.Categories.Count), "从列表中选择申请人类别"),
                new(LedgerLabels.Content, 40, XlsxStyle.Text, null, null),
                new(LedgerLabels.Outcome, 46, XlsxStyle.Text, ListOf('A', LedgerLabels.Outcomes.Count), "从列表中选择，与年报表三的办理结果一致；尚未答复的留空"),
                new(LedgerLabels.Answered, 13, XlsxStyle.Date, null, "答复（办结）的日期；尚未答复的留空"),
            ]),
            Sheet(LedgerLabels.ReviewSheet,
            [
                new(LedgerLabels.Received, 13, XlsxStyle.Date, null, "收到行政复议申请（答复通知）的日期"),
                new(LedgerLabels.Case, 40, XlsxStyle.Text, null, null),
                new(LedgerLabels.Result, 14, XlsxStyle.Text, ListOf('C', LedgerLabels.Results.Count), "从列表中选择；未审结的选“尚未审结”"),
            ]),
            Sheet(LedgerLabels.LitigationSheet,
            [
                new(LedgerLabels.Received, 13, XlsxStyle.Date, null, "收到起诉状（应诉通知）的日期"),
                new(LedgerLabels.Case, 40, XlsxStyle.Text, null, null),
                new(LedgerLabels.LitigationKind, 18, XlsxStyle.Text, ListOf('D', LedgerLabels.LitigationKinds.Count), "未经复议直接起诉，或复议后起诉"),
                new(LedgerLabels.Result, 14, XlsxStyle.Text, ListOf('C', LedgerLabels.Results.Count), "从列表中选择；未审结的选“尚未审结”"),
            ]),
            options,
        ];
    }

    private sealed record TemplateColumn(string Label, double Width, XlsxStyle Style, string? List, string? Prompt);

    private static string ListOf(char column, int count) => $"'{LedgerLabels.OptionsSheet}'!${column}$1:${column}${count}";

    private static XlsxSheet Sheet(string name, IReadOnlyList<TemplateColumn> columns)
    {
        var lists = new List<XlsxListValidation>();
        var dates = new List<XlsxDateValidation>();
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            if (column.List is { } list)
            {
                lists.Add(new XlsxListValidation(1, ValidatedRows, c, list, column.Prompt, $"“{column.Label}”应从列表中选择"));
            }
            else if (column.Style == XlsxStyle.Date)
            {
                dates.Add(new XlsxDateValidation(1, ValidatedRows, c, $"“{column.Label}”应为日期，如 2025-03-01"));
            }
        }

        return new XlsxSheet(name, [.. columns.Select((c, i) => XlsxCell.Of(0, i, c.Label, XlsxStyle.Header))])
        {
            ColumnWidths = [.. columns.Select(c => c.Width)],
            ColumnStyles = [.. columns.Select(c => (XlsxStyle?)c.Style)],
            FrozenRows = 1,
            RowHeights = new Dictionary<int, double> { [0] = 22 },
            Lists = lists,
            Dates = dates,
        };
    }

    /// <summary>The lists, one per column, hidden: A outcomes, B categories, C case results, D how a lawsuit came.</summary>
    private static XlsxSheet Options()
    {
        var cells = new List<XlsxCell>();
        void Column(int column, IEnumerable<string> values) =>
            cells.AddRange(values.Select((v, row) => XlsxCell.Of(row, column, v, XlsxStyle.Plain)));
        Column(0, LedgerLabels.Outcomes.Select(o => o.Label));
        Column(1, LedgerLabels.Categories.Select(c => c.Label));
        Column(2, LedgerLabels.Results.Select(r => r.Label));
        Column(3, LedgerLabels.LitigationKinds.Select(k => k.Label));
        return new XlsxSheet(LedgerLabels.OptionsSheet, cells) { Hidden = true, ColumnWidths = [60, 16, 12, 18] };
    }
}
