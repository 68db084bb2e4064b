using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;

namespace GovReportDocs.Validation;

/// <summary>
/// R9: all six parts present, in order, titles verbatim; all three tables present with the 2021 labels, not
/// the superseded 2019 试行 format. Reports made from the model satisfy it by construction.
/// </summary>
internal sealed class R9Structure : IReportRule
{
    /// <inheritdoc />
    public string Id => RuleIds.R9;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        if (context.Published?.Current is not { } report)
        {
            yield break;
        }

        SourceLocation At(int line) => new(report.File, Math.Max(1, line), 1);
        foreach (var (title, line) in report.OldFormatParts)
        {
            yield return new Diagnostic(Id, Severity.Error,
                $"报告按已废止的旧格式（2019年以前）编写（出现部分标题“{title}”），应改用国办公开办函〔2021〕30号格式") { Source = At(line) };
        }

        // A report in the old format lacks the 2021 parts and tables as a consequence: told once, by kind, above.
        var oldFormat = report.OldFormatParts.Count > 0;
        for (var number = 1; !oldFormat && number <= 6; number++)
        {
            var expected = PartTitles.All[number - 1];
            if (report.Parts.FirstOrDefault(p => p.Number == number) is not { } part)
            {
                yield return new Diagnostic(Id, Severity.Error, $"缺少第{ChineseOrdinal(number)}部分“{expected}”") { Source = At(1) };
            }
            else if (!part.IsVerbatim)
            {
                yield return new Diagnostic(Id, Severity.Warning, $"第{ChineseOrdinal(number)}部分标题应为“{expected}”，实际为“{part.Printed.Trim()}”")
                    { Source = At(part.Line) };
            }
        }

        var order = report.Parts.Select(p => p.Number).ToList();
        if (!order.SequenceEqual(order.Order()))
        {
            yield return new Diagnostic(Id, Severity.Error,
                $"六个部分应按一至六的顺序排列，实际顺序为{string.Concat(order.Select(ChineseOrdinal))}") { Source = At(report.Parts[0].Line) };
        }

        foreach (var table in ReportTables.All.Where(t => !oldFormat && !report.TablesFound.Contains(t)))
        {
            yield return new Diagnostic(Id, Severity.Error, $"缺少{table.Name}（{PartTitles.All[PrintedStructure.PartNumberOf(table) - 1]}的统计表）")
                { Source = At(report.PartOf(table)?.Line ?? 1) };
        }

        foreach (var (sign, line) in report.OldFormatSigns)
        {
            yield return new Diagnostic(Id, Severity.Error,
                $"表格使用了已废止的2019年试行格式（{sign}），应改用国办公开办函〔2021〕30号格式") { Source = At(line) };
        }
    }

    private static string ChineseOrdinal(int number) => "一二三四五六"[number - 1].ToString();
}
