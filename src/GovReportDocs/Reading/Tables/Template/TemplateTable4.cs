using System.Globalization;
using System.Text.RegularExpressions;
using GovReportDocs.Model;
using GovReportDocs.NationalFormat;
using GovReportDocs.Normalization;

namespace GovReportDocs.Reading.Tables.Template;

/// <summary>
/// 表四 of the circulated Word template filled in and exported to PDF, as plain `pdftotext` copies it: each group
/// (行政复议, 未经复议直接起诉, 复议后起诉) its four results as single numbers, then its 总计 under the header 总计, the
/// first group's before the label 未经复议直接起诉 that opens the table, and the last 总计 sometimes among part 五's
/// wrapped lines (the cell's text block falls there), the header joined onto the running text. Read only in exactly that shape: the first fifteen numbers after 表三's
/// last, four without 总计 before them and one right after a 总计 label, three times.
/// </summary>
internal static partial class TemplateTable4
{
    private static readonly string ComparedTotal = ChineseNormalizer.Normalize(ReviewLabels.Outcome(ReviewOutcome.Total));

    /// <summary>The numbers of 表四 in its data order, or null when the items are not in this shape.</summary>
    public static ReadItem[]? Read(IReadOnlyList<ReadItem> items)
    {
        var data = ReadableRow.Of(ReportTables.Review).SelectMany(r => r.Data).ToList();
        var outcomes = ReviewLabels.Outcomes.Count;
        if (data.Where((d, i) => d is not ReviewDatum { Outcome: var o } || o != ReviewLabels.Outcomes[i % outcomes]).Any())
        {
            return null;
        }

        var numbers = new List<ReadItem>();
        for (var i = 0; i < items.Count && numbers.Count < data.Count; i++)
        {
            if (Number(items[i]) is not { } number)
            {
                continue;
            }

            var afterTotal = i > 0 && items[i - 1].Compared == ComparedTotal;
            var isTotal = numbers.Count % outcomes == outcomes - 1;
            if (isTotal && !afterTotal && i > 0 && items[i - 1].Compared.EndsWith(ComparedTotal, StringComparison.Ordinal))
            {
                // The header's line set among part 五's wrapped lines is joined onto them (`…不断扩` `总计` → `…不断扩总计`):
                // taken for the header only when the number after it is its group's total (R5), as a sentence may end so.
                afterTotal = numbers.TakeLast(outcomes - 1).Sum(n => n.Value) == number.Value;
            }

            if (afterTotal != isTotal)
            {
                return null;
            }

            numbers.Add(number);
        }

        return numbers.Count == data.Count ? [.. numbers] : null;
    }

    private static ReadItem? Number(ReadItem item)
    {
        if (item is { HasNumber: true, IsBlank: false })
        {
            return item;
        }

        var text = item.Source.Text.Trim();
        return CountOnly().IsMatch(text)
            ? new ReadItem(new Lines.SourceCell(text, item.Source.Line), text, true, decimal.Parse(text, CultureInfo.InvariantCulture))
            : null;
    }

    [GeneratedRegex("^(0|[1-9][0-9]*)$")]
    private static partial Regex CountOnly();
}
