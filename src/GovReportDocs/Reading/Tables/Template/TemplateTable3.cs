using GovReportDocs.Model;
using GovReportDocs.NationalFormat;

namespace GovReportDocs.Reading.Tables.Template;

/// <summary>
/// 表三 of the circulated Word template filled in and exported to PDF, as plain `pdftotext` copies it. The copy follows
/// the PDF's text blocks, not the rows: a stretch of rows comes out a column at a time (runs of numbers on consecutive
/// lines), the 自然人 column of some stretches among the labels, and 总计 after the other columns, for all rows since
/// the last 总计. Where the stretches break depends on the numbers' widths, so the shape is not fixed: each placement the
/// band model below allows is tried (<see cref="TemplateBands"/> for rows 一 to （五）5, <see cref="TemplateTail"/> for
/// the tall rows （六）1–2 and the last three rows). The numbers are read only when every placement that uses them all
/// gives the same sheet, or, when they differ, exactly one of them keeps every row's 总计 equal to its parts (R2);
/// otherwise the table is left as the walk read it (told missing, R1), never guessed.
/// </summary>
internal static class TemplateTable3
{
    /// <summary>More placements than this is not the template's shape; nothing is read.</summary>
    private const int MaxPlacements = 4096;

    /// <summary>The numbers of 表三, row by row in the table's order with its columns in printed order, or null.</summary>
    public static ReadItem[][]? Read(IReadOnlyList<ReadItem> items)
    {
        var rows = ReadableRow.Of(ReportTables.Applications);
        var labels = rows.SelectMany(r => r.Labels).ToList();
        var runs = NumberRun.Of(items, labels);
        var sheets = new List<Dictionary<(int Row, int Column), ReadItem>>();
        foreach (var (top, next, skipped) in TemplateBands.Placements(runs, MaxPlacements))
        {
            foreach (var tail in TemplateTail.Placements(runs, next, skipped))
            {
                var sheet = new Dictionary<(int Row, int Column), ReadItem>(top);
                foreach (var (cell, item) in tail)
                {
                    sheet[cell] = item;
                }

                if (sheet.Count == rows.Count * TemplateBands.Columns)
                {
                    sheets.Add(sheet);
                }

                if (sheets.Count > MaxPlacements)
                {
                    return null;
                }
            }
        }

        var distinct = sheets.DistinctBy(Key).ToList();
        if (distinct.Count > 1)
        {
            distinct = distinct.Where(TotalsHold).ToList();
        }

        return distinct.Count == 1
            ? [.. Enumerable.Range(0, rows.Count).Select(r => Enumerable.Range(0, TemplateBands.Columns).Select(c => distinct[0][(r, c)]).ToArray())]
            : null;
    }

    private static string Key(Dictionary<(int Row, int Column), ReadItem> sheet) =>
        string.Join(",", sheet.OrderBy(c => c.Key).Select(c => c.Value.Value));

    /// <summary>Every row's 总计 equals its other cells (R2).</summary>
    private static bool TotalsHold(Dictionary<(int Row, int Column), ReadItem> sheet) =>
        sheet.Keys.Select(k => k.Row).Distinct().All(r =>
            Enumerable.Range(0, TemplateBands.Total).Sum(c => sheet[(r, c)].Value ?? 0) == sheet[(r, TemplateBands.Total)].Value);
}
