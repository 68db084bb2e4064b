using System.Text.RegularExpressions;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Normalization;

namespace GovReportDocs.Ledger;

/// <summary>The outcome of matching an office's word to one of the format's categories: the match, or why there is none.</summary>
internal readonly record struct WordMatch<T>(T? Value, string? Problem)
    where T : struct
{
    public static WordMatch<T> Found(T value) => new(value, null);

    public static WordMatch<T> NotFound(string problem) => new(null, problem);
}

/// <summary>
/// Matches the words offices write in their ledgers to the format's categories. First the format's own label (in
/// any width, with or without its numbering); then, when exactly one category's usual wording is in the word, that
/// category. A word that fits none or several is never placed: the caller reports it with the candidates.
/// </summary>
internal static partial class LedgerWords
{
    /// <summary>Words offices use for each applicant category, besides the label itself.</summary>
    private static readonly (ApplicantColumn Column, string[] Words)[] CategoryWords =
    [
        (ApplicantColumn.NaturalPersons, ["自然人", "个人", "公民", "群众"]),
        (ApplicantColumn.CommercialEnterprises, ["商业企业", "企业", "公司", "商户"]),
        (ApplicantColumn.ResearchInstitutions, ["科研机构", "科研", "研究院", "研究所", "高校", "大学"]),
        (ApplicantColumn.PublicInterestOrganizations, ["社会公益组织", "公益", "社会组织", "基金会"]),
        (ApplicantColumn.LegalServiceAgencies, ["法律服务机构", "律师", "律所", "法律服务"]),
        (ApplicantColumn.Others, ["其他", "其它"]),
    ];

    /// <summary>The wording by which each 办理结果 is recognised in a free-text ledger, besides its label.</summary>
    private static readonly (ApplicationRow Row, string[] Words)[] OutcomeWords =
    [
        (ApplicationRow.Granted, ["予以公开", "同意公开", "全部公开", "已公开"]),
        (ApplicationRow.PartiallyGranted, ["部分公开"]),
        (ApplicationRow.DeniedStateSecret, ["国家秘密"]),
        (ApplicationRow.DeniedProhibitedByLaw, ["法律行政法规禁止"]),
        (ApplicationRow.DeniedThreeSecurityOneStability, ["三安全一稳定"]),
        (ApplicationRow.DeniedThirdPartyRights, ["第三方"]),
        (ApplicationRow.DeniedInternalAffairs, ["内部事务"]),
        (ApplicationRow.DeniedProcessInformation, ["过程性信息"]),
        (ApplicationRow.DeniedEnforcementFiles, ["执法案卷"]),
        (ApplicationRow.DeniedAdministrativeQuery, ["行政查询"]),
        (ApplicationRow.UnableNotHeld, ["不掌握", "信息不存在"]),
        (ApplicationRow.UnableNeedsCreation, ["另行制作", "没有现成信息"]),
        (ApplicationRow.UnableUnclearAfterCorrection, ["补正后", "仍不明确"]),
        (ApplicationRow.NotProcessedPetitionOrComplaint, ["信访", "举报投诉"]),
        (ApplicationRow.NotProcessedRepeated, ["重复申请"]),
        (ApplicationRow.NotProcessedPublicationRequested, ["公开出版物"]),
        (ApplicationRow.NotProcessedMassRepeated, ["大量反复"]),
        (ApplicationRow.NotProcessedConfirmationRequested, ["确认或重新出具", "重新出具"]),
        (ApplicationRow.OtherOverdueCorrection, ["逾期不补正", "未补正"]),
        (ApplicationRow.OtherOverdueFee, ["缴纳费用", "未缴费", "逾期未缴"]),
    ];

    private static readonly Dictionary<string, ApplicationRow> OutcomeLabels = BuildOutcomeLabels();

    private static readonly Dictionary<string, ApplicantColumn> CategoryLabels =
        LedgerLabels.Categories.ToDictionary(c => ChineseNormalizer.Normalize(c.Label), c => c.Column);

    /// <summary>The 表三 result row an outcome word names.</summary>
    public static WordMatch<ApplicationRow> Outcome(string word)
    {
        var key = ChineseNormalizer.Normalize(word);
        if (OutcomeLabels.TryGetValue(key, out var row) || OutcomeLabels.TryGetValue(Core(key), out row))
        {
            return WordMatch<ApplicationRow>.Found(row);
        }

        // A group's name first (不予公开（国家秘密）, 其他处理-其他): the rest is looked for among that group's rows only.
        var unnumbered = GroupNumber().Replace(key, "");
        foreach (var group in ApplicationRows.All.Where(s => s.Group is not null).GroupBy(s => s.Group!))
        {
            var name = Core(ChineseNormalizer.Normalize(group.Key));
            if (!unnumbered.StartsWith(name, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = Separators().Replace(unnumbered[name.Length..], "");
            if (rest.Length == 0)
            {
                return WordMatch<ApplicationRow>.NotFound(
                    $"办理结果“{word}”未说明是{group.Key}中的哪一项（{string.Join("、", group.Select(s => s.Label))}），无法归入表三");
            }

            var inGroup = group.Where(s => Core(ChineseNormalizer.Normalize(s.Label)) is var core
                    && (core == rest || core.Contains(rest, StringComparison.Ordinal) || rest.Contains(core, StringComparison.Ordinal)
                        || OutcomeWords.Any(o => o.Row == s.Row && o.Words.Any(w => rest.Contains(w, StringComparison.Ordinal)))))
                .Select(s => s.Row).ToList();
            if (inGroup.Count == 1)
            {
                return WordMatch<ApplicationRow>.Found(inGroup[0]);
            }
        }

        var candidates = OutcomeWords.Where(o => o.Words.Any(w => key.Contains(w, StringComparison.Ordinal))).Select(o => o.Row).ToList();
        if (candidates.Count == 1)
        {
            return WordMatch<ApplicationRow>.Found(candidates[0]);
        }

        return WordMatch<ApplicationRow>.NotFound(candidates.Count > 1
            ? $"办理结果“{word}”可归入多项（{string.Join("、", candidates.Select(r => LedgerLabels.OutcomeLabel(r)))}），无法确定；请改为其中一项"
            : $"办理结果“{word}”不是表三的办理结果之一，无法归入；应为“{LedgerLabels.OutcomeLabel(ApplicationRow.Granted)}”等{LedgerLabels.Outcomes.Count}项之一");
    }

    /// <summary>The 表三 applicant column a category word names.</summary>
    public static WordMatch<ApplicantColumn> Category(string word)
    {
        var key = ChineseNormalizer.Normalize(word);
        if (CategoryLabels.TryGetValue(key, out var column))
        {
            return WordMatch<ApplicantColumn>.Found(column);
        }

        var candidates = CategoryWords.Where(c => c.Words.Any(w => key.Contains(w, StringComparison.Ordinal))).Select(c => c.Column).ToList();
        return candidates.Count == 1
            ? WordMatch<ApplicantColumn>.Found(candidates[0])
            : WordMatch<ApplicantColumn>.NotFound(
                $"申请人类别“{word}”{(candidates.Count > 1 ? "可归入多类" : "不是表三的申请人类别")}，无法归入；应为{ApplicantColumns.ApplicantLabelList}之一");
    }

    /// <summary>The 表四 result a case's result word names: the label (结果维持) or its short form (维持).</summary>
    public static WordMatch<ReviewOutcome> Result(string word)
    {
        var key = ChineseNormalizer.Normalize(word);
        var candidates = LedgerLabels.Results
            .Where(r => ChineseNormalizer.Normalize(r.Label) is var label && (label == key || label.Replace("结果", "", StringComparison.Ordinal) == key
                || key.Contains(label.Replace("结果", "", StringComparison.Ordinal), StringComparison.Ordinal)))
            .Select(r => r.Outcome).Distinct().ToList();
        return candidates.Count == 1
            ? WordMatch<ReviewOutcome>.Found(candidates[0])
            : WordMatch<ReviewOutcome>.NotFound(
                $"结果“{word}”不是表四的结果之一，无法归入；应为{string.Join("、", LedgerLabels.Results.Select(r => r.Label))}之一");
    }

    /// <summary>The 行政诉讼 group a lawsuit's kind names: 未经复议直接起诉 (or 直接起诉) or 复议后起诉.</summary>
    public static WordMatch<ReviewGroup> LitigationKind(string word)
    {
        var key = ChineseNormalizer.Normalize(word);
        // 复议后起诉 is inside no other label, 直接起诉 is: test the one that cannot be mistaken first.
        if (key.Contains("复议后", StringComparison.Ordinal) || key is "经复议" or "是")
        {
            return WordMatch<ReviewGroup>.Found(ReviewGroup.LitigationAfterReview);
        }

        return key.Contains("直接", StringComparison.Ordinal) || key is "未经复议" or "否"
            ? WordMatch<ReviewGroup>.Found(ReviewGroup.LitigationDirect)
            : WordMatch<ReviewGroup>.NotFound(
                $"起诉方式“{word}”无法识别；应为{string.Join("或", LedgerLabels.LitigationKinds.Select(k => k.Label))}");
    }

    /// <summary>A label without its numbering and its note: (三)不予公开·1.属于国家秘密 → 属于国家秘密.</summary>
    private static string Core(string normalized)
    {
        var core = Numbering().Replace(normalized, "");
        var dot = core.LastIndexOf('·');
        return dot >= 0 ? core[(dot + 1)..] : core;
    }

    private static Dictionary<string, ApplicationRow> BuildOutcomeLabels()
    {
        var labels = new Dictionary<string, ApplicationRow>(StringComparer.Ordinal);
        var cores = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (row, label) in LedgerLabels.Outcomes)
        {
            labels[ChineseNormalizer.Normalize(label)] = row;
            var core = Core(ChineseNormalizer.Normalize(label));
            cores[core] = cores.GetValueOrDefault(core) + 1;
        }

        foreach (var (row, label) in LedgerLabels.Outcomes)
        {
            // 3.其他 is a row's own label but means nothing alone; only cores that name one row are kept.
            var core = Core(ChineseNormalizer.Normalize(label));
            if (cores[core] == 1 && core != "其他")
            {
                labels.TryAdd(core, row);
            }
        }

        return labels;
    }

    /// <summary>A leading (三).</summary>
    [GeneratedRegex(@"^\([一二三四五六七]\)")]
    private static partial Regex GroupNumber();

    /// <summary>What offices put between a group's name and its row: · - — : 、 brackets and the row's number.</summary>
    [GeneratedRegex(@"[·\-—:、()\[\]]|\d+\.?")]
    private static partial Regex Separators();

    /// <summary>(一) at the start, 1. after it or after ·, and a bracketed note at the end (部分公开's).</summary>
    [GeneratedRegex(@"^\([一二三四五六七]\)|(?<=^|·)\d+\.|\(区分处理的[^)]*\)$")]
    private static partial Regex Numbering();
}
