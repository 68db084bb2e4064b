using System.Buffers.Binary;
using System.Text;
using GovReportDocs.Pdf.Writing;

namespace GovReportDocs.Pdf.Fonts;

/// <summary>Writes a TrueType file from its tables: the directory in tag order, each table 4-byte aligned with its checksum.</summary>
internal static class Sfnt
{
    /// <summary>Writes the font into <paramref name="output"/> (pooled: a subset is hundreds of kilobytes).</summary>
    public static void Write(SortedDictionary<string, ReadOnlyMemory<byte>> tables, PooledBuffer output)
    {
        var headerLength = 12 + 16 * tables.Count;
        var total = headerLength;
        foreach (var table in tables.Values)
        {
            total += Align(table.Length);
        }

        var font = output.GetSpan(total);
        font.Clear(); // rented bytes are not zeroed: the padding between tables must be
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font[4..], (ushort)tables.Count);
        var selector = (ushort)Math.Floor(Math.Log2(Math.Max(1, tables.Count)));
        var range = (ushort)((1 << selector) * 16);
        BinaryPrimitives.WriteUInt16BigEndian(font[6..], range);
        BinaryPrimitives.WriteUInt16BigEndian(font[8..], selector);
        BinaryPrimitives.WriteUInt16BigEndian(font[10..], (ushort)(tables.Count * 16 - range));

        var position = headerLength;
        var record = 12;
        var headAt = -1;
        foreach (var (tag, data) in tables)
        {
            Encoding.ASCII.GetBytes(tag, font[record..]);
            BinaryPrimitives.WriteUInt32BigEndian(font[(record + 4)..], CheckSum(data.Span));
            BinaryPrimitives.WriteUInt32BigEndian(font[(record + 8)..], (uint)position);
            BinaryPrimitives.WriteUInt32BigEndian(font[(record + 12)..], (uint)data.Length);
            data.Span.CopyTo(font[position..]);
            if (tag == "head")
            {
                headAt = position;
            }

            position += Align(data.Length);
            record += 16;
        }

        if (headAt >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(font[(headAt + 8)..], 0xB1B0AFBA - CheckSum(font));
        }

        output.Advance(total);
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
