using System.Globalization;
using System.Text.RegularExpressions;
using GovReportDocs.Diagnostics;
using GovReportDocs.Model;

namespace GovReportDocs.Validation;

/// <summary>
/// R13: the report is published by the deadline of 条例第四十九条 — a department's (and a township's) by 1月31日, the
/// government's own by 3月31日 of the following year — and carries its date. A warning: a late report is still a report.
/// </summary>
internal sealed partial class R13PublicationDeadline : IReportRule
{
    /// <inheritdoc />
    public string Id => RuleIds.R13;

    /// <summary>The last day the report of the given year may be published.</summary>
    public static DateOnly Deadline(int year, AgencyKind kind) =>
        kind == AgencyKind.Government ? new DateOnly(year + 1, 3, 31) : new DateOnly(year + 1, 1, 31);

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var report = context.Report;
        if (report.Year <= 0)
        {
            yield break;
        }

        var kind = report.Kind;
        var deadline = Deadline(report.Year, kind);
        var whose = kind == AgencyKind.Government ? "人民政府的年度报告" : "政府部门（乡镇、街道）的年度报告";
        var rule = $"条例第四十九条：{whose}应于{Text(deadline)}前公布";
        var dates = context.Published is null
            ? report.PublishDate is { } given ? [(given, (string?)null)] : []
            : PrintedDates(context.Texts, context.Published.Headers).ToList();
        if (dates.Count == 0)
        {
            // A copy of a web page often lacks both the page's date and the closing; only a signature without a
            // date under it is known to lack one.
            if (context.Published is null)
            {
                yield return Diagnostic.Warning(Id,
                    $"未填写发布日期（publishDate）：落款处留有日期空位“    年  月  日”，发布前须填写（{rule}）") with { Field = "publishDate" };
            }
            else if (ClosingWithoutDate(context.Texts) is { } signature)
            {
                yield return Diagnostic.Warning(Id, $"落款“{signature}”下未写成文日期：年度报告应写明日期（{rule}）") with { Quote = signature };
            }

            yield break;
        }

        var (latest, quote) = dates.MaxBy(d => d.Date);
        if (latest > deadline)
        {
            yield return Diagnostic.Warning(Id,
                $"发布日期应不晚于{Text(deadline)}（{rule}），实际为{Text(latest)}，晚了{latest.DayNumber - deadline.DayNumber}天")
                with { Field = "publishDate", Quote = quote };
        }
    }

    /// <summary>
    /// The latest date a published report prints under its signature or as its page's 发布日期 (in its text or in a
    /// crawler's header above it), or null.
    /// </summary>
    internal static DateOnly? PrintedOn(IReadOnlyList<string> texts, IReadOnlyList<string> headers) => LatestPrintedDate(texts, headers)?.Date;

    /// <summary>The latest date printed under the signature or as the page's 发布日期, with the words that print it, or null.</summary>
    internal static (DateOnly Date, string? Quote)? LatestPrintedDate(IReadOnlyList<string> texts, IReadOnlyList<string> headers) =>
        PrintedDates(texts, headers).Select(d => ((DateOnly, string?)?)d).MaxBy(d => d!.Value.Item1);

    /// <summary>The last paragraph when it is an office's name (a closing signature) with no date under it.</summary>
    private static string? ClosingWithoutDate(IReadOnlyList<string> texts)
    {
        var last = texts.Count > 0 ? texts[^1].Trim() : "";
        return last.Length is > 1 and <= 30 && SignatureEndings.Any(e => last.EndsWith(e, StringComparison.Ordinal)) ? last : null;
    }

    private static readonly string[] SignatureEndings = ["人民政府", "办公室", "委员会", "管委会", "办事处", "局", "镇", "乡", "街道"];

    /// <summary>The date under the signature (a line that is only a date) and the page's 发布日期, as printed.</summary>
    private static IEnumerable<(DateOnly Date, string? Quote)> PrintedDates(IReadOnlyList<string> texts, IReadOnlyList<string> headers)
    {
        foreach (var text in texts.Concat(headers))
        {
            var match = SignatureDate().Match(text);
            if (!match.Success)
            {
                match = PageDate().Match(text);
            }

            if (match.Success && ToDate(match) is { } date)
            {
                yield return (date, match.Value.Trim());
            }
        }
    }

    /// <summary>The date a match's groups y, m and d print, or null when it is no date (`2025年2月30日`, `0000年…`).</summary>
    internal static DateOnly? ToDate(Match match)
    {
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private static string Text(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    [GeneratedRegex(@"^\s*(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日\s*$")]
    private static partial Regex SignatureDate();

    [GeneratedRegex(@"发布(日期|时间)\s*[:：]\s*(?<y>\d{4})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})")]
    private static partial Regex PageDate();
}
