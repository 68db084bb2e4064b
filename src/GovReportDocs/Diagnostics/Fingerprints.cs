using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace GovReportDocs.Diagnostics;

/// <summary>
/// The fingerprint a reviewer accepts a finding by: the report's file name, the rule and what the finding is about by
/// label — the cell, the input key or the quoted words, else the message with its numbers masked — never the line,
/// so it survives reruns and edits elsewhere in the report.
/// </summary>
internal static partial class Fingerprints
{
    /// <summary>Hex digits of a fingerprint: 2^40 is ample for the findings of one office's reports.</summary>
    public const int Length = 10;

    public static string Of(Diagnostic diagnostic)
    {
        var file = diagnostic.Source is { } source ? Path.GetFileName(source.File) : "";
        var about = diagnostic.Datum?.Describe() ?? diagnostic.Field ?? diagnostic.Quote ?? Digits().Replace(diagnostic.Message, "#");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{file}\n{diagnostic.Rule}\n{about}"));
        return Convert.ToHexString(hash)[..Length].ToLowerInvariant();
    }

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Digits();
}
