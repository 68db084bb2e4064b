using System.Globalization;

namespace GovReportDocs.Model;

/// <summary>
/// The one rule for 机关全称, checked alike by validate, render, the web editor and its create form: a name fits the
/// title and the output file names, and carries no character that is invisible or turns the text around (U+202E
/// shows the title reversed in Word and in file managers; a zero-width space makes two names that look the same).
/// </summary>
internal static class AgencyName
{
    /// <summary>What is wrong with a name, in Chinese, or null when it may be used.</summary>
    public static string? Problem(string agency)
    {
        if (agency.Length > Limits.MaxAgencyLength)
        {
            return $"机关全称过长（{agency.Length}个字符）：最多{Limits.MaxAgencyLength}个字符";
        }

        for (var i = 0; i < agency.Length; i++)
        {
            if (char.IsSurrogate(agency[i]) && !char.IsSurrogatePair(agency, i - (char.IsLowSurrogate(agency[i]) && i > 0 ? 1 : 0)))
            {
                return $"机关全称第{i + 1}个字符无法识别（U+{(int)agency[i]:X4}，孤立的代理项），请删除";
            }

            if (Invisible(agency[i]) is { } what)
            {
                return $"机关全称第{i + 1}个字符是{what}（U+{(int)agency[i]:X4}），请删除";
            }
        }

        return agency.Any(char.IsLetter) ? null : "机关全称应为机关的名称，不能只由标点、数字或符号组成";
    }

    /// <summary>What an invisible or direction-changing character is, or null for a printable one.</summary>
    private static string? Invisible(char c) => c switch
    {
        '\t' => "制表符",
        '\u2028' => "行分隔符",
        '\u2029' => "段分隔符",
        '\uFEFF' => "字节顺序标记（BOM）",
        '\u200B' or '\u200C' or '\u200D' or '\u2060' => "零宽字符",
        >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C' => "改变文字方向的控制字符",
        _ => char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => "不可见的控制字符",
            _ => null,
        },
    };
}
