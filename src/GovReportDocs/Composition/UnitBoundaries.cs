namespace GovReportDocs.Composition;

/// <summary>
/// Where a title or an agency name may break: after an administrative level (省, 自治州, 市, 区, 县, 乡, 镇, 街道),
/// around 人民政府 and after an office (办公室, 局, 委员会 …), around a bracketed part （云南）, before the year and
/// before 政府信息公开工作年度报告; never before closing punctuation or after opening punctuation. One place for the
/// rule that every format follows through <see cref="TitleLines"/>.
/// </summary>
internal static class UnitBoundaries
{
    /// <summary>Never: inside a run of digits or Latin, before 、，。）》 or after （《.</summary>
    public const int Never = -1;

    /// <summary>Between two characters of one unit: only when a unit is wider than a line.</summary>
    public const int InsideUnit = 0;

    /// <summary>Between two units inside brackets: only when the bracketed part is wider than a line.</summary>
    public const int InsideBrackets = 1;

    /// <summary>Between the parts of the fixed suffix (政府信息公开工作 / 年度报告).</summary>
    public const int Weak = 2;

    /// <summary>After a level or an office, before an opening or after a closing bracket.</summary>
    public const int Unit = 3;

    /// <summary>Before the year and before the fixed suffix.</summary>
    public const int Strongest = 4;

    /// <summary>Ends of units, longest first so 自治州 wins over 州.</summary>
    private static readonly string[] UnitEnds =
    [
        "特别行政区", "人民政府", "街道办事处", "管理委员会", "自治区", "自治州", "自治县", "自治旗", "办公室", "办公厅", "委员会", "办事处",
        "管委会", "开发区", "试验区", "政府", "街道", "中心", "公司", "片区", "省", "市", "州", "盟", "区", "县", "旗", "乡", "镇",
        "局", "厅", "委", "办", "科", "处", "部", "署", "院", "所", "站", "队", "会",
    ];

    /// <summary>Characters that continue a word after a unit end: 市场, 市民, 市委, 市政, 区域, 县级, 省直, 乡镇, 委员, 办公, 办税, 科技 …</summary>
    private const string Continuations = "场民委政域级直属辖镇城员公事技学门长省市州盟区县旗乡税理";

    private const string Opening = "（(〔【《";
    private const string Closing = "）)〕】》";

    /// <summary>The quality of a break before each position 0 … text.Length (0 and the end are never breaks).</summary>
    public static int[] Qualities(string text)
    {
        var quality = new int[text.Length + 1];
        for (var i = 1; i < text.Length; i++)
        {
            quality[i] = IsAsciiWord(text[i - 1]) && IsAsciiWord(text[i]) ? Never : InsideUnit;
        }

        quality[0] = quality[text.Length] = Never;
        for (var i = 1; i < text.Length; i++)
        {
            if (quality[i] == Never)
            {
                continue;
            }

            if (text.AsSpan(i).StartsWith(TitleLines.Suffix) || IsYear(text, i))
            {
                quality[i] = Strongest;
            }
            else if (EndsUnit(text, i) || text.AsSpan(i).StartsWith("人民政府") || Opening.Contains(text[i]) || Closing.Contains(text[i - 1]))
            {
                quality[i] = Unit;
            }
        }

        var suffix = text.LastIndexOf(TitleLines.Suffix, StringComparison.Ordinal);
        if (suffix >= 0)
        {
            for (var i = suffix + 1; i < suffix + TitleLines.Suffix.Length; i++)
            {
                quality[i] = InsideUnit;
            }

            quality[suffix + "政府信息公开工作".Length] = Weak;
        }

        // A bracketed part stays whole where it fits: breaks inside it come after every break outside.
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (Closing.Contains(text[i]))
            {
                depth = Math.Max(0, depth - 1);
            }

            if (depth > 0 && i > 0 && quality[i] > InsideBrackets)
            {
                quality[i] = InsideBrackets;
            }

            if (Opening.Contains(text[i]))
            {
                depth++;
            }
        }

        // No line opens with 、，。）》 nor ends with （《; 第 stays with its number (第12综合执法大队).
        for (var i = 1; i < text.Length; i++)
        {
            if (Kinsoku.CannotStartLine(text[i]) || Kinsoku.CannotEndLine(text[i - 1]) || (text[i - 1] == '第' && char.IsAsciiDigit(text[i])))
            {
                quality[i] = Never;
            }
        }

        return quality;
    }

    /// <summary>Position <paramref name="i"/> starts a year: four digits and 年 (2025年), not any number (第12).</summary>
    public static bool IsYear(string text, int i) =>
        i + 5 <= text.Length && (i == 0 || !char.IsAsciiDigit(text[i - 1])) &&
        text.AsSpan(i, 4).ContainsAnyExceptInRange('0', '9') is false && text[i + 4] == '年';

    /// <summary>Whether a unit ends just before position <paramref name="i"/> and the next character does not continue it.</summary>
    private static bool EndsUnit(string text, int i)
    {
        var end = UnitEnds.FirstOrDefault(u => i >= u.Length && text.AsSpan(i - u.Length, u.Length).SequenceEqual(u));
        if (end is null || InsideLongerEnd(text, i))
        {
            return false;
        }

        // 人民政府, 办公室 … are whole words: what follows them starts a new unit.
        return end.Length > 1 || !Continuations.Contains(text[i]);
    }

    /// <summary>Whether a longer unit end runs across position <paramref name="i"/> (街道 | 办事处 in 街道办事处).</summary>
    private static bool InsideLongerEnd(string text, int i) =>
        UnitEnds.Any(u => Enumerable.Range(1, u.Length - 1).Any(k => i - k >= 0 && i - k + u.Length <= text.Length &&
            text.AsSpan(i - k, u.Length).SequenceEqual(u)));

    private static bool IsAsciiWord(char c) => c < 128 && char.IsLetterOrDigit(c);
}
