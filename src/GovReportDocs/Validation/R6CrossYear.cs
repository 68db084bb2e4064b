using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;

namespace GovReportDocs.Validation;

/// <summary>
/// R6: this year's 二、上年结转 equals last year's 四、结转下年度 in every column, and 现行有效件数 follows
/// from last year's plus 制发 minus 废止. The second is a warning: documents also lapse when their term
/// of validity ends, which is no 废止.
/// </summary>
internal sealed class R6CrossYear : IReportRule
{
    /// <inheritdoc />
    public string Id => RuleIds.R6;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        if (context.PreviousSheet is not { } previous)
        {
            yield break;
        }

        if (context.PreviousReport is { } lastYear && lastYear.Year != context.Report.Year - 1)
        {
            yield return Diagnostic.Warning(Id,
                $"上年报告的年度应为{context.Report.Year - 1}年，实际为{lastYear.Year}年（{lastYear.Agency}）");
        }

        var sheet = context.Sheet;
        foreach (var column in ApplicantColumns.All)
        {
            var carriedOver = new ApplicationDatum(ApplicationRow.CarriedOver, column);
            var expected = previous[ApplicationRow.CarriedForward, column];
            var actual = sheet[carriedOver];
            if (expected is null || actual is null || expected == actual)
            {
                continue;
            }

            yield return Diagnostic.Error(Id,
                $"{carriedOver.Describe()}应为{Sums.Text(expected.Value)}（上年报告第四行“结转下年度”），实际为{Sums.Text(actual.Value)}",
                carriedOver);
        }

        foreach (var (inForce, issued, repealed) in ProactiveItems.DocumentRows)
        {
            var before = previous[inForce];
            var added = sheet[issued];
            var removed = sheet[repealed];
            var actual = sheet[inForce];
            if (before is null || added is null || removed is null || actual is null)
            {
                continue;
            }

            var expected = before.Value + added.Value - removed.Value;
            if (expected == actual)
            {
                continue;
            }

            var datum = new ProactiveDatum(inForce);
            yield return Diagnostic.Warning(Id,
                $"{datum.Describe()}应为{Sums.Text(expected)}（上年现行有效{Sums.Text(before.Value)}+本年制发{Sums.Text(added.Value)}" +
                $"−本年废止{Sums.Text(removed.Value)}），实际为{Sums.Text(actual.Value)}；如有文件因有效期届满失效，请在正文说明",
                datum);
        }
    }
}
