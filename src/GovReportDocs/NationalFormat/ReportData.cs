using GovReportDocs.Model;

namespace GovReportDocs.NationalFormat;

/// <summary>Reads the number a <see cref="Datum"/> names out of a report: the one bridge from cells to the model.</summary>
internal static class ReportData
{
    /// <summary>The value of one table number, computed totals included.</summary>
    public static decimal ValueOf(AnnualReport report, Datum datum) => datum switch
    {
        ProactiveDatum p => ProactiveItems.Of(p.Item).ValueIn(report.Proactive),
        ApplicationDatum a => report.Applications[a.Row][a.Column],
        ReviewDatum r => report.ReviewAndLitigation[r.Group][r.Outcome],
        _ => throw new ArgumentOutOfRangeException(nameof(datum), datum, null),
    };
}
