using System.Globalization;
using System.Text.RegularExpressions;
using GovReportDocs.NationalFormat;
using GovReportDocs.Normalization;
using GovReportDocs.Reading.Lines;
using GovReportDocs.Validation;

namespace GovReportDocs.Reading.Structure;

/// <summary>Finds the title, the agency and year, and the six part titles among the paragraphs of a published report.</summary>
internal static partial class StructureFinder
{
    /// <summary>What identifies each part in a title, beyond its number.</summary>
    private static readonly string[][] PartKeywords =
    [
        ["总体情况"],
        ["主动公开政府信息情况"],
        ["收到和处理政府信息公开申请"],
        ["复议", "诉讼"],
        ["存在的主要问题"],
        // 其他需要报告的事项, also worded 需要说明的其他事项与附表: a title not verbatim is R9's warning, not a missing part.
        ["其他", "事项"],
    ];

    public static IReadOnlyList<FoundPart> Parts(IReadOnlyList<SourceItem> items)
    {
        var parts = new List<FoundPart>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not SourceParagraph paragraph)
            {
                continue;
            }

            if ((PartNumber(paragraph.Text) ?? (paragraph.LooksLikeTitle ? PartNumberByLook(paragraph.Text, parts) : Misnumbered(paragraph.Text, parts))) is { } number
                && parts.All(p => p.Number != number))
            {
                parts.Add(new FoundPart(number, paragraph.Text, paragraph.Line, i));
            }
        }

        return parts;
    }

    /// <summary>The part (1–6) a paragraph is the title of, or null when it is no part title.</summary>
    public static int? PartNumber(string paragraph)
    {
        var text = ChineseNormalizer.Normalize(paragraph);
        if (text.Length > ReadingThresholds.MaxPartTitle || PartMarker().Match(text) is not { Success: true } marker)
        {
            return null;
        }

        var numeral = marker.Groups["n"].Value;
        for (var number = 1; number <= 6; number++)
        {
            var numbered = numeral == "一二三四五六"[number - 1].ToString() || numeral == number.ToString(CultureInfo.InvariantCulture);
            if (numbered && PartKeywords[number - 1].All(text.Contains))
            {
                return number;
            }
        }

        return null;
    }

    /// <summary>
    /// A title numbered as a part (一、 to 六、) whose words are another part's: an office that put a part of its own
    /// before the problems (12-pingtan-jinjing-2025: 五、信息处理费收取情况, 六、存在的主要问题及改进措施). It is that part by its
    /// words, told as R9's warning on a title not printed verbatim, so its text is kept (import) and not told missing.
    /// Only the part next after every part before it, all found in order: a report in the format kept before 2019, whose
    /// parts are others, is not read so (<see cref="OldFormatParts"/>).
    /// </summary>
    private static int? Misnumbered(string paragraph, List<FoundPart> found) =>
        PartMarker().IsMatch(ChineseNormalizer.Normalize(paragraph))
        && found.Select(p => p.Number).SequenceEqual(Enumerable.Range(1, found.Count))
        && PartNumberByLook(paragraph, found) is { } number && number == found.Count + 1
            ? number
            : null;

    /// <summary>
    /// The part a paragraph set as a title is, by its words, whatever its numbering (`（一）总体情况`, `1.总体情况`, none):
    /// short, with every word that identifies one part, and after the parts found before it (a sub-heading further
    /// on that repeats a part's words is not taken back). Null when it is no part title.
    /// </summary>
    private static int? PartNumberByLook(string paragraph, IReadOnlyList<FoundPart> found)
    {
        var text = ChineseNormalizer.Normalize(paragraph);
        if (text.Length > ReadingThresholds.MaxPartTitle)
        {
            return null;
        }

        var words = AnyMarker().Replace(text, "");
        var candidates = Enumerable.Range(1, 6).Where(n => PartKeywords[n - 1].All(words.Contains)).ToList();
        return candidates.Count == 1 && found.All(p => p.Number < candidates[0]) ? candidates[0] : null;
    }

    /// <summary>
    /// The title line, if the report has one: `{机关}{年度}年政府信息公开工作年度报告`, else one without its year
    /// (`{机关}政府信息公开工作年度报告`, Year null). It is looked for among the first paragraphs, then, on a saved page
    /// printed whole, among the paragraphs between the site's navigation and part 一 (the one nearest part 一).
    /// </summary>
    public static (string Agency, int? Year, int Line)? Title(IReadOnlyList<SourceItem> items)
    {
        var paragraphs = items.OfType<SourceParagraph>().ToList();
        var first = paragraphs.Take(ReadingThresholds.TitleParagraphs).ToList();
        for (var i = 0; i < first.Count; i++)
        {
            if (DatedTitle(first, i) is { } title)
            {
                return title;
            }
        }

        var beforeParts = paragraphs.TakeWhile(p => PartNumber(p.Text) is null).ToList();
        if (beforeParts.Count < paragraphs.Count)
        {
            for (var i = beforeParts.Count - 1; i >= first.Count; i--)
            {
                if (DatedTitle(beforeParts, i) is { } title)
                {
                    return title;
                }
            }
        }

        return first.Select(p => (Paragraph: p, Match: UndatedTitle().Match(ChineseNormalizer.Normalize(p.Text))))
            .FirstOrDefault(t => t.Match.Success) is { Paragraph: { } titled } undated
            ? (undated.Match.Groups["agency"].Value, null, titled.Line)
            : null;
    }

    /// <summary>
    /// The dated title at a paragraph, alone or set on two lines: 洪泽区人民政府 / 2023 年政府信息公开工作年度报告, or
    /// wrapped inside its last words by a large title font (…2023 年政府信息公开工作年度报 / 告, …年政府信息 / 公开工作年度报告).
    /// </summary>
    private static (string Agency, int? Year, int Line)? DatedTitle(List<SourceParagraph> paragraphs, int i)
    {
        var text = ChineseNormalizer.Normalize(paragraphs[i].Text);
        var next = i + 1 < paragraphs.Count ? ChineseNormalizer.Normalize(paragraphs[i + 1].Text) : "";
        var continues = YearTitle().IsMatch(next) || (next.Length > 0 && next.Length < TitleEnding.Length && TitleEnding.EndsWith(next, StringComparison.Ordinal));
        var joined = continues && text.Length <= ReadingThresholds.MaxTitle ? text + next : text;
        foreach (var candidate in new[] { text, joined })
        {
            if (candidate.Length <= ReadingThresholds.MaxTitle && TitlePattern().Match(candidate) is { Success: true } match)
            {
                return (match.Groups["agency"].Value, int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), paragraphs[i].Line);
            }
        }

        return null;
    }

    /// <summary>The words every title ends with; a line of only their last characters continues the title above.</summary>
    private const string TitleEnding = "政府信息公开工作年度报告";

    /// <summary>Agency and year from the text when there is no title: 现公布X2024年…报告, the statistical period, the signature.</summary>
    public static (string? Agency, int? Year) FromText(IReadOnlyList<SourceItem> items)
    {
        string? agency = null;
        int? year = null;
        foreach (var paragraph in items.OfType<SourceParagraph>())
        {
            var text = ChineseNormalizer.Normalize(paragraph.Text);
            if (agency is null && Announced().Match(text) is { Success: true } announced && IsAgencyName(announced.Groups["agency"].Value))
            {
                agency = announced.Groups["agency"].Value;
                year ??= int.Parse(announced.Groups["year"].Value, CultureInfo.InvariantCulture);
            }

            // 本报告由淮安市洪泽区人民政府办公室根据《条例》要求编制: the office that compiled it.
            if (agency is null && CompiledBy().Match(text) is { Success: true } compiled && IsAgencyName(compiled.Groups["agency"].Value))
            {
                agency = compiled.Groups["agency"].Value;
            }

            if (year is null && Period().Match(text) is { Success: true } period)
            {
                year = int.Parse(period.Groups["year"].Value, CultureInfo.InvariantCulture);
            }
        }

        // The 办公室 of a 人民政府 compiles the government's report: the government is the office reporting when the text
        // names it on its own (2024年，淮安市洪泽区人民政府坚持…).
        if (agency is not null && agency.EndsWith("人民政府办公室", StringComparison.Ordinal))
        {
            var government = agency[..^3];
            if (items.OfType<SourceParagraph>().Any(p => NamesOnItsOwn(ChineseNormalizer.Normalize(p.Text), government)))
            {
                agency = government;
            }
        }

        var closing = items.OfType<SourceParagraph>().TakeLast(6).Select(p => ChineseNormalizer.Normalize(p.Text)).ToList();
        var signature = closing.LastOrDefault(l => l.Length <= ReadingThresholds.MaxSignature && AgencyEnding().IsMatch(l));
        if (signature is not null && (agency is null || signature.Contains(agency)))
        {
            agency = signature;
        }

        if (agency is null || year is null)
        {
            // No title, no preamble: the office names itself with the year in its own text (2025年黎坝镇…).
            var mentions = items.OfType<SourceParagraph>()
                .SelectMany(p => AgencyYear().Matches(ChineseNormalizer.Normalize(p.Text)))
                .Select(m => (Agency: m.Groups["agency"].Success && m.Groups["agency"].Length > 0 ? m.Groups["agency"].Value : m.Groups["agency2"].Value,
                    Year: int.Parse(m.Groups["year"].Success && m.Groups["year"].Length > 0 ? m.Groups["year"].Value : m.Groups["year2"].Value, CultureInfo.InvariantCulture)))
                .GroupBy(m => m)
                .OrderByDescending(g => g.Count())
                .Select(g => g.Key)
                .FirstOrDefault();
            if (mentions.Agency is { Length: > 0 } && IsAgencyName(mentions.Agency))
            {
                agency ??= mentions.Agency;
                year ??= mentions.Year;
            }
        }
        if (year is null && closing.Select(l => DateLine().Match(l)).FirstOrDefault(m => m.Success) is { } date)
        {
            year = int.Parse(date.Groups["year"].Value, CultureInfo.InvariantCulture) - 1;
        }

        return (agency is null ? null : Cleanup(agency), year);
    }

    private static bool NamesOnItsOwn(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            if (at + name.Length >= text.Length || text[at + name.Length] != '办')
            {
                return true;
            }
        }

        return false;
    }

    private static string Cleanup(string agency) => Parenthetical().Replace(agency, "");

    /// <summary>
    /// Whether a text found where an agency is named is a name: no punctuation, no cited title, and the ending of an
    /// office (人民政府, 局, 委员会, 办公室, 中心, 街道办事处, 镇 …) — never a fragment of a sentence.
    /// </summary>
    public static bool IsAgencyName(string text) => Cleanup(text) is var name
        && name.Length is >= 2 and <= 40 && !name.Any(c => "，。；：:,;《》“”、！？()（）".Contains(c)) && AgencyName().IsMatch(name);

    /// <summary>一、 or, where Word's list numbering flattened it, 1、 (not 1., which is a level-3 heading).</summary>
    [GeneratedRegex(@"^(?<n>[一二三四五六])[、.,，]|^(?<n>[1-6])、")]
    private static partial Regex PartMarker();

    /// <summary>A leading numbering of any kind: 一、 （一） (1) 1. 1、 第一部分.</summary>
    [GeneratedRegex(@"^(第[一二三四五六]部分|[(（]?[一二三四五六七八九十\d]{1,3}[)）]?)[、.,，:：]?")]
    private static partial Regex AnyMarker();

    /// <summary>The title; reports before 2019 were often titled 政府信息公开年度报告, without 工作.</summary>
    [GeneratedRegex(@"^(?<agency>.{2,40}?)(?<year>20\d{2})年度?政府信息公开(工作)?年度报告$")]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"^(?<agency>[^，。；：:,;]{2,40}?)(年度)?政府信息公开工作年度报告$")]
    private static partial Regex UndatedTitle();

    [GeneratedRegex(@"^20\d{2}年度?政府信息公开工作年度报告$")]
    private static partial Regex YearTitle();

    [GeneratedRegex(@"现公布(?<agency>.{2,40}?)(?<year>20\d{2})年度?政府信息公开工作年度报告")]
    private static partial Regex Announced();

    [GeneratedRegex(@"本报告由(?<agency>[^，。；：,;《》]{2,40}?)(根据|依据|按照|依照|编制|负责)")]
    private static partial Regex CompiledBy();

    [GeneratedRegex(@"(人民政府|政府|局|厅|委员会|委|办公室|办|办事处|中心|管委会|管理委员会|站|所|院|队|署|会|镇|乡|街道|公司|集团|实验区|片区|区|县|市|旗)$")]
    private static partial Regex AgencyName();

    [GeneratedRegex(@"(?<year>20\d{2})年1月1日起?(至|到|-|—)(20\d{2})年12月31日")]
    private static partial Regex Period();

    [GeneratedRegex(@"(人民政府|办公室|办事处|委员会|局|厅|中心|镇|乡|街道)$")]
    private static partial Regex AgencyEnding();

    [GeneratedRegex(@"^(?<year>20\d{2})年\d{1,2}月\d{1,2}日$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"(?<year>20\d{2})年度?(?<agency>[\u4e00-\u9fa5]{2,8}?(镇|乡|街道|县|区))(政府信息|政务公开)|(?<agency2>[\u4e00-\u9fa5]{2,8}?(镇|乡|街道|县|区))(?<year2>20\d{2})年度?")]
    private static partial Regex AgencyYear();

    [GeneratedRegex(@"\(.*?\)")]
    private static partial Regex Parenthetical();
}
