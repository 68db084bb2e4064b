using GovReportDocs.NationalFormat;
using GovReportDocs.Model;

namespace GovReportDocs.Input;

/// <summary>Which key path of the input file holds each table number; the names come from the table catalogues.</summary>
internal static class InputKeys
{
    public const string Proactive = "proactive";
    public const string Applications = "applications";
    public const string Review = "reviewAndLitigation";

    public static string Of(Datum datum) => datum switch
    {
        ProactiveDatum p => $"{Proactive}.{ProactiveItems.Of(p.Item).ContractKey}",
        ApplicationDatum { Row: ApplicationRow.ResultsTotal } => Applications,
        ApplicationDatum a => $"{Applications}.{ApplicationRows.Of(a.Row).ContractKey}",
        ReviewDatum { Outcome: ReviewOutcome.Total } r => $"{Review}.{ReviewLabels.GroupKey(r.Group)}",
        ReviewDatum r => $"{Review}.{ReviewLabels.GroupKey(r.Group)}.{ReviewLabels.OutcomeKey(r.Outcome)}",
        _ => throw new ArgumentOutOfRangeException(nameof(datum), datum, null),
    };

    /// <summary>
    /// The entered table numbers held at or below a key path (a table-3 row holds six, <c>proactive</c> ten); a path
    /// with an index (<c>applications.granted[0]</c>) holds that one cell of the row.
    /// </summary>
    public static IEnumerable<Datum> DataUnder(string path)
    {
        if (path.EndsWith(']') && path.LastIndexOf('[') is > 0 and var bracket
            && int.TryParse(path[(bracket + 1)..^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
        {
            var row = path[..bracket];
            return Entered.Where(e => e.Path == row && e.Datum is ApplicationDatum a && (int)a.Column == index).Select(e => e.Datum);
        }

        return Entered.Where(e => e.Path == path || e.Path.StartsWith(path + ".", StringComparison.Ordinal)).Select(e => e.Datum);
    }

    private static readonly (Datum Datum, string Path)[] Entered = StatisticsSheet.AllData
        .Where(d => d is not ApplicationDatum { Row: ApplicationRow.ResultsTotal } and not ApplicationDatum { Column: ApplicantColumn.Total }
                    and not ReviewDatum { Outcome: ReviewOutcome.Total })
        .Select(d => (d, Of(d)))
        .ToArray();
}
