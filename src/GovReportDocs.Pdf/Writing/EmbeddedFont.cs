using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using GovReportDocs.Pdf.Fonts;

namespace GovReportDocs.Pdf.Writing;

/// <summary>
/// One face as a PDF font: a Type0 font with Identity-H encoding over a CIDFontType2 whose CIDs are the subset's glyph
/// numbers (CIDToGIDMap Identity), its widths (W), a ToUnicode CMap so the text can be copied and searched, and the
/// subset embedded as FontFile2.
/// </summary>
internal sealed class EmbeddedFont(TrueTypeFace face, string resourceName, int number)
{
    private const string Digits = "0123456789ABCDEF";

    private readonly FontSubset _subset = new(face);

    /// <summary>What the page's resources call it (/F0).</summary>
    public string ResourceName { get; } = resourceName;

    /// <summary>The Type0 font's object number.</summary>
    public int Number { get; } = number;

    public TrueTypeFace Face => face;

    /// <summary>The two-byte codes of a text, in hex, noting every code point the face has no glyph for.</summary>
    public string Encode(string text, Action<int> missing)
    {
        // Hex digits written straight into one buffer: a string per glyph (ToString("X4")) was most of the cost.
        var hex = text.Length <= 256 ? stackalloc char[text.Length * 4 + 2] : new char[text.Length * 4 + 2];
        hex[0] = '<';
        var length = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var codePoint = (int)text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                // A lone surrogate is no character: it draws as .notdef and is not reported.
                codePoint = -1;
            }

            var glyph = codePoint < 0 ? 0 : face.Glyph(codePoint);
            if (glyph == 0 && codePoint >= 0)
            {
                missing(codePoint);
            }

            var number = _subset.Use(glyph, codePoint);
            hex[length++] = Digits[(number >> 12) & 0xF];
            hex[length++] = Digits[(number >> 8) & 0xF];
            hex[length++] = Digits[(number >> 4) & 0xF];
            hex[length++] = Digits[number & 0xF];
        }

        hex[length++] = '>';
        return new string(hex[..length]);
    }

    /// <summary>Writes the font's objects, the subset first (building it numbers the components the tag depends on).</summary>
    public void Write(PdfFile file)
    {
        using var font = new PooledBuffer(256 * 1024);
        _subset.Build(font);
        var glyphs = _subset.Count;
        var tag = Tag();
        var name = PdfSyntax.Name(tag + "+" + face.FamilyName);
        var fontFile = file.AddStream(string.Create(CultureInfo.InvariantCulture, $"/Length1 {font.Length}"), font.Written, level: CompressionLevel.Fastest);
        var em = 1000.0 / face.UnitsPerEm;
        string Scaled(int value) => PdfSyntax.Number(Math.Round(value * em));
        var box = string.Join(' ', face.BoundingBox.Select(Scaled));
        var descriptor = file.Add(
            $"<</Type/FontDescriptor/FontName{name}/Flags 32/FontBBox[{box}]/ItalicAngle 0/Ascent {Scaled(face.Ascender)}" +
            $"/Descent {Scaled(face.Descender)}/CapHeight {Scaled(face.CapHeight)}/XHeight {Scaled(face.XHeight)}/StemV 80/FontFile2 {PdfSyntax.Reference(fontFile)}>>");

        var widths = new StringBuilder("[");
        for (var number = 1; number < glyphs; number++)
        {
            // Consecutive numbers in one run: first [w1 w2 …].
            if (number == 1)
            {
                widths.Append("1[");
            }

            widths.Append(PdfSyntax.Number(face.Advance(_subset.Original(number)) * em)).Append(number + 1 < glyphs ? " " : "]");
        }

        widths.Append(']');
        var notdefWidth = PdfSyntax.Number(face.Advance(0) * em);
        var cidFont = file.Add(
            $"<</Type/Font/Subtype/CIDFontType2/BaseFont{name}/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>" +
            $"/FontDescriptor {PdfSyntax.Reference(descriptor)}/DW {notdefWidth}/W{widths}/CIDToGIDMap/Identity>>");
        var toUnicode = file.AddStream("", ToUnicode());
        file.Write(Number,
            $"<</Type/Font/Subtype/Type0/BaseFont{name}/Encoding/Identity-H/DescendantFonts[{PdfSyntax.Reference(cidFont)}]/ToUnicode {PdfSyntax.Reference(toUnicode)}>>");
    }

    /// <summary>
    /// Six capital letters from the face's name and the subset's glyphs, in order: they decide the subset's bytes, so the
    /// same subset gets the same tag and another subset another — without hashing the subset's hundreds of kilobytes.
    /// </summary>
    private string Tag()
    {
        var identity = new byte[Encoding.UTF8.GetByteCount(face.FamilyName) + 4 * _subset.Count];
        var at = Encoding.UTF8.GetBytes(face.FamilyName, identity);
        for (var number = 0; number < _subset.Count; number++, at += 4)
        {
            BinaryPrimitives.WriteInt32BigEndian(identity.AsSpan(at), _subset.Original(number));
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(identity, hash);
        Span<char> tag = stackalloc char[6];
        for (var i = 0; i < tag.Length; i++)
        {
            tag[i] = (char)('A' + hash[i] % 26);
        }

        return new string(tag);
    }

    private byte[] ToUnicode()
    {
        var map = new StringBuilder();
        map.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n");
        var pairs = _subset.Unicode.ToList();
        for (var start = 0; start < pairs.Count; start += 100)
        {
            var chunk = pairs.Skip(start).Take(100).ToList();
            map.Append(CultureInfo.InvariantCulture, $"{chunk.Count} beginbfchar\n");
            foreach (var (number, codePoint) in chunk)
            {
                var utf16 = Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(char.ConvertFromUtf32(codePoint)));
                map.Append(CultureInfo.InvariantCulture, $"<{number:X4}><{utf16}>\n");
            }

            map.Append("endbfchar\n");
        }

        map.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return Encoding.ASCII.GetBytes(map.ToString());
    }
}
