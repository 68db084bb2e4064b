using GovReportDocs.NationalFormat;
using GovReportDocs.Model;

namespace GovReportDocs.Summary;

/// <summary>
/// The six kinds of 办理结果 of 表三 — （一）予以公开 … （六）其他处理 — found in the table description: a row's merged
/// group label, or its own label for a row without one. The stacked bars of outcomes draw one segment each.
/// </summary>
internal static class OutcomeGroups
{
    /// <summary>A kind of outcome: its short name (`（三）不予公开`) and its rows.</summary>
    public sealed record Group(string Name, IReadOnlyList<ApplicationRow> Rows)
    {
        /// <summary>The group's count in a report: the sum of its rows' 总计 column, null when one is missing.</summary>
        public decimal? Value(StatisticsSheet sheet)
        {
            decimal sum = 0;
            foreach (var row in Rows)
            {
                if (sheet[row, ApplicantColumn.Total] is not { } value)
                {
                    return null;
                }

                sum += value;
            }

            return sum;
        }
    }

    public static IReadOnlyList<Group> All { get; } =
    [
        .. ApplicationRows.All
            .Where(r => r.IsResult && r.Row != ApplicationRow.ResultsTotal)
            .GroupBy(r => r.Group ?? r.Label)
            .Select(g => new Group(Short(g.Key), [.. g.Select(r => r.Row)])),
    ];

    /// <summary>`（二）部分公开（区分处理的，…）` → `（二）部分公开`: the printed label up to its explanation.</summary>
    private static string Short(string label)
    {
        var explanation = label.IndexOf('（', 1);
        return explanation > 0 ? label[..explanation] : label;
    }
}
