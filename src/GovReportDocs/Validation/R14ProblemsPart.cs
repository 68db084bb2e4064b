using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Normalization;

namespace GovReportDocs.Validation;

/// <summary>
/// R14: part 五 names the year's problems and what will be done about them. Nothing, a bare 无, a line too short to
/// say anything, or problems without any measure is an error on a published report: evaluators deduct for it, and it
/// is the one part the format asks the office to think about. On an input file it is a warning: a draft is rendered
/// for sign-off before part 五 is written, and the rendered text then says that it lists none.
/// </summary>
internal sealed class R14ProblemsPart : IReportRule
{
    /// <summary>Fewer characters than this (punctuation and white space aside) say nothing about a year's work.</summary>
    public const int MinimumCharacters = 15;

    /// <summary>
    /// Words by which a text says what will be done; a part 五 with none of them lists problems only. 加强, 提高 and
    /// 进一步 are not among them: problems are described with them too (有待进一步提高).
    /// </summary>
    private static readonly string[] MeasureWords = ["下一步", "措施", "改进", "整改", "将", "拟", "计划", "今后", "下阶段", "下一阶段"];

    /// <summary>What a part 五 says when it says nothing.</summary>
    private static readonly string[] NothingAnswers = ["无", "暂无", "没有", "无问题", "不存在问题", "无此类情况", "无相关情况"];

    private static readonly string Title = PartTitles.All[4];

    /// <inheritdoc />
    public string Id => RuleIds.R14;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        if (context.Published is { Current: var printed })
        {
            if (printed.Part(5) is not { } part)
            {
                // A missing part is R9's finding.
                yield break;
            }

            var text = printed.PartTexts.GetValueOrDefault(5, "");
            if (Emptiness(text) is { } empty)
            {
                yield return new Diagnostic(Id, Severity.Error, $"“{Title}”应写明本年度存在的主要问题和改进措施，实际{empty}")
                    { Source = new SourceLocation(printed.File, part.Line, 1) };
            }
            else if (!SaysWhatWillBeDone(text))
            {
                yield return new Diagnostic(Id, Severity.Error, $"“{Title}”只列了问题，应同时写明改进措施，实际未见“下一步”“措施”“改进”“将”等改进内容")
                    { Source = new SourceLocation(printed.File, part.Line, 1) };
            }

            yield break;
        }

        var problems = context.Report.Problems;
        var issues = string.Concat(problems.Issues);
        var all = issues + string.Concat(problems.Measures) + problems.LastYearRectification;
        if (Emptiness(all) is { } nothing)
        {
            yield return Diagnostic.Warning(Id,
                $"“{Title}”应写明本年度存在的主要问题（problems.issues）和改进措施（problems.measures），实际{nothing}") with { Field = "problems" };
        }
        else if (problems.Issues.Any(i => !string.IsNullOrWhiteSpace(i)) && problems.Measures.All(string.IsNullOrWhiteSpace))
        {
            yield return Diagnostic.Warning(Id,
                $"“{Title}”列了{problems.Issues.Count}项问题，应同时写明改进措施（problems.measures），实际未填写") with { Field = "problems.issues" };
        }
    }

    /// <summary>How the text says nothing — empty, 无, too short — or null when it says something.</summary>
    private static string? Emptiness(string text)
    {
        var letters = new string(ChineseNormalizer.Normalize(text).Where(char.IsLetterOrDigit).ToArray());
        return letters.Length == 0 ? "为空"
            : NothingAnswers.Contains(letters) ? $"只写了“{text.Trim()}”"
            : letters.Length < MinimumCharacters ? $"只有{letters.Length}个字（“{text.Trim()}”），少于{MinimumCharacters}个字"
            : null;
    }

    private static bool SaysWhatWillBeDone(string text)
    {
        var normalized = ChineseNormalizer.Normalize(text);
        return MeasureWords.Any(normalized.Contains);
    }
}
