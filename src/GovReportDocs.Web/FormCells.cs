using System.Globalization;
using GovReportDocs.NationalFormat;
using GovReportDocs.Input;
using GovReportDocs.Model;

namespace GovReportDocs.Web;

/// <summary>
/// The key of each table number in the editor: the input file's key path (a table-3 column as an index,
/// <c>applications.granted[0]</c>), and for the computed totals a key of their own. The browser speaks of cells only
/// through these keys; which numbers are entered and which are computed comes from the input contract.
/// </summary>
internal static class FormCells
{
    /// <summary>The numbers an office enters (every one the input file has a key for).</summary>
    public static IReadOnlyList<Datum> Entered => BlankCells.Entered;

    private static readonly HashSet<Datum> EnteredSet = [.. Entered];

    /// <summary>Whether a number is computed (a 总计) rather than entered.</summary>
    public static bool IsComputed(Datum datum) => !EnteredSet.Contains(datum);

    /// <summary>The editor's key of a table number.</summary>
    public static string KeyOf(Datum datum) => datum switch
    {
        ApplicationDatum { Row: ApplicationRow.ResultsTotal } a => $"{InputKeys.Applications}.resultsTotal{Index(a.Column)}",
        ApplicationDatum a => InputKeys.Of(a) + Index(a.Column),
        ReviewDatum { Outcome: ReviewOutcome.Total } r => InputKeys.Of(r) + ".total",
        _ => InputKeys.Of(datum),
    };

    /// <summary>
    /// Which entered numbers each computed total adds up, found by asking the model (one entered number at 1, all others
    /// at 0): the browser adds them live, and the sums can never drift from the model's.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Sums { get; } = FindSums();

    private static Dictionary<string, IReadOnlyList<string>> FindSums()
    {
        var totals = StatisticsSheet.AllData.Where(IsComputed).ToList();
        var parts = totals.ToDictionary(t => t, _ => new List<string>());
        foreach (var entered in Entered)
        {
            var sheet = StatisticsSheet.FromReport(BlankCells.ReportWith(d => d == entered ? 1 : 0));
            foreach (var total in totals.Where(t => sheet[t] == 1))
            {
                parts[total].Add(KeyOf(entered));
            }
        }

        return totals.ToDictionary(KeyOf, t => (IReadOnlyList<string>)parts[t], StringComparer.Ordinal);
    }

    /// <summary>The entered numbers next year's report leaves blank, as <c>govreport init --from</c> does.</summary>
    public static IReadOnlyList<Datum> NotCarried => BlankCells.NotCarried;

    private static string Index(ApplicantColumn column) => "[" + ((int)column).ToString(CultureInfo.InvariantCulture) + "]";
}
