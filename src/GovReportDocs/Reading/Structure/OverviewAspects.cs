using System.Text.RegularExpressions;
using GovReportDocs.Model;

namespace GovReportDocs.Reading.Structure;

/// <summary>
/// Part 一 of a published report split into the format's five aspects on its （一）…（五） headings — full-width or
/// ASCII parentheses, Chinese or Arabic numerals, alone on their line or run into the text. An aspect is told by what
/// its heading is about (`（一）持续深化主动公开。`, `（一）信息制作与管理：`), since offices word and order them their own
/// way; the text before the first heading is the introduction. Headings that are not the five aspects (two about one
/// aspect, one about none) leave the part whole, as the introduction: a guess would put an office's text in the
/// wrong place.
/// </summary>
internal static partial class OverviewAspects
{
    /// <summary>What each aspect's heading is about, in the order they are tried.</summary>
    private static readonly (string[] Words, Func<Overview, string, Overview> Set)[] Aspects =
    [
        (["依申请", "申请"], (o, t) => o with { OnRequest = t }),
        (["主动公开"], (o, t) => o with { Proactive = t }),
        (["平台", "网站", "新媒体"], (o, t) => o with { Platform = t }),
        (["监督", "保障", "考核"], (o, t) => o with { Supervision = t }),
        (["管理"], (o, t) => o with { Management = t }),
    ];

    /// <summary>Longest heading that is read for what it is about.</summary>
    private const int MaxLeadIn = 20;

    public static Overview Split(string? partOne)
    {
        if (string.IsNullOrEmpty(partOne))
        {
            return Overview.Default;
        }

        var lines = partOne.Split('\n');
        var headings = new List<(int Line, int Aspect, string Body)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (Heading().Match(lines[i]) is not { Success: true } heading || Number(heading.Groups["n"].Value) != headings.Count + 1)
            {
                continue;
            }

            var rest = lines[i][heading.Length..];
            var lead = LeadIn().Match(rest);
            var about = lead.Success ? lead.Value : rest[..Math.Min(rest.Length, MaxLeadIn)];
            var aspect = Array.FindIndex(Aspects, a => a.Words.Any(w => about.Contains(w, StringComparison.Ordinal)));
            if (aspect < 0 || headings.Any(h => h.Aspect == aspect))
            {
                return Overview.Default with { Introduction = partOne };
            }

            headings.Add((i, aspect, (lead.Success ? rest[lead.Length..] : rest).Trim()));
        }

        if (headings.Count == 0)
        {
            return Overview.Default with { Introduction = partOne };
        }

        var overview = Overview.Default with { Introduction = Join(lines.Take(headings[0].Line)) };
        for (var k = 0; k < headings.Count; k++)
        {
            var end = k + 1 < headings.Count ? headings[k + 1].Line : lines.Length;
            var body = Join(new[] { headings[k].Body }.Concat(lines.Skip(headings[k].Line + 1).Take(end - headings[k].Line - 1)));
            if (body is not null)
            {
                overview = Aspects[headings[k].Aspect].Set(overview, body);
            }
        }

        return overview;
    }

    private static string? Join(IEnumerable<string> lines)
    {
        var text = string.Join("\n", lines.Select(l => l.Trim()).Where(l => l.Length > 0));
        return text.Length > 0 ? text : null;
    }

    private static int Number(string numeral) => "一二三四五六七八九十".IndexOf(numeral[0], StringComparison.Ordinal) is var chinese and >= 0
        ? chinese + 1
        : numeral[0] - '0';

    [GeneratedRegex(@"^\s*[（(]\s*(?<n>[一二三四五六七八九十]|[1-9])\s*[）)]\s*")]
    private static partial Regex Heading();

    /// <summary>A heading run into its text ends at 。：: or a space, or after 情况/方面 (`主动公开情况我局…`).</summary>
    [GeneratedRegex(@"^[^。：:\s]{1,20}?(情况|方面)[。：:\s]?|^[^。：:\s]{1,20}[。：:\s]")]
    private static partial Regex LeadIn();
}
