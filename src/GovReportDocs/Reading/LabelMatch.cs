using GovReportDocs.Normalization;

namespace GovReportDocs.Reading;

/// <summary>Whether a cell's text is a given label, as published reports print it: other widths, spaces, Traditional
/// characters (both texts come normalised by <see cref="ChineseNormalizer.Normalize"/>), and long labels truncated or
/// with a few characters lost.</summary>
internal static class LabelMatch
{
    private const int LongLabel = 6;
    private const double KeptShare = 0.7;

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

        return found.Contains(wanted) || wanted.StartsWith(found, StringComparison.Ordinal) || SharedPrefix(found, wanted) >= wanted.Length * KeptShare
               && found.Length <= wanted.Length + 4;
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
