using GovReportDocs.Diagnostics;

namespace GovReportDocs.Validation;

/// <summary>
/// R12: the narrative of parts 一 and 五 should not be mostly last year's. Similarity is the share of
/// character pairs the two texts have in common (Dice coefficient over bigrams). A warning.
/// </summary>
internal sealed class R12NotACopy : IReportRule
{
    /// <summary>Above this share of shared character pairs a part reads as copied.</summary>
    public const double CopiedShare = 0.8;

    /// <inheritdoc />
    public string Id => RuleIds.R12;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        if (context.Published is not { Current: var current, Previous: { } previous })
        {
            yield break;
        }

        foreach (var (number, name) in new[] { (1, "一、总体情况"), (5, "五、存在的主要问题及改进情况") })
        {
            var now = current.PartTexts.GetValueOrDefault(number, "");
            var before = previous.PartTexts.GetValueOrDefault(number, "");
            if (now.Length < 20 || before.Length < 20)
            {
                continue;
            }

            var share = Similarity(now, before);
            if (share >= CopiedShare)
            {
                var line = current.Parts.FirstOrDefault(p => p.Number == number)?.Line ?? 1;
                yield return new Diagnostic(Id, Severity.Warning,
                    $"“{name}”与上年报告的相似度为{share:P0}（超过{CopiedShare:P0}），应根据本年度情况撰写，不宜照搬上年内容")
                    { Source = new SourceLocation(current.File, line, 1) };
            }
        }
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
}
