using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;

namespace GovReportDocs.Validation;

/// <summary>R2: in each column of table 3, 一 + 二 = 三（七）总计 + 四, the rule printed in the table itself.</summary>
internal sealed class R2ApplicationBalance : IReportRule
{
    /// <inheritdoc />
    public string Id => RuleIds.R2;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var sheet = context.Sheet;
        foreach (var column in ApplicantColumns.All)
        {
            var received = Sums.Of([sheet[ApplicationRow.NewlyReceived, column], sheet[ApplicationRow.CarriedOver, column]]);
            var handled = Sums.Of([sheet[ApplicationRow.ResultsTotal, column], sheet[ApplicationRow.CarriedForward, column]]);
            if (received is null || handled is null || received == handled)
            {
                continue;
            }

            yield return Diagnostic.Error(Id,
                $"{TableNames.Applications} {ApplicantColumns.Label(column)}列 第一项加第二项之和应等于第三项（七）总计加第四项之和：" +
                $"一+二为{Sums.Text(received.Value)}，三（七）+四为{Sums.Text(handled.Value)}",
                new ApplicationDatum(ApplicationRow.ResultsTotal, column));
        }
    }
}
