using System.Security.Cryptography;
using System.Text;

namespace GovReportDocs.Pdf;

/// <summary>
/// PDFsharp names font subsets, the XMP document and the trailer ID from fresh GUIDs. This replaces each of
/// them in place, at the same length (so cross-reference offsets stay valid), with values derived from a hash
/// of the document with those spans masked: the same document gives the same bytes, different documents differ.
/// </summary>
internal static class DeterministicPdf
{
    private const int TagLength = 6;
    private const int UuidLength = 36;
    private const int IdLength = 32;

    private enum Kind
    {
        SubsetTag,
        Uuid,
        TrailerId,
    }

    private readonly record struct Span(int Start, int Length, Kind Kind, string Label);

    public static byte[] Normalize(byte[] pdf)
    {
        var spans = new List<Span>();
        foreach (var key in new[] { "/BaseFont/", "/FontName/" })
        {
            foreach (var at in Occurrences(pdf, key))
            {
                var tag = at + key.Length;
                if (tag + TagLength < pdf.Length && IsSubsetTag(pdf.AsSpan(tag, TagLength + 1)))
                {
                    spans.Add(new Span(tag, TagLength, Kind.SubsetTag, NameAfter(pdf, tag + TagLength + 1)));
                }
            }
        }

        foreach (var key in new[] { "<xmpMM:DocumentID>uuid:", "<xmpMM:InstanceID>uuid:" })
        {
            spans.AddRange(Occurrences(pdf, key).Select(at => new Span(at + key.Length, UuidLength, Kind.Uuid, key)));
        }

        if (LastOccurrence(pdf, "/ID[<") is { } id && id + 5 + 2 * IdLength + 3 <= pdf.Length)
        {
            spans.Add(new Span(id + 5, IdLength, Kind.TrailerId, "first"));
            spans.Add(new Span(id + 5 + IdLength + 2, IdLength, Kind.TrailerId, "second"));
        }

        var masked = (byte[])pdf.Clone();
        foreach (var span in spans)
        {
            masked.AsSpan(span.Start, span.Length).Fill((byte)'0');
        }

        var digest = SHA256.HashData(masked);
        var tags = new Dictionary<string, byte[]>();
        foreach (var span in spans)
        {
            var target = masked.AsSpan(span.Start, span.Length);
            switch (span.Kind)
            {
                case Kind.SubsetTag:
                    var original = Encoding.ASCII.GetString(pdf, span.Start, TagLength);
                    if (!tags.TryGetValue(original, out var tag))
                    {
                        tags[original] = tag = Derive(digest, $"font{tags.Count}{span.Label}").Take(TagLength).Select(b => (byte)('A' + b % 26)).ToArray();
                    }

                    tag.CopyTo(target);
                    break;
                case Kind.Uuid:
                    Encoding.ASCII.GetBytes(new Guid(Derive(digest, span.Label)[..16]).ToString()).CopyTo(target);
                    break;
                case Kind.TrailerId:
                    Encoding.ASCII.GetBytes(Convert.ToHexString(Derive(digest, "trailer")[..(IdLength / 2)])).CopyTo(target);
                    break;
            }
        }

        return masked;
    }

    private static bool IsSubsetTag(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < TagLength; i++)
        {
            if (bytes[i] is < (byte)'A' or > (byte)'Z')
            {
                return false;
            }
        }

        return bytes[TagLength] == (byte)'+';
    }

    private static string NameAfter(byte[] pdf, int start)
    {
        var end = start;
        while (end < pdf.Length && end - start < 128 && pdf[end] is not ((byte)'/' or (byte)'>' or (byte)'[' or (byte)' ' or (byte)'\n' or (byte)'\r'))
        {
            end++;
        }

        return Encoding.ASCII.GetString(pdf, start, end - start);
    }

    private static IEnumerable<int> Occurrences(byte[] pdf, string key)
    {
        var pattern = Encoding.ASCII.GetBytes(key);
        var offset = 0;
        while (true)
        {
            var at = pdf.AsSpan(offset).IndexOf(pattern);
            if (at < 0)
            {
                yield break;
            }

            yield return offset + at;
            offset += at + pattern.Length;
        }
    }

    private static int? LastOccurrence(byte[] pdf, string key)
    {
        var at = pdf.AsSpan().LastIndexOf(Encoding.ASCII.GetBytes(key));
        return at < 0 ? null : at;
    }

    private static byte[] Derive(byte[] digest, string purpose) => SHA256.HashData([.. digest, .. Encoding.UTF8.GetBytes(purpose)]);
}
