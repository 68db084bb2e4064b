using GovReportDocs.Normalization;

namespace GovReportDocs.Ledger;

/// <summary>What a column of a ledger holds.</summary>
internal enum LedgerField
{
    Received,
    Applicant,
    Category,
    Content,
    Outcome,
    Answered,
    Case,
    LitigationKind,
    Result,
}

/// <summary>What a sheet of a ledger records.</summary>
internal enum LedgerSheetKind
{
    Applications,
    Review,
    Litigation,
}

/// <summary>Where a sheet's header row is and which column holds what.</summary>
internal sealed record LedgerLayout(LedgerSheetKind Kind, int HeaderRow, IReadOnlyDictionary<LedgerField, int> Columns);

/// <summary>
/// Finds a sheet's header row by its labels — ours, or the words offices use for them (申请时间, 申请人类型, 处理结果,
/// 答复时间…) — among its first rows, and so what the sheet records.
/// </summary>
internal static class LedgerLayouts
{
    /// <summary>Rows above the header (a title, a note, a blank line) are looked through up to this row.</summary>
    private const int HeaderSearchRows = 30;

    /// <summary>Each field's header words: a header cell that is one of them is that field; one that contains one, failing that.</summary>
    private static readonly (LedgerField Field, string[] Words)[] Words =
    [
        (LedgerField.Category, [LedgerLabels.Category, "申请人类型", "申请人性质", "申请人身份", "申请主体类别", "申请主体", "申请人分类"]),
        (LedgerField.Answered, [LedgerLabels.Answered, "答复时间", "办结日期", "办结时间", "回复日期", "回复时间", "告知日期", "答复告知日期"]),
        (LedgerField.Received, [LedgerLabels.Received, "收到时间", "申请日期", "申请时间", "受理日期", "受理时间", "登记日期", "登记时间",
            "接收日期", "收件日期", "来件日期", "立案日期", "起诉日期", "收案日期"]),
        (LedgerField.Outcome, [LedgerLabels.Outcome, "处理结果", "答复结果", "答复类型", "办理情况", "处理情况", "答复情况", "答复意见"]),
        (LedgerField.LitigationKind, [LedgerLabels.LitigationKind, "起诉类型", "诉讼类型", "是否经复议", "是否经过复议"]),
        (LedgerField.Result, [LedgerLabels.Result, "审结结果", "复议结果", "诉讼结果", "判决结果", "审理结果", "结案情况", "案件结果"]),
        (LedgerField.Content, [LedgerLabels.Content, "申请事项", "申请公开内容", "申请公开的内容", "申请信息", "所需信息", "信息内容", "内容"]),
        (LedgerField.Case, [LedgerLabels.Case, "案件名称", "案由", "案号", "原告", "复议申请人"]),
        (LedgerField.Applicant, [LedgerLabels.Applicant, "申请人姓名", "申请人名称", "申请人", "姓名", "名称", "申请单位"]),
    ];

    /// <summary>The sheet's layout, or null when no row of its top looks like a ledger's header.</summary>
    public static LedgerLayout? Find(LedgerSheet sheet)
    {
        for (var row = 0; row < Math.Min(HeaderSearchRows, sheet.Rows.Count); row++)
        {
            var columns = Fields(sheet.Rows[row]);
            if (KindOf(sheet.Name, columns) is { } kind)
            {
                return new LedgerLayout(kind, row, columns);
            }
        }

        return null;
    }

    private static LedgerSheetKind? KindOf(string sheetName, Dictionary<LedgerField, int> columns)
    {
        // Bare 日期 is a header only beside the columns that make a ledger of it.
        if (!columns.ContainsKey(LedgerField.Received))
        {
            return null;
        }

        var caseSheet = sheetName.Contains("复议", StringComparison.Ordinal) || sheetName.Contains("诉讼", StringComparison.Ordinal);
        if (caseSheet && !columns.ContainsKey(LedgerField.Category) && !columns.ContainsKey(LedgerField.Result)
            && columns.Remove(LedgerField.Outcome, out var result))
        {
            // A 复议/诉讼 sheet headed 处理结果: the case's result, not an application's outcome.
            columns[LedgerField.Result] = result;
        }

        if (columns.ContainsKey(LedgerField.Outcome) || columns.ContainsKey(LedgerField.Category))
        {
            return LedgerSheetKind.Applications;
        }

        if (!columns.ContainsKey(LedgerField.Result))
        {
            return null;
        }

        return columns.ContainsKey(LedgerField.LitigationKind) || sheetName.Contains("诉讼", StringComparison.Ordinal)
            ? LedgerSheetKind.Litigation
            : LedgerSheetKind.Review;
    }

    private static Dictionary<LedgerField, int> Fields(object?[] row)
    {
        var texts = row.Select(v => v is string s ? ChineseNormalizer.Normalize(s) : null).ToArray();
        var columns = new Dictionary<LedgerField, int>();
        var taken = new HashSet<int>();
        void Assign(Func<string, string, bool> matches)
        {
            foreach (var (field, words) in Words)
            {
                if (columns.ContainsKey(field))
                {
                    continue;
                }

                for (var c = 0; c < texts.Length; c++)
                {
                    if (texts[c] is { Length: > 0 } text && !taken.Contains(c) && words.Any(w => matches(text, w)))
                    {
                        columns[field] = c;
                        taken.Add(c);
                        break;
                    }
                }
            }
        }

        Assign((text, word) => text == word);
        Assign((text, word) => word.Length >= 2 && text.Contains(word, StringComparison.Ordinal) && text.Length <= 12);
        if (!columns.ContainsKey(LedgerField.Received))
        {
            var date = Array.FindIndex(texts, t => t is "日期" or "时间");
            if (date >= 0 && !taken.Contains(date))
            {
                columns[LedgerField.Received] = date;
            }
        }

        return columns;
    }
}
