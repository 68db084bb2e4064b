using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GovReportDocs.Web;

/// <summary>
/// What a clerk types into a number cell, read exactly or not at all: full-width digits and point (a Chinese keyboard's
/// ０-９ and ．), digit groups of three (1,234 or 1，234), spaces around. Anything else — 12。5, 3e2, 1,23, 1 000 —
/// is not read: a cell is never given a number other than the one typed.
/// </summary>
internal static partial class TypedNumber
{
    /// <summary>The number as JSON text (<c>12.5</c>, <c>-3</c>), or null when the text is not exactly a number.</summary>
    public static string? Read(string typed)
    {
        var text = new StringBuilder(typed.Length);
        foreach (var c in typed.Trim().Trim('\u3000'))
        {
            text.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '．' => '.',
                '，' => ',',
                '－' or '−' => '-',
                _ => c,
            });
        }

        var folded = text.ToString();
        if (!Exact().IsMatch(folded))
        {
            return null;
        }

        var plain = folded.Replace(",", "", StringComparison.Ordinal);
        return decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value.ToString(CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>Digits, optionally in groups of three, optionally a point and more digits; a leading minus is read (and refused by the rules).</summary>
    [GeneratedRegex(@"^-?([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\.[0-9]+)?$")]
    private static partial Regex Exact();
}
