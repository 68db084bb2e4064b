namespace GovReportDocs.Normalization;

/// <summary>
/// Puts text as published into one comparable form: full-width letters, digits and punctuation to half-width,
/// Traditional characters of the format's vocabulary to Simplified, no white space, no quote marks. The width
/// folding is done here rather than by NFKC, which does nothing when the host runs with invariant globalization.
/// </summary>
internal static class ChineseNormalizer
{
    /// <summary>Traditional → Simplified pairs for the characters of the format's labels and the words around them.</summary>
    private const string Pairs =
        "總总計计開开請请數数結结轉转處处與与門门類类機机關关務务資资訊讯護护權权內内過过執执詢询項项現现製制補补確确訪访舉举報报訴诉複复復复費费繳缴納纳維维糾纠審审規规範范廢废發发許许罰罚強强條条證证問问題题況况體体動动態态據据國国鎮镇區区縣县點点議议會会員员網网單单號号碼码聯联繫系電电話话郵邮編编統统針针對对進进實实際际導导領领組组織织責责應应簡简達达選选擇择雙双屬属於于產产眾众佈布這这個个們们來来為为從从無无還还樣样時时間间經经濟济質质義义衛卫醫医療疗環环設设劃划營营銷销稅税調调聞闻稱称將将禮礼頁页標标準准別别擊击閱阅讀读訟讼戶户傳传績绩評评僅仅場场幹干專专業业積积極极擴扩歸归檔档級级壩坝鄉乡葉叶庫库勢势覽览簽签覈核則则圍围謂谓響响彙汇蓋盖";

    /// <summary>
    /// Each UTF-16 unit's comparable form, '\0' for one that is dropped (NUL itself is kept, as it always was: it is
    /// its own form): one table lookup per character, as every label and paragraph of a report is normalised on each read.
    /// </summary>
    private static readonly char[] Folded = BuildTable();

    /// <summary>The comparable form of a text.</summary>
    public static string Normalize(string text)
    {
        var unchanged = 0;
        while (unchanged < text.Length && Folded[text[unchanged]] == text[unchanged])
        {
            unchanged++;
        }

        if (unchanged == text.Length)
        {
            return text;
        }

        var kept = unchanged;
        for (var i = unchanged; i < text.Length; i++)
        {
            kept += Dropped(text[i]) ? 0 : 1;
        }

        return string.Create(kept, (text, unchanged), static (result, state) =>
        {
            var (text, unchanged) = state;
            text.AsSpan(0, unchanged).CopyTo(result);
            var at = unchanged;
            for (var i = unchanged; i < text.Length; i++)
            {
                if (!Dropped(text[i]))
                {
                    result[at++] = Folded[text[i]];
                }
            }
        });
    }

    /// <summary>The comparable form of one character, or null when <see cref="Normalize"/> drops it.</summary>
    public static char? Fold(char original) => Dropped(original) ? null : Folded[original];

    private static bool Dropped(char c) => Folded[c] == '\0' && c != '\0';

    /// <summary>U+FF01–U+FF5E (full-width ASCII) to U+0021–U+007E; the ideographic space to a space.</summary>
    public static char HalfWidth(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    private static char[] BuildTable()
    {
        var simplified = new Dictionary<char, char>();
        for (var i = 0; i + 1 < Pairs.Length; i += 2)
        {
            simplified[Pairs[i]] = Pairs[i + 1];
        }

        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = HalfWidth((char)i);
            var dropped = char.IsWhiteSpace(c) || c is '"' or '\'' or '“' or '”' or '‘' or '’' or '\u200b' or '\u2060' or '\ufeff';
            table[i] = dropped ? '\0' : simplified.GetValueOrDefault(c, c);
        }

        return table;
    }
}
