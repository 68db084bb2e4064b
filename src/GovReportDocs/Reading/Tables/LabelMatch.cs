using GovReportDocs.Normalization;

namespace GovReportDocs.Reading.Tables;

/// <summary>Whether a cell's text is a given label, as published reports print it: other widths, spaces, Traditional
/// characters (both texts come normalised by <see cref="ChineseNormalizer.Normalize"/>), and long labels truncated or
/// with a few characters lost.</summary>
internal static class LabelMatch
{
    private const int LongLabel = 6;
    /// <summary>The share of a long label that must be printed for the label to be recognised.</summary>
    public const double KeptShare = 0.7;

    public static bool Matches(string found, string wanted)
    {
        if (found == wanted)
        {
            return true;
        }

        if (wanted.Length < LongLabel || found.Length < wanted.Length * KeptShare)
        {
            return false;
        }

        if (found.Contains(wanted) || wanted.StartsWith(found, StringComparison.Ordinal))
        {
            return true;
        }

        // Characters lost from the middle (WPS printed 2.其他法律行政止公开 for 2.其他法律行政法规禁止公开): what the
        // two share at their start and at their end, not overlapping, is most of the label.
        var prefix = SharedPrefix(found, wanted);
        var suffix = Math.Min(SharedSuffix(found, wanted), Math.Min(found.Length, wanted.Length) - prefix);
        return found.Length <= wanted.Length + 4 && (prefix >= wanted.Length * KeptShare || prefix > 0 && prefix + suffix >= wanted.Length * KeptShare);
    }

    private static int SharedSuffix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[^(n + 1)] == b[^(n + 1)])
        {
            n++;
        }

        return n;
    }

    private static int SharedPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }
}
