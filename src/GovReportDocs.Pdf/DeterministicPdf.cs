using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace GovReportDocs.Pdf;

/// <summary>
/// PDFsharp names font subsets, the XMP document and the trailer ID from fresh GUIDs. This replaces each of
/// them, in place and at the same length (so cross-reference offsets stay valid), with values derived from a
/// hash of the document itself: the same document gives the same bytes, and different documents differ.
/// </summary>
internal static partial class DeterministicPdf
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    public static byte[] Normalize(byte[] pdf)
    {
        var text = Latin1.GetString(pdf);
        var masked = SubsetTag().Replace(text, m => m.Groups["name"].Value + "AAAAAA+");
        masked = XmpUuid().Replace(masked, "00000000-0000-0000-0000-000000000000");
        masked = TrailerId().Replace(masked, m => new string('0', m.Length));
        var digest = SHA256.HashData(Latin1.GetBytes(masked));

        var tags = new Dictionary<string, string>();
        text = SubsetTag().Replace(text, m =>
        {
            var font = m.Groups["font"].Value;
            if (!tags.TryGetValue(m.Groups["tag"].Value, out var tag))
            {
                tag = Tag(digest, font, tags.Count);
                tags[m.Groups["tag"].Value] = tag;
            }

            return m.Groups["name"].Value + tag + "+";
        });
        var uuids = 0;
        text = XmpUuid().Replace(text, _ => new Guid(Derive(digest, $"xmp{uuids++}")[..16]).ToString());
        text = TrailerId().Replace(text, m => Convert.ToHexString(Derive(digest, "trailer")[..(m.Length / 2)]));
        return Latin1.GetBytes(text);
    }

    private static string Tag(byte[] digest, string font, int index)
    {
        var bytes = Derive(digest, $"font{index}{font}");
        return new string(bytes.Take(6).Select(b => (char)('A' + b % 26)).ToArray());
    }

    private static byte[] Derive(byte[] digest, string purpose) =>
        SHA256.HashData([.. digest, .. Encoding.UTF8.GetBytes(purpose)]);

    [GeneratedRegex(@"(?<name>/(?:BaseFont|FontName)/)(?<tag>[A-Z]{6})\+(?=(?<font>[^/\s>\]\[]*))")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"(?<=<xmpMM:(?:DocumentID|InstanceID)>uuid:)[0-9a-fA-F-]{36}")]
    private static partial Regex XmpUuid();

    [GeneratedRegex(@"(?<=/ID\s*\[\s*<)[0-9A-Fa-f]{32}(?=>)|(?<=/ID\s*\[\s*<[0-9A-Fa-f]{32}>\s*<)[0-9A-Fa-f]{32}(?=>)")]
    private static partial Regex TrailerId();
}
