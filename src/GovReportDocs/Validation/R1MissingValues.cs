using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;

namespace GovReportDocs.Validation;

/// <summary>R1: every cell of tables 2–4 has a value; counts are integers ≥ 0; the 万元 amount is ≥ 0.</summary>
internal sealed class R1MissingValues : IReportRule
{
    /// <inheritdoc />
    public string Id => RuleIds.R1;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        // A table a published report lacks altogether is one R9 finding, not a missing value per cell.
        var absent = context.Published?.Current is { } report
            ? ReportTables.All.Where(t => !report.TablesFound.Contains(t)).Select(t => t.Name).ToHashSet()
            : [];
        foreach (var datum in StatisticsSheet.AllData.Where(d => !absent.Contains(d.Table)))
        {
            var value = context.Sheet[datum];
            var expectation = datum.IsCount ? "非负整数" : "非负数（单位：万元）";
            if (value is null)
            {
                yield return Diagnostic.Error(Id,
                    $"{datum.Describe()}缺少数值：应为{expectation}，空白、“/”、“-”、“—”不视为0", datum) with { Kind = FindingKind.MissingValue };
            }
            else if (value < 0 || (datum.IsCount && value != decimal.Truncate(value.Value)))
            {
                yield return Diagnostic.Error(Id,
                    $"{datum.Describe()}应为{expectation}，实际为{Sums.Text(value.Value)}", datum);
            }
        }
    }
}
