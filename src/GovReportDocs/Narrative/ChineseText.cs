using System.Globalization;

namespace GovReportDocs.Narrative;

/// <summary>How the report writes dates, ordinals and enumerations in Chinese.</summary>
internal static class ChineseText
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    /// <summary>2025年1月20日: Arabic numerals, no zero padding (GB/T 9704).</summary>
    public static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>一, 二 … 九十九 for counting items.</summary>
    public static string Ordinal(int number) => number switch
    {
        <= 0 or >= 100 => number.ToString(CultureInfo.InvariantCulture),
        <= 10 => Digits[number],
        < 20 => "十" + Digits[number - 10],
        _ => Digits[number / 10] + "十" + (number % 10 == 0 ? "" : Digits[number % 10]),
    };

    /// <summary>一是A。二是B。 — the enumeration every report uses for problems and measures.</summary>
    public static string Enumerate(IEnumerable<string> items) =>
        string.Concat(items.Select((item, i) => $"{Ordinal(i + 1)}是{TrimEnd(item)}。"));

    /// <summary>予以公开12件、部分公开11件: the non-zero items only, so zeros read naturally.</summary>
    public static string Breakdown(IEnumerable<(string Label, int Count)> items, string unit = "件") =>
        string.Join("、", items.Where(i => i.Count > 0).Select(i => $"{i.Label}{i.Count}{unit}"));

    private static string TrimEnd(string item) => item.Trim().TrimEnd('。', '；', ';', '，', ',', '.');
}
