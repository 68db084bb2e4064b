using GovReportDocs.Normalization;
using GovReportDocs.Reading.Lines;

namespace GovReportDocs.Reading.Tables;

/// <summary>An item with its text as labels are compared, and what it holds as a table cell.</summary>
internal sealed record ReadItem(SourceItem Source, string Compared, bool IsValue, decimal? Value)
{
    /// <summary>A number, not a blank or a missing mark.</summary>
    public bool HasNumber => IsValue && Value is not null;

    public bool IsBlank => Source is SourceCell { IsBlank: true };

    public static ReadItem Of(SourceItem item)
    {
        var compared = ChineseNormalizer.Normalize(item.Text);
        decimal? value = null;
        var isValue = item is SourceCell cell && CellValue.TryRead(cell, compared, out value);
        return new ReadItem(item, compared, isValue, value);
    }
}
