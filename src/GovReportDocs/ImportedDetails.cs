using System.Globalization;
using System.Text.RegularExpressions;
using GovReportDocs.Diagnostics;
using GovReportDocs.Model;
using GovReportDocs.Reading;
using GovReportDocs.Validation;

namespace GovReportDocs;

/// <summary>
/// What `import` takes from a published report beyond its numbers and text — the date it was signed or published,
/// the contact details its preamble quotes, the agency kind its name suggests — each said in a note, as it is a reading.
/// </summary>
internal static partial class ImportedDetails
{
    /// <summary>The report with the details found, and a note for each.</summary>
    public static (AnnualReport Report, List<Diagnostic> Notes) Add(PublishedReport published, AnnualReport report)
    {
        var notes = new List<Diagnostic>();
        SourceLocation Where(string? quote) => (quote is null ? null : published.Locate(quote)) ?? new SourceLocation(published.File, 1, 1);

        // The date signed (成文日期) is what the input's publishDate prints; failing it, the page's 发布时间.
        if ((SignedOn(published.Texts) ?? R13PublicationDeadline.LatestPrintedDate(published.Texts, published.Headers)) is var (date, quote))
        {
            report = report with { PublishDate = date };
            notes.Add(Diagnostic.Info(RuleIds.R13, $"发布日期（publishDate）按原报告所印“{quote}”写入为{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}，请核对") with
            {
                Source = Where(quote),
            });
        }

        if (ContactIn(published.Texts) is { } contact)
        {
            report = report with { Contact = contact };
            var given = new[] { ("地址", contact.Address), ("邮编", contact.Postcode), ("电话", contact.Phone), ("网址", contact.Website) }
                .Where(c => c.Item2 is not null).Select(c => $"{c.Item1}“{c.Item2}”");
            notes.Add(Diagnostic.Info(RuleIds.R9, $"联系方式（contact）按原报告写入：{string.Join("，", given)}，请核对") with
            {
                Source = Where(contact.Address ?? contact.Phone ?? contact.Postcode ?? contact.Website),
            });
        }

        if (report.Agency.Length > 0)
        {
            // The kind R13 keeps the deadline of: the same guess from the name for check and import.
            notes.Add(Diagnostic.Info(RuleIds.R13, $"机关类别（agencyKind）按名称“{report.Agency}”推断为{AgencyKinds.Describe(report.Kind)}，请核对") with
            {
                Source = new SourceLocation(published.File, published.TitleLine ?? 1, 1),
            });
        }

        return (report, notes);
    }

    /// <summary>The date the signature ends with (`平潭综合实验区海坛片区管理局2025年1月23日`, or the date on its own line).</summary>
    private static (DateOnly Date, string? Quote)? SignedOn(IReadOnlyList<string> texts)
    {
        foreach (var text in texts.TakeLast(2).Reverse())
        {
            if (Signature().Match(text.TrimEnd()) is { Success: true } match
                && R13PublicationDeadline.ToDate(match) is { Year: > 1999 and < 2100 } date)
            {
                return (date, match.Groups["date"].Value);
            }
        }

        return null;
    }

    /// <summary>
    /// The 地址, 邮编, 电话 and 网址 the text quotes (the preamble, which comes first, as a rule: `地址：盘州市凤鸣北路1号，
    /// 电话：0858—3636249`), each the first found; null when it quotes none.
    /// </summary>
    private static Contact? ContactIn(IReadOnlyList<string> texts)
    {
        string? First(Regex pattern) => texts.Select(t => pattern.Match(t)).FirstOrDefault(m => m.Success)?.Groups["v"].Value.Trim();
        var contact = new Contact(First(Address()), First(Postcode()), First(Phone()), First(Website()));
        return contact == Contact.None ? null : contact;
    }

    [GeneratedRegex(@"(?:^|[。；;！\s])[^。；;！\s]{0,30}?\s*(?<date>(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日)$")]
    private static partial Regex Signature();

    [GeneratedRegex(@"(?:通讯|通信|联系|办公)?地址[:：]\s*(?<v>[^，,。；;：:\s（）()、]{4,60})")]
    private static partial Regex Address();

    [GeneratedRegex(@"(?:邮政编码|邮编)[:：]?\s*(?<v>[0-9]{6})(?![0-9])")]
    private static partial Regex Postcode();

    [GeneratedRegex(@"(?:联系|咨询|办公)?电话[:：]\s*(?<v>[0-9（(][0-9\-—－（）() ]{5,20}[0-9])")]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?:网址|链接)\s*[:：]\s*(?<v>(?:https?:?/?/?)?[A-Za-z0-9][A-Za-z0-9.\-/_:%?=&#]*[A-Za-z0-9/])")]
    private static partial Regex Website();
}
