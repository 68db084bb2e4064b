namespace GovReportDocs.Validation;

/// <summary>
/// The sentence around some words of a text, as a finding quotes it: from the previous 。；！？ or line start to the
/// next, at most <see cref="MaxLength"/> characters, cut around the words with … where it is longer.
/// </summary>
internal static class QuotedSentence
{
    public const int MaxLength = 80;

    public static string Around(string text, int index, int length)
    {
        var start = index;
        while (start > 0 && !IsEnd(text[start - 1]))
        {
            start--;
        }

        var end = index + length;
        while (end < text.Length && !IsEnd(text[end]))
        {
            end++;
        }

        if (end < text.Length && text[end] != '\n')
        {
            end++;
        }

        // Leading blanks are no part of what was said.
        while (start < index && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (end - start <= MaxLength)
        {
            return text[start..end].TrimEnd();
        }

        // Keep the words, then as much before them as after, within the limit (the … marks included).
        var kept = Math.Min(length, MaxLength - 2);
        var room = MaxLength - 2 - kept;
        var before = Math.Min(index - start, room / 2);
        var after = Math.Min(end - index - length, room - before);
        before = Math.Min(index - start, room - after);
        var from = index - before;
        var to = Math.Min(index + kept + after, end);
        return (from > start ? "…" : "") + text[from..to] + (to < end ? "…" : "");
    }

    /// <summary>The longest stretch of a quote without the … marks that cut it, to find it in the text again.</summary>
    public static string LongestPiece(string quote) =>
        quote.Split('…').OrderByDescending(p => p.Length).First();

    private static bool IsEnd(char c) => c is '。' or '；' or '！' or '？' or ';' or '!' or '?' or '\n';
}
