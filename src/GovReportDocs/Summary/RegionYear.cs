using GovReportDocs.NationalFormat;

namespace GovReportDocs.Summary;

/// <summary>One year of a region: its offices in name order and the region's tables, the sum of theirs.</summary>
internal sealed class RegionYear
{
    public RegionYear(int year, IReadOnlyList<OfficeYear> offices)
    {
        Year = year;
        Offices = offices;
        Totals = Sum(offices.Select(o => o.Report.Sheet).OfType<StatisticsSheet>().ToList());
    }

    public int Year { get; }

    public IReadOnlyList<OfficeYear> Offices { get; }

    /// <summary>
    /// Each number of 表二, 表三 and 表四 summed over the offices, as printed (a printed total is summed as printed, so
    /// the region's table equals the sum of the offices' tables cell by cell); missing where no office printed it.
    /// </summary>
    public StatisticsSheet Totals { get; }

    /// <summary>The median of a figure over the offices that have it, or null when none has.</summary>
    public decimal? Median(KeyFigure figure)
    {
        var values = Offices.Select(o => figure.Value(o.Report)).OfType<decimal>().Order().ToList();
        return values.Count == 0 ? null
            : values.Count % 2 == 1 ? values[values.Count / 2]
            : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }

    /// <summary>The rules with findings this year, in rule order (R1, R2 … R18, then input findings).</summary>
    public IReadOnlyList<string> Rules => [.. Offices.SelectMany(o => RuleCounts.Of(o.Report).Keys).Distinct().Order(RuleCounts.Order)];

    internal static StatisticsSheet Sum(IReadOnlyList<StatisticsSheet> sheets)
    {
        var values = new Dictionary<Datum, decimal?>();
        foreach (var datum in StatisticsSheet.AllData)
        {
            var known = sheets.Select(s => s[datum]).OfType<decimal>().ToList();
            values[datum] = known.Count == 0 ? null : known.Sum();
        }

        return StatisticsSheet.FromValues(values);
    }
}
