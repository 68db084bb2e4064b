using System.Text.RegularExpressions;
using GovReportDocs.Diagnostics;

namespace GovReportDocs.Validation;

/// <summary>
/// R10: the report year, the statistical period and the text agree; the report is published after the
/// year it covers; the 2021 format is used for 2021 and later years.
/// </summary>
internal sealed partial class R10YearConsistency : IReportRule
{
    /// <summary>The first report year the 2021 format (国办公开办函〔2021〕30号) applies to.</summary>
    public const int FirstYearOfFormat = 2021;

    /// <inheritdoc />
    public string Id => RuleIds.R10;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var report = context.Report;
        var year = report.Year;
        if (year <= 0)
        {
            // The year could not be found at all; whoever read the report says so.
            yield break;
        }

        if (year < FirstYearOfFormat)
        {
            yield return Diagnostic.Warning(Id,
                $"报告年度为{year}年：本格式（国办公开办函〔2021〕30号）适用于{FirstYearOfFormat}年度及以后的报告") with { Field = "year" };
        }

        foreach (var (name, field, text) in ReportTexts.Of(report))
        {
            foreach (Match period in StatisticalPeriod().Matches(text))
            {
                var from = YearOf(period.Groups["from"].Value);
                var to = YearOf(period.Groups["to"].Value);
                if (from != year || to != year)
                {
                    yield return Diagnostic.Error(Id,
                        $"{name}中的统计期限应为{year}年1月1日至{year}年12月31日，实际为“{period.Value}”") with { Field = field };
                }
            }

            foreach (Match title in ReportTitleYear().Matches(text))
            {
                // A cited document's title (《关于做好2021年政府信息公开工作年度报告编制发布工作的通知》) names another year's report.
                if (InsideBookTitle(text, title.Index))
                {
                    continue;
                }

                var quoted = YearOf(title.Groups["year"].Value);
                if (quoted != year)
                {
                    yield return Diagnostic.Error(Id, $"{name}中提到的报告年度应为{year}年，实际为“{title.Value}”") with { Field = field };
                }
            }
        }

        if (report.PublishDate is { } published)
        {
            if (published <= new DateOnly(year, 12, 31))
            {
                yield return Diagnostic.Error(Id,
                    $"发布日期应晚于统计期限（{year}年12月31日），实际为{published.Year}年{published.Month}月{published.Day}日") with { Field = "publishDate" };
            }
            else if (published.Year > year + 1)
            {
                yield return Diagnostic.Warning(Id,
                    $"发布日期应在{year + 1}年（年度报告于每年1月31日前公布），实际为{published.Year}年{published.Month}月{published.Day}日") with { Field = "publishDate" };
            }
        }
    }

    /// <summary>
    /// Whether a position of a text lies inside a title in 《》 opened before it and closed after it. A 《 never closed is
    /// a slip, not a title that runs to the end: every year after it would go unchecked.
    /// </summary>
    internal static bool InsideBookTitle(string text, int at)
    {
        var open = text.LastIndexOf('《', Math.Max(0, at - 1));
        return open >= 0 && text.IndexOf('》', open) is var close && close > at;
    }

    /// <summary>A year typed in ASCII or full-width digits (２０２４, as some input methods give it).</summary>
    private static int YearOf(string digits) => digits.Aggregate(0, (year, digit) => (year * 10) + (int)char.GetNumericValue(digit));

    [GeneratedRegex(@"(?<from>[0-9０-９]{4})\s*年\s*1\s*月\s*1\s*日\s*起?\s*(至|到|—|-|～|~)\s*(?<to>[0-9０-９]{4})\s*年\s*12\s*月\s*31\s*日")]
    private static partial Regex StatisticalPeriod();

    [GeneratedRegex(@"(?<year>[0-9０-９]{4})\s*年度?政府信息公开工作年度报告")]
    private static partial Regex ReportTitleYear();
}
