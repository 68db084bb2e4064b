using System.Collections.Immutable;
using GovReportDocs.Model;

namespace GovReportDocs.NationalFormat;

/// <summary>
/// The numbers of the three tables as printed: every datum cell with its value, null where the cell is
/// blank or holds `/`, `-` or `—`. A sheet made from a model has its totals computed; a sheet read from a
/// published report keeps the totals it printed, so the checks can find where they disagree.
/// </summary>
public sealed class StatisticsSheet
{
    /// <summary>Every datum of the three tables, in printed order.</summary>
    public static ImmutableArray<Datum> AllData { get; } =
        [.. ReportTables.All.SelectMany(t => t.DatumCells).Select(c => c.Datum!)];

    /// <summary>Where each datum's value is kept: a sheet is an array in the order of <see cref="AllData"/>, built and read per report.</summary>
    private static readonly Dictionary<Datum, int> Slots = AllData.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);

    /// <summary>Never changed after construction: every change makes a new sheet.</summary>
    private readonly decimal?[] _values;

    private StatisticsSheet(decimal?[] values) => _values = values;

    /// <summary>The value printed for a datum, or null when it is missing.</summary>
    public decimal? this[Datum datum] => Slots.TryGetValue(datum, out var slot) ? _values[slot] : null;

    /// <summary>The numbers a report prints, totals computed.</summary>
    public static StatisticsSheet FromReport(AnnualReport report) =>
        new([.. AllData.Select(d => (decimal?)ReportData.ValueOf(report, d))]);

    /// <summary>The numbers as read from a published report; a datum not in the map is missing.</summary>
    public static StatisticsSheet FromValues(IReadOnlyDictionary<Datum, decimal?> values) =>
        new([.. AllData.Select(d => values.GetValueOrDefault(d))]);

    /// <summary>A copy with one value replaced (null makes it missing).</summary>
    public StatisticsSheet With(Datum datum, decimal? value) => new(Replaced([datum], value));

    /// <summary>
    /// A copy with the given numbers missing, and with them every computed total they are part of: a total over a
    /// number nobody knows is unknown too, so no rule compares it.
    /// </summary>
    public StatisticsSheet WithMissing(IEnumerable<Datum> missing)
    {
        var values = new StatisticsSheet(Replaced(missing, null));
        decimal? Value(Datum d) => values[d];
        var totals = new List<Datum>();
        foreach (var row in ApplicationStatistics.EnteredRows)
        {
            if (ApplicantCounts.ApplicantColumns.Any(c => Value(new ApplicationDatum(row, c)) is null))
            {
                totals.Add(new ApplicationDatum(row, ApplicantColumn.Total));
            }
        }

        foreach (var column in ApplicantColumns.All)
        {
            if (ApplicationStatistics.ResultRows.Any(r => Value(new ApplicationDatum(r, column)) is null
                                                          || totals.Contains(new ApplicationDatum(r, column))))
            {
                totals.Add(new ApplicationDatum(ApplicationRow.ResultsTotal, column));
            }
        }

        foreach (var group in ReviewLabels.Groups)
        {
            if (ReviewLabels.EnteredOutcomes.Any(o => Value(new ReviewDatum(group, o)) is null))
            {
                totals.Add(new ReviewDatum(group, ReviewOutcome.Total));
            }
        }

        return new StatisticsSheet(values.Replaced(totals, null));
    }

    private decimal?[] Replaced(IEnumerable<Datum> data, decimal? value)
    {
        var values = (decimal?[])_values.Clone();
        foreach (var datum in data)
        {
            values[Slots[datum]] = value;
        }

        return values;
    }

    /// <summary>Table 3 value shortcut.</summary>
    public decimal? this[ApplicationRow row, ApplicantColumn column] => this[new ApplicationDatum(row, column)];

    /// <summary>Table 4 value shortcut.</summary>
    public decimal? this[ReviewGroup group, ReviewOutcome outcome] => this[new ReviewDatum(group, outcome)];

    /// <summary>Table 2 value shortcut.</summary>
    public decimal? this[ProactiveItem item] => this[new ProactiveDatum(item)];
}
