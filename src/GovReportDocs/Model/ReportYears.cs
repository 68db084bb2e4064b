namespace GovReportDocs.Model;

/// <summary>
/// The years a report may be for: from the 条例's first year (it took effect on 1 May 2008) to a bound that catches a
/// mistyped year. Every place that takes a year (input files, the editor, the CLI, the ledger) checks against these.
/// </summary>
internal static class ReportYears
{
    public const int First = 2008;

    public const int Last = 2100;

    public static bool Contains(int year) => year is >= First and <= Last;
}
