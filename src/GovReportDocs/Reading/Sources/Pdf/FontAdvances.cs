using System.Buffers.Binary;

namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>
/// The advance widths of an embedded TrueType program (its hmtx table, in font units), read only for a font in
/// vertical writing: PdfPig places each such glyph by half its advance in font units (so a 宋体 of 256 units to
/// the em moves by 128/1000 of the size, not by half the glyph), and reading the page the same way means doing the same.
/// </summary>
internal static class FontAdvances
{
    /// <returns>The advance of each glyph id (the last repeats for the ids past the table), or null.</returns>
    public static ushort[]? Read(ReadOnlySpan<byte> font)
    {
        if (font.Length < 12)
        {
            return null;
        }

        var tables = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        ReadOnlySpan<byte> hhea = default, hmtx = default;
        for (var i = 0; i < tables; i++)
        {
            var record = 12 + i * 16;
            if (record + 16 > font.Length)
            {
                return null;
            }

            var tag = font.Slice(record, 4);
            var offset = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(font[(record + 8)..]), int.MaxValue);
            var length = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(font[(record + 12)..]), int.MaxValue);
            if (offset > font.Length || length > font.Length - offset)
            {
                return null;
            }

            if (tag.SequenceEqual("hhea"u8))
            {
                hhea = font.Slice(offset, length);
            }
            else if (tag.SequenceEqual("hmtx"u8))
            {
                hmtx = font.Slice(offset, length);
            }
        }

        if (hhea.Length < 36)
        {
            return null;
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);
        if (count == 0 || hmtx.Length < count * 4)
        {
            return null;
        }

        var advances = new ushort[count];
        for (var i = 0; i < count; i++)
        {
            advances[i] = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(i * 4)..]);
        }

        return advances;
    }
}
