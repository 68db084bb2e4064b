using GovReportDocs.Reading.Lines;
using GovReportDocs.Validation;

namespace GovReportDocs.Reading.Structure;

/// <summary>
/// The stretch of a report where the three tables stand: between the titles of parts 二 and 五, or of a fee part of
/// its own before 五 (<see cref="FeePart"/>).
/// </summary>
internal static class TableRegion
{
    /// <summary>
    /// Between the titles of 二 and 五, short lines without a full stop are table cells even when the source put
    /// one per line with no marker. The stretch ends at <paramref name="feeTitle"/> when a fee part stands before 五.
    /// </summary>
    public static IReadOnlyList<SourceItem> CellsBetweenTables(IReadOnlyList<SourceItem> items, IReadOnlyList<FoundPart> parts, int? feeTitle = null)
    {
        var from = parts.FirstOrDefault(p => p.Number == 2)?.Index;
        var to = parts.FirstOrDefault(p => p.Number == 5)?.Index;
        if (to is not null && feeTitle > from && feeTitle < to)
        {
            to = feeTitle;
        }

        if (from is null || to is null || to <= from)
        {
            return items;
        }

        var partLines = parts.Select(p => p.Index).ToHashSet();
        return items.Select((item, i) => item is SourceParagraph p && i > from && i < to && !partLines.Contains(i)
                                         && p.Text.Length <= ReadingThresholds.MaxTableCell && !p.Text.Contains('。')
            ? new SourceCell(p.Text, p.Line)
            : item).ToList();
    }
}
