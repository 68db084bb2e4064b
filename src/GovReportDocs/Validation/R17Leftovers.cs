using System.Text.RegularExpressions;
using GovReportDocs.Diagnostics;
using GovReportDocs.Normalization;

namespace GovReportDocs.Validation;

/// <summary>
/// R17: what a draft leaves behind — placeholders (XX, ××, 【请填写】, （此处填写…）, 某某 outside the office's own name),
/// another office's name where this office names itself (the preamble's 现公布…年度报告, the signature), and a word
/// typed twice (增加增加). Placeholders and another office's name are errors on a published report and warnings on an
/// input file (a draft may still hold them); a repeated word is a warning.
/// </summary>
internal sealed partial class R17Leftovers : IReportRule
{
    /// <summary>Endings by which a name is an office's or a place's.</summary>
    private static readonly string[] OfficeEndings =
        ["人民政府", "政府", "办公室", "委员会", "管委会", "办事处", "街道", "局", "镇", "乡", "县", "区", "市", "厅", "委", "办"];

    /// <summary>Parts of a name that two ways of writing the same office may differ by.</summary>
    private static readonly string[] NameSuffixes = ["人民政府", "管理委员会", "管委会", "办公室", "政府"];

    /// <inheritdoc />
    public string Id => RuleIds.R17;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var isPublished = context.Published is not null;
        var severity = isPublished ? Severity.Error : Severity.Warning;
        var agency = context.Report.Agency;
        foreach (var (name, field, text) in Texts(context))
        {
            foreach (var placeholder in Placeholders(text, agency))
            {
                yield return new Diagnostic(Id, severity,
                    $"{name}中留有占位文字“{placeholder}”：发布前应替换为实际内容") { Field = field, Quote = placeholder };
            }

            foreach (var (typed, word) in Repeated(StripLinks(text)))
            {
                // A line that is nothing but the word twice is a saved page's caption printed beside its own image's
                // alt text (平潭文旅平潭文旅 in a site's footer), not a word typed twice in a sentence.
                if (!word.StartsWith('一') && typed != text.Trim())
                {
                    yield return Diagnostic.Warning(Id, $"{name}中“{typed}”重复了“{word}”：应为“{word}”") with { Field = field, Quote = typed };
                }
            }

            foreach (Match announced in Announced().Matches(text))
            {
                var named = announced.Groups["agency"].Value;
                if (IsAnotherOffice(named, agency))
                {
                    yield return new Diagnostic(Id, severity,
                        $"{name}中公布报告的机关应为“{agency}”，实际为“{named}”：可能沿用了其他机关的报告") { Field = field, Quote = announced.Value };
                }
            }
        }

        if (isPublished && Signature(context.Texts) is { } signature && IsAnotherOffice(signature, agency))
        {
            yield return new Diagnostic(Id, Severity.Error,
                $"落款机关应为“{agency}”，实际为“{signature}”：可能沿用了其他机关的报告") { Quote = signature };
        }
    }

    /// <summary>The office's own text with its name and input key: an input's narrative, or a published report's paragraphs.</summary>
    private static IEnumerable<(string Name, string? Field, string Text)> Texts(ValidationContext context) =>
        context.Published is null
            ? ReportTexts.Of(context.Report).Select(t => (t.Name, (string?)t.Field, t.Text))
            : context.Texts.Select(t => ("正文", (string?)null, t));

    private static IEnumerable<string> Placeholders(string text, string agency)
    {
        var withoutOwnName = StripLinks(agency.Length > 0 ? text.Replace(agency, "", StringComparison.Ordinal) : text);
        return Placeholder().Matches(withoutOwnName).Select(m => m.Value).Distinct();
    }

    /// <summary>The line above the date under the closing, when it names an office.</summary>
    private static string? Signature(IReadOnlyList<string> texts)
    {
        for (var i = texts.Count - 1; i > 0; i--)
        {
            if (DateLine().IsMatch(texts[i]))
            {
                var above = texts[i - 1].Trim();
                return above.Length is > 1 and <= 30 && OfficeEndings.Any(e => above.EndsWith(e, StringComparison.Ordinal)) ? above : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a name printed where the office names itself is another office: neither this office (written in full or
    /// shortened) nor one above it (a name the office's own begins with, such as 芒市 for 芒市勐戛镇人民政府).
    /// </summary>
    private static bool IsAnotherOffice(string named, string agency)
    {
        var mentioned = Core(named);
        var own = Core(agency);

        // A name read with its label (主办单位：…) is not a name to hold the text against.
        if (own.Length < 2 || mentioned.Length < 2 || own.Contains(':') || !OfficeEndings.Any(e => mentioned.EndsWith(e, StringComparison.Ordinal) || named.EndsWith(e, StringComparison.Ordinal)))
        {
            return false;
        }

        return !own.Contains(mentioned, StringComparison.Ordinal) && !mentioned.Contains(own, StringComparison.Ordinal);
    }

    private static string Core(string name)
    {
        // Normalised, so 清城區 in a Traditional rendering is 清城区.
        var core = ChineseNormalizer.Normalize(Parenthetical().Replace(name.Trim(), ""));
        foreach (var suffix in NameSuffixes)
        {
            if (core.EndsWith(suffix, StringComparison.Ordinal) && core.Length > suffix.Length)
            {
                return core[..^suffix.Length];
            }
        }

        return core;
    }

    private static string StripLinks(string text) => Link().Replace(text, "");

    /// <summary>
    /// Words of two to four Chinese characters typed twice in a row (增加增加), the longest first, left to right and
    /// not overlapping: what `(?&lt;w&gt;[\u4e00-\u9fff]{2,4})\k&lt;w&gt;` finds, without the regex's back-reference,
    /// which made this the slowest rule on a long report.
    /// </summary>
    internal static IEnumerable<(string Typed, string Word)> Repeated(string text)
    {
        for (var i = 0; i < text.Length - 3; i++)
        {
            var ideographs = 0;
            while (ideographs < 4 && i + ideographs < text.Length && text[i + ideographs] is >= '\u4e00' and <= '\u9fff')
            {
                ideographs++;
            }

            for (var length = ideographs; length >= 2; length--)
            {
                if (i + 2 * length <= text.Length && text.AsSpan(i, length).SequenceEqual(text.AsSpan(i + length, length)))
                {
                    yield return (text.Substring(i, 2 * length), text.Substring(i, length));
                    i += 2 * length - 1;
                    break;
                }
            }
        }
    }

    [GeneratedRegex(@"(?<![A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])|×{2,}|【[^】]{0,12}(填写|填报|补充|待定|待补)[^】]{0,12}】|[（(]此处[^）)]{0,30}[）)]|某某")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"现(予)?公布(?<agency>[^，。；、\d]{2,40}?)(?=\d{4}\s*年度?政府信息公开)")]
    private static partial Regex Announced();

    [GeneratedRegex(@"^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"[（(][^）)]*[）)]")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"(https?://|www\.)[A-Za-z0-9./:?&=_%#~-]*")]
    private static partial Regex Link();
}
