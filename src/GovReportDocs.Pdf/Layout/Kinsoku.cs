namespace GovReportDocs.Pdf.Layout;

/// <summary>Chinese line-breaking rules: characters that may not open or close a line.</summary>
internal static class Kinsoku
{
    private const string NoLineStart = "，。、；：？！）》」』】〕〉〗”’…—～·%‰℃,.;:?!)]}>'\"";
    private const string NoLineEnd = "（《「『【〔〈〖“‘([{<";

    public static bool CannotStartLine(char c) => NoLineStart.Contains(c);

    public static bool CannotEndLine(char c) => NoLineEnd.Contains(c);

    /// <summary>Characters that stay together in a run: digits, Latin letters and what joins them in numbers and addresses.</summary>
    public static bool IsAtomic(char c) => c < 128 && (char.IsLetterOrDigit(c) || "./:_-%@#&?=+~".Contains(c));
}
