using System.Globalization;
using System.Text.RegularExpressions;
using GovReportDocs.Normalization;

namespace GovReportDocs.Reading.Lines;

/// <summary>What a table cell of a published report holds: a number, an explicit "missing", or a label.</summary>
internal static partial class CellValue
{
    private static readonly HashSet<string> MissingMarks = ["/", "-", "—", "——", "--", "－", "／", "−", "无", "空", "\\"];

    /// <summary>True for a number or a missing mark; <paramref name="value"/> is null when missing.</summary>
    public static bool TryRead(SourceCell cell, out decimal? value) => TryRead(cell, ChineseNormalizer.Normalize(cell.Text), out value);

    /// <summary><see cref="TryRead(SourceCell, out decimal?)"/> of a cell whose text the caller has normalised already.</summary>
    public static bool TryRead(SourceCell cell, string normalized, out decimal? value)
    {
        value = null;
        if (cell.IsBlank)
        {
            return true;
        }

        // Most cells are a plain count: digits only, nothing folded away (so no digit groups apart either).
        if (normalized.Length == cell.Text.Length && PlainCount(normalized) is { } count)
        {
            value = count;
            return true;
        }

        // Digit groups apart are separate values (`1 0 0 0 0 0 1`), never one number.
        if (SpacedDigits().IsMatch(cell.Text))
        {
            return false;
        }

        var text = normalized;
        if (MissingMarks.Contains(text) || MissingMarks.Contains(cell.Text.Trim()))
        {
            return true;
        }

        if (Number().IsMatch(text) && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return true;
        }

        return false;
    }

    /// <summary>The count a text of one to nine ASCII digits stands for, or null for any other text.</summary>
    public static long? PlainCount(string text)
    {
        if (text.Length is 0 or > 9)
        {
            return null;
        }

        var count = 0L;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }

            count = count * 10 + (c - '0');
        }

        return count;
    }

    [GeneratedRegex(@"[0-9０-９][\s\u3000]+[0-9０-９]")]
    private static partial Regex SpacedDigits();

    [GeneratedRegex(@"^-?\d{1,9}(\.\d{1,6})?$")]
    private static partial Regex Number();
}
