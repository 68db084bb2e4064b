using System.Text.RegularExpressions;
using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Normalization;

namespace GovReportDocs.Validation;

/// <summary>
/// R15: the report is written for its year, not copied from last year's (given as <c>previousYear</c> or
/// <c>--previous</c>). Warnings, with the share and the longest repeated passages:
/// the narrative as a whole repeats last year's sentences for more than <see cref="CopiedReport"/> of its length;
/// part 一 or 五 shares <see cref="CopiedPart"/> of its character pairs with last year's (what R12 checked);
/// table 二, 三 or 四 is last year's cell for cell. The fixed wording of the format (part titles, headings, table
/// labels) and of the narrative templates (<see cref="ValidationContext.StockPhrases"/>) is set aside first: every
/// report shares it.
/// </summary>
internal sealed partial class R15NotACopy : IReportRule
{
    /// <summary>Above this share of repeated sentences a report reads as copied (evaluators deduct above it).</summary>
    public const double CopiedReport = 0.5;

    /// <summary>At or above this share of shared character pairs a part reads as copied.</summary>
    public const double CopiedPart = 0.8;

    /// <summary>Less own text than this (characters) is too little to call copied.</summary>
    public const int MinimumText = 100;

    /// <summary>A part with less own text than this (characters) is not compared on its own.</summary>
    public const int MinimumPart = 50;

    /// <summary>Shorter sentences (set phrases, 一是…) are not counted either way.</summary>
    public const int MinimumSentence = 8;

    /// <summary>A table with fewer non-zero numbers than this (现行有效件数 aside) is the same every year for want of any.</summary>
    public const int MinimumNonZeroCells = 3;

    private static readonly string[] FormatWording =
    [
        .. PartTitles.All, .. PartTitles.OverviewAspects, .. PartTitles.OtherMattersItems,
        .. ReportTables.All.SelectMany(t => t.Labels),
    ];

    /// <inheritdoc />
    public string Id => RuleIds.R15;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var previousParts = PreviousParts(context);
        if (previousParts is not null)
        {
            var stock = FormatWording.Concat(context.StockPhrases).Select(ChineseNormalizer.Normalize)
                .Where(s => s.Length >= 4).Distinct().OrderByDescending(s => s.Length).ToList();
            var currentParts = Parts(context).ToDictionary(p => p.Key, p => OwnText(p.Value, stock));
            var lastYear = previousParts.ToDictionary(p => p.Key, p => OwnText(p.Value, stock));
            if (WholeReport(context, currentParts, lastYear) is { } whole)
            {
                yield return whole;
            }
            else
            {
                // A report new on the whole may still carry a part over unchanged.
                foreach (var part in PartCopies(context, currentParts, lastYear))
                {
                    yield return part;
                }
            }
        }

        if (context.PreviousSheet is { } previous && context.PreviousReport is { } before && before.Year != context.Report.Year)
        {
            foreach (var table in IdenticalTables(context.Sheet, previous))
            {
                yield return table;
            }
        }
    }

    private Diagnostic? WholeReport(ValidationContext context, Dictionary<int, string> current, Dictionary<int, string> lastYear)
    {
        var before = MaskYears(string.Join("\n", lastYear.Values));
        var sentences = current.OrderBy(p => p.Key)
            .SelectMany(p => Sentences(p.Value).Select(s => (Part: p.Key, Text: s, Repeated: before.Contains(MaskYears(s), StringComparison.Ordinal))))
            .ToList();
        var total = sentences.Sum(s => s.Text.Length);
        if (total < MinimumText)
        {
            return null;
        }

        var repeated = sentences.Where(s => s.Repeated).Sum(s => s.Text.Length);
        var share = (double)repeated / total;
        if (share <= CopiedReport)
        {
            return null;
        }

        // Runs of consecutive repeated sentences are the passages a reader would recognise.
        var passages = new List<(int Part, string Text)>();
        var run = new List<string>();
        var runPart = 0;
        foreach (var sentence in sentences.Append((Part: -1, Text: "", Repeated: false)))
        {
            if (sentence.Repeated && (run.Count == 0 || sentence.Part == runPart))
            {
                runPart = sentence.Part;
                run.Add(sentence.Text);
                continue;
            }

            if (run.Count > 0)
            {
                passages.Add((runPart, string.Join("。", run)));
                run.Clear();
            }

            if (sentence.Repeated)
            {
                runPart = sentence.Part;
                run.Add(sentence.Text);
            }
        }

        var longest = passages.OrderByDescending(p => p.Text.Length).Take(2).ToList();
        var quoted = string.Join("；", longest.Select(p => $"{PartName(p.Part)}“{Excerpt(p.Text)}”（{p.Text.Length}字）"));
        return At(context, longest[0].Part, new Diagnostic(Id, Severity.Warning,
            $"全文（格式和模板的固定文字除外）与上年报告重复{share:P0}，应不超过{CopiedReport:P0}；最长的重复段落：{quoted}。应根据本年度情况撰写，不宜照搬上年内容"));
    }

    private IEnumerable<Diagnostic> PartCopies(ValidationContext context, Dictionary<int, string> current, Dictionary<int, string> lastYear)
    {
        foreach (var number in new[] { 1, 5 })
        {
            // Only sentences of the office's own count; what the templates filled in around their fixed wording does not.
            var now = string.Join("。", Sentences(current.GetValueOrDefault(number, "")));
            var before = string.Join("。", Sentences(lastYear.GetValueOrDefault(number, "")));
            if (now.Length < MinimumPart || before.Length < MinimumPart)
            {
                continue;
            }

            var share = Similarity(MaskYears(now), MaskYears(before));
            if (share >= CopiedPart)
            {
                yield return At(context, number, new Diagnostic(Id, Severity.Warning,
                    $"“{PartTitles.All[number - 1]}”（格式和模板的固定文字除外）与上年报告的相似度为{share:P0}（应低于{CopiedPart:P0}），应根据本年度情况撰写，不宜照搬上年内容"));
            }
        }
    }

    private IEnumerable<Diagnostic> IdenticalTables(StatisticsSheet sheet, StatisticsSheet previous)
    {
        foreach (var table in new[] { TableNames.Proactive, TableNames.Applications, TableNames.Review })
        {
            var data = StatisticsSheet.AllData.Where(d => d.Table == table).ToList();
            if (data.Any(d => sheet[d] is null || sheet[d] != previous[d]))
            {
                continue;
            }

            var moving = data.Where(d => sheet[d] != 0 && !IsInForce(d)).ToList();
            if (moving.Count >= MinimumNonZeroCells)
            {
                yield return Diagnostic.Warning(Id,
                    $"{table}与上年报告逐格相同（{data.Count}个数字全部一致，其中{moving.Count}个不为0），而报告年度已变：请核对是否沿用了上年的统计表",
                    moving[0]);
            }
        }
    }

    /// <summary>现行有效件数 carries over from year to year by nature.</summary>
    private static bool IsInForce(Datum datum) =>
        datum is ProactiveDatum { Item: ProactiveItem.RulesInForce or ProactiveItem.NormativeInForce };

    /// <summary>Last year's text by part (0 the preamble, 1–6 the parts), or null when last year's text is not known.</summary>
    private static IReadOnlyDictionary<int, string>? PreviousParts(ValidationContext context) =>
        context.Published?.Previous?.PartTexts ?? context.PreviousPrinted?.PartTexts
        ?? (context.PreviousReport is { } before ? InputParts(ReportTexts.Of(before)) : null);

    private static IReadOnlyDictionary<int, string> Parts(ValidationContext context) =>
        context.Published is { Current: var printed } ? printed.PartTexts : InputParts(ReportTexts.Of(context.Report));

    /// <summary>An input's own texts by the part they are printed in.</summary>
    private static Dictionary<int, string> InputParts(IEnumerable<(string Name, string Field, string Text)> texts) =>
        texts.GroupBy(t => PartOf(t.Field)).ToDictionary(g => g.Key, g => string.Join("\n", g.Select(t => t.Text)));

    private static int PartOf(string field) =>
        field.StartsWith("overview.", StringComparison.Ordinal) ? 1
        : field.StartsWith("problems.", StringComparison.Ordinal) ? 5
        : field.StartsWith("otherMatters.", StringComparison.Ordinal) ? 6
        : 0;

    /// <summary>The text in comparable form, stock wording cut out (years are masked when compared: a copy with the year changed is still a copy).</summary>
    private static string OwnText(string text, IReadOnlyList<string> stock)
    {
        var own = ChineseNormalizer.Normalize(text.Replace('\n', '。'));
        foreach (var phrase in stock)
        {
            own = own.Replace(phrase, "。", StringComparison.Ordinal);
        }

        return own;
    }

    private static string MaskYears(string text) => Year().Replace(text, "#");

    private static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim('，', ',', '：', ':')).Where(s => s.Length >= MinimumSentence);

    private static string PartName(int part) => part == 0 ? "前言" : PartTitles.All[part - 1];

    private static string Excerpt(string text) => text.Length <= 30 ? text : text[..30] + "…";

    /// <summary>A published finding at the part's title; an input's at the key of that part.</summary>
    private static Diagnostic At(ValidationContext context, int part, Diagnostic diagnostic)
    {
        if (context.Published is { Current: var printed })
        {
            var line = printed.Part(part)?.Line ?? 1;
            return diagnostic with { Source = new SourceLocation(printed.File, line, 1) };
        }

        return diagnostic with { Field = part switch { 1 => "overview", 5 => "problems", 6 => "otherMatters", _ => "preamble" } };
    }

    /// <summary>Dice coefficient over character bigrams, white space ignored.</summary>
    public static double Similarity(string a, string b)
    {
        static Dictionary<(char, char), int> Bigrams(string text)
        {
            var chars = text.Where(c => !char.IsWhiteSpace(c)).ToArray();
            var counts = new Dictionary<(char, char), int>();
            for (var i = 0; i + 1 < chars.Length; i++)
            {
                counts[(chars[i], chars[i + 1])] = counts.GetValueOrDefault((chars[i], chars[i + 1])) + 1;
            }

            return counts;
        }

        var x = Bigrams(a);
        var y = Bigrams(b);
        var shared = x.Sum(p => Math.Min(p.Value, y.GetValueOrDefault(p.Key)));
        var total = x.Values.Sum() + y.Values.Sum();
        return total == 0 ? 0 : 2.0 * shared / total;
    }

    [GeneratedRegex(@"(?<!\d)(19|20)\d{2}(?!\d)")]
    private static partial Regex Year();

    [GeneratedRegex(@"[。；！？!?;]")]
    private static partial Regex SentenceEnd();
}
