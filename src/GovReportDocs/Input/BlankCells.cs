using GovReportDocs.NationalFormat;
using GovReportDocs.Model;

namespace GovReportDocs.Input;

/// <summary>
/// Which table numbers a new input file leaves blank, to be filled in: a 0 nobody typed cannot be told from a real 0,
/// while a blank is listed by R1 until it is filled. <c>govreport init</c> and the web editor's 新建报告 and 从上年度的报告开始
/// write the same blanks from here.
/// </summary>
internal static class BlankCells
{
    /// <summary>Every number an office enters (each one the input file has a key for): all blank in a new report.</summary>
    public static IReadOnlyList<Datum> Entered { get; } =
        [.. new[] { InputKeys.Proactive, InputKeys.Applications, InputKeys.Review }.SelectMany(InputKeys.DataUnder)];

    /// <summary>
    /// The entered numbers next year's report does not carry from last year's: found by asking the model which numbers a
    /// year of all ones carries (上年结转, 现行有效件数), so the list follows the model.
    /// </summary>
    public static IReadOnlyList<Datum> NotCarried { get; } =
        [.. Entered.Where(d => ReportData.ValueOf(Model.NextYear.From(ReportWith(_ => 1)), d) == 0)];

    /// <summary>The numbers outside the tables a new report leaves blank: the 信息处理费, whose 0 would print “未收取”.</summary>
    public static IReadOnlyList<string> Fields { get; } =
        [.. FieldsUnder(InputContract.Root, "").Where(f => f.Field.MissingRule == Diagnostics.RuleIds.R8).Select(f => f.Path)];

    private static IEnumerable<(string Path, Field Field)> FieldsUnder(ObjectShape shape, string prefix) =>
        shape.Fields.SelectMany(f => f.Shape is ObjectShape nested
            ? FieldsUnder(nested, prefix + f.Key + ".")
            : [(prefix + f.Key, f)]);

    /// <summary>A report whose entered numbers are given by <paramref name="value"/>.</summary>
    public static AnnualReport ReportWith(Func<Datum, int> value) =>
        AnnualReport.Empty("某某县某某局", 2024) with
        {
            Proactive = ProactiveItems.Build(item => value(new ProactiveDatum(item))),
            Applications = ApplicationStatistics.FromRows(ApplicationStatistics.EnteredRows.ToDictionary(
                row => row,
                row => ApplicantCounts.FromValues([.. ApplicantCounts.ApplicantColumns.Select(c => value(new ApplicationDatum(row, c)))]))),
            ReviewAndLitigation = new ReviewAndLitigation(
                ReviewLabels.Build(o => value(new ReviewDatum(ReviewGroup.Review, o))),
                ReviewLabels.Build(o => value(new ReviewDatum(ReviewGroup.LitigationDirect, o))),
                ReviewLabels.Build(o => value(new ReviewDatum(ReviewGroup.LitigationAfterReview, o)))),
        };
}
