using System.Text.RegularExpressions;
using GovReportDocs.Model;

namespace GovReportDocs.Web;

/// <summary>
/// The contact details a published report gives in its text (<c>地址：盘州市凤鸣北路1号，电话：0858—3636249</c>,
/// <c>邮编：553500</c>), for next year's report started from it: the page promises 联系方式保留.
/// </summary>
internal static partial class PublishedContact
{
    /// <summary>The contact read so far, completed with what the texts say (a detail already known is kept).</summary>
    public static Contact Complete(Contact known, IEnumerable<string> texts)
    {
        var address = known.Address;
        var postcode = known.Postcode;
        var phone = known.Phone;
        foreach (var text in texts)
        {
            address ??= Value(Address(), text);
            postcode ??= Value(Postcode(), text);
            phone ??= Value(Phone(), text);
        }

        return known with { Address = address, Postcode = postcode, Phone = phone };
    }

    private static string? Value(Regex pattern, string text) =>
        pattern.Match(text) is { Success: true } match ? match.Groups["v"].Value.Trim() : null;

    [GeneratedRegex(@"(?:通讯|通信|联系|办公)?地址[:：]\s*(?<v>[^，,。；;：:\s（）()、]{4,60})")]
    private static partial Regex Address();

    [GeneratedRegex(@"(?:邮政编码|邮编)[:：]?\s*(?<v>[0-9]{6})(?![0-9])")]
    private static partial Regex Postcode();

    [GeneratedRegex(@"(?:联系|咨询|办公)?电话[:：]\s*(?<v>[0-9（(][0-9\-—－（）() ]{5,20}[0-9])")]
    private static partial Regex Phone();
}
