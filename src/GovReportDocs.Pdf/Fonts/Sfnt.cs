using System.Buffers.Binary;
using System.Text;

namespace GovReportDocs.Pdf.Fonts;

/// <summary>Writes a TrueType file from its tables: the directory in tag order, each table 4-byte aligned with its checksum.</summary>
internal static class Sfnt
{
    public static byte[] Write(SortedDictionary<string, byte[]> tables)
    {
        var headerLength = 12 + 16 * tables.Count;
        var total = headerLength + tables.Values.Sum(t => Align(t.Length));
        var font = new byte[total];
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)tables.Count);
        var selector = (ushort)Math.Floor(Math.Log2(Math.Max(1, tables.Count)));
        var range = (ushort)((1 << selector) * 16);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(6), range);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(8), selector);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(10), (ushort)(tables.Count * 16 - range));

        var position = headerLength;
        var record = 12;
        var headAt = -1;
        foreach (var (tag, data) in tables)
        {
            Encoding.ASCII.GetBytes(tag).CopyTo(font, record);
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 4), CheckSum(data));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 8), (uint)position);
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 12), (uint)data.Length);
            data.CopyTo(font, position);
            if (tag == "head")
            {
                headAt = position;
            }

            position += Align(data.Length);
            record += 16;
        }

        if (headAt >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headAt + 8), 0xB1B0AFBA - CheckSum(font));
        }

        return font;
    }

    private static int Align(int length) => (length + 3) & ~3;

    private static uint CheckSum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var i = 0;
        for (; i + 4 <= data.Length; i += 4)
        {
            sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        }

        if (i < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            data[i..].CopyTo(last);
            sum += BinaryPrimitives.ReadUInt32BigEndian(last);
        }

        return sum;
    }
}
