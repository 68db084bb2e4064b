using System.Buffers.Binary;

namespace GovReportDocs.Pdf.Fonts;

/// <summary>
/// Reads a face's Unicode character map (cmap formats 4 and 12) into a table for the Basic Multilingual Plane and a
/// dictionary for the planes above it (CJK Extension B and on), so drawing looks a glyph up without a search.
/// </summary>
internal static class CharacterMap
{
    public static (ushort[] Bmp, Dictionary<int, ushort> Supplementary) Read(byte[] cmap)
    {
        var bmp = new ushort[0x10000];
        var supplementary = new Dictionary<int, ushort>();
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(2));
        int? format4 = null, format12 = null;
        for (var i = 0; i < count && 4 + i * 8 + 8 <= cmap.Length; i++)
        {
            var record = cmap.AsSpan(4 + i * 8);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            if (offset + 2 > cmap.Length || !(platform == 0 || (platform == 3 && encoding is 1 or 10)))
            {
                continue;
            }

            var format = BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(offset));
            if (format == 4)
            {
                format4 ??= offset;
            }
            else if (format == 12)
            {
                format12 ??= offset;
            }
        }

        if (format4 is { } at4)
        {
            ReadFormat4(cmap, at4, bmp);
        }

        if (format12 is { } at12)
        {
            ReadFormat12(cmap, at12, bmp, supplementary);
        }

        return (bmp, supplementary);
    }

    private static ushort U16(byte[] data, int offset) => BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(offset));

    private static void ReadFormat4(byte[] cmap, int table, ushort[] bmp)
    {
        var segments = U16(cmap, table + 6) / 2;
        var ends = table + 14;
        var starts = ends + 2 * segments + 2;
        var deltas = starts + 2 * segments;
        var ranges = deltas + 2 * segments;
        for (var s = 0; s < segments; s++)
        {
            int end = U16(cmap, ends + 2 * s), start = U16(cmap, starts + 2 * s);
            var delta = (short)U16(cmap, deltas + 2 * s);
            var rangeAt = ranges + 2 * s;
            var rangeOffset = U16(cmap, rangeAt);
            for (var c = start; c <= end && c < 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeAt + rangeOffset + 2 * (c - start);
                    glyph = at + 2 <= cmap.Length ? U16(cmap, at) : 0;
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                bmp[c] = (ushort)glyph;
            }
        }
    }

    private static void ReadFormat12(byte[] cmap, int table, ushort[] bmp, Dictionary<int, ushort> supplementary)
    {
        var groups = BinaryPrimitives.ReadUInt32BigEndian(cmap.AsSpan(table + 12));
        for (var g = 0; g < groups && table + 16 + g * 12 + 12 <= cmap.Length; g++)
        {
            var group = cmap.AsSpan(table + 16 + g * 12);
            var start = BinaryPrimitives.ReadUInt32BigEndian(group);
            var end = Math.Min(BinaryPrimitives.ReadUInt32BigEndian(group[4..]), 0x10FFFFu);
            var glyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            for (var c = start; c <= end; c++, glyph++)
            {
                if (c < 0x10000)
                {
                    bmp[c] = (ushort)glyph;
                }
                else
                {
                    supplementary[(int)c] = (ushort)glyph;
                }
            }
        }
    }
}
