using GovReportDocs.Normalization;
using GovReportDocs.Reading.Lines;
using GovReportDocs.Reading.Tables;

namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>
/// A row cut by a page break: its numbers and the first lines of its label at the foot of one page, the rest of the
/// label at the head of the next in a row of its own with empty value cells (LibreOffice's 表三（六）2, a label of three
/// lines). The two are one row when the label's pieces together are one of the format's row labels.
/// </summary>
internal static class LabelOverPageBreak
{
    private static readonly HashSet<string> RowLabels =
        [.. ReadableRow.All.SelectMany(r => r.Labels)];

    /// <summary>
    /// Whether <paramref name="cells"/>, the first row of a page, is the rest of the label of the row whose cells end
    /// <paramref name="items"/> (the last row of the page before, nothing after it): then that row's label is given its
    /// whole text and true is returned; else nothing is changed.
    /// </summary>
    public static bool JoinTo(List<SourceItem> items, int previousRowStart, IReadOnlyList<string> cells)
    {
        var rest = cells.Where(c => c.Length > 0).ToList();
        if (previousRowStart < 0 || rest.Count != 1 || IsNumber(rest[0]))
        {
            return false;
        }

        var labelAt = items.FindLastIndex(items.Count - 1, items.Count - previousRowStart, i => i is SourceCell { IsBlank: false } c && !IsNumber(c.Text));
        if (labelAt < 0 || items[labelAt] is not SourceCell label
            || RowLabels.Contains(ChineseNormalizer.Normalize(label.Text))
            || !RowLabels.Contains(ChineseNormalizer.Normalize(label.Text + rest[0])))
        {
            return false;
        }

        items[labelAt] = label with { Text = label.Text + rest[0] };
        return true;
    }

    private static bool IsNumber(string text) => CellValue.TryRead(new SourceCell(text, 0), out var value) && value is not null;
}
