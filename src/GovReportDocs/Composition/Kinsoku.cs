using System.Text.RegularExpressions;

namespace GovReportDocs.Composition;

/// <summary>
/// Chinese line-breaking rules shared by every line the library breaks itself (body lines of the PDF, titles and
/// signatures in all formats): characters that may not open or close a line, and what stays together in a run.
/// </summary>
internal static partial class Kinsoku
{
    private const string NoLineStart = "，。、；：？！）》」』】〕〉〗”’…—～·%‰℃,.;:?!)]}>'\"";
    private const string NoLineEnd = "（《「『【〔〈〖“‘([{<";

    /// <summary>Characters after which a long web address may break (never inside ://).</summary>
    private const string UrlBreakAfter = "/?&.-_=";

    public static bool CannotStartLine(char c) => NoLineStart.Contains(c);

    public static bool CannotEndLine(char c) => NoLineEnd.Contains(c);

    /// <summary>Characters that stay together in a run: digits, Latin letters and what joins them in numbers and addresses.</summary>
    public static bool IsAtomic(char c) => c < 128 && (char.IsLetterOrDigit(c) || "./:_-%@#&?=+~".Contains(c));

    /// <summary>Whether a run of <see cref="IsAtomic"/> characters is a web address: broken only after / ? &amp; . - _ = when it must be.</summary>
    public static bool IsUrl(string run)
    {
        if (run.Contains("://", StringComparison.Ordinal) || run.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // A host before the first slash: letters, digits and hyphens in two or more labels (ketdz.gov.cn/zfxxgk).
        var slash = run.IndexOf('/', StringComparison.Ordinal);
        var host = slash > 0 ? run[..slash] : "";
        return host.Contains('.') && host.Any(char.IsAsciiLetter) && host.Split('.').All(l => l.Length > 0 && l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
    }

    /// <summary>
    /// The pieces of a run of <see cref="IsAtomic"/> characters between which a line may break: a web address's
    /// (<see cref="UrlPieces"/>), or a phone number's after the hyphen behind its area code (0858- / 8223456), as Word
    /// breaks after a hyphen; the hyphen stays at the line end. Anything else is one piece.
    /// </summary>
    public static IEnumerable<string> BreakablePieces(string run) => IsUrl(run) ? UrlPieces(run) : HyphenPieces(run);

    /// <summary>
    /// A phone number split after the hyphen behind its area code (0858-8223456 → 0858- and 8223456); any other run
    /// is one piece: a date (2024-12-31) or a range (2023-2024) stays whole.
    /// </summary>
    private static IEnumerable<string> HyphenPieces(string run)
    {
        if (PhoneNumber().Match(run) is { Success: true } phone)
        {
            var afterHyphen = phone.Groups["area"].Length + 1;
            return [run[..afterHyphen], run[afterHyphen..]];
        }

        return [run];
    }

    /// <summary>A Chinese fixed-line number: a trunk 0 and two or three digits of area code, a hyphen, 7 or 8 digits.</summary>
    [GeneratedRegex(@"^(?<area>0[0-9]{2,3})-[0-9]{7,8}$")]
    private static partial Regex PhoneNumber();

    /// <summary>
    /// The pieces of a web address between which a line may break: after / ? &amp; . - _ =, the last of a row of them
    /// (https:// stays whole, never http / s://).
    /// </summary>
    public static IEnumerable<string> UrlPieces(string url)
    {
        var start = 0;
        for (var i = 0; i < url.Length - 1; i++)
        {
            if (UrlBreakAfter.Contains(url[i]) && !UrlBreakAfter.Contains(url[i + 1]) && url[i + 1] != ':' && !(url[i] == '.' && char.IsAsciiDigit(url[i + 1]) && i > 0 && char.IsAsciiDigit(url[i - 1])))
            {
                yield return url[start..(i + 1)];
                start = i + 1;
            }
        }

        yield return url[start..];
    }
}
