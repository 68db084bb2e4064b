using System.Text.RegularExpressions;
using GovReportDocs.Normalization;
using GovReportDocs.Reading.Lines;

namespace GovReportDocs.Reading.Structure;

/// <summary>
/// The part titles of the format reports kept before 2019 (条例 of 2008, 第三十二条: 概述, 主动公开, 依申请公开, 收费及
/// 减免, 因申请提起复议诉讼, 存在的主要问题, 其他事项): such a report is read as a report in a superseded format, each kind
/// of its own part titles told once, not refused as no report at all.
/// </summary>
internal static partial class OldFormatParts
{
    /// <summary>What identifies each part title of the old format that the 2021 format has no longer.</summary>
    private static readonly string[] Kinds =
        [.. new[] { "概述", "依申请公开政府信息", "收费及减免", "因政府信息公开申请提起行政复议" }.Select(ChineseNormalizer.Normalize)];

    /// <summary>
    /// The old format's part titles as printed, the first of each kind with its line; none when fewer than two kinds
    /// are printed (one such title alone may be a 2021 report's own wording).
    /// </summary>
    public static IReadOnlyList<(string Title, int Line)> Of(IReadOnlyList<SourceItem> items)
    {
        var found = new List<(string Title, int Line, int Kind)>();
        foreach (var paragraph in items.OfType<SourceParagraph>())
        {
            var text = ChineseNormalizer.Normalize(paragraph.Text);
            if (text.Length > ReadingThresholds.MaxPartTitle || !PartMarker().IsMatch(text) || StructureFinder.PartNumber(paragraph.Text) is not null)
            {
                continue;
            }

            var kind = Array.FindIndex(Kinds, k => text.Contains(k, StringComparison.Ordinal));
            if (kind >= 0 && found.All(f => f.Kind != kind))
            {
                found.Add((paragraph.Text.Trim(), paragraph.Line, kind));
            }
        }

        return found.Count >= 2 ? found.Select(f => (f.Title, f.Line)).ToList() : [];
    }

    /// <summary>一、 to 八、: the old format has seven parts.</summary>
    [GeneratedRegex(@"^[一二三四五六七八][、.,，]")]
    private static partial Regex PartMarker();
}
