using System.Buffers.Binary;

namespace GovReportDocs.Pdf.Fonts;

/// <summary>
/// Copies one face out of a .ttc collection into a standalone TrueType file (for tools that read only the first
/// face of a collection). Tables are copied as they are, 4-byte aligned, in their original order.
/// </summary>
internal static class FaceExtractor
{
    public static byte[] Extract(string path, int index)
    {
        using var stream = File.OpenRead(path);
        var offsets = SfntReader.FaceOffsets(stream);
        if (index < 0 || index >= offsets.Count)
        {
            throw new InvalidDataException($"{path} has no face {index}");
        }

        var (version, tables) = SfntReader.ReadTableDirectory(stream, offsets[index]);
        var headerLength = 12 + tables.Count * 16;
        var total = headerLength + tables.Sum(t => (int)Align(t.Length));
        var font = new byte[total];
        BinaryPrimitives.WriteUInt32BigEndian(font, version);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)tables.Count);
        var entrySelector = (ushort)Math.Floor(Math.Log2(Math.Max(1, tables.Count)));
        var searchRange = (ushort)((1 << entrySelector) * 16);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(6), searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(8), entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(10), (ushort)(tables.Count * 16 - searchRange));

        var position = (uint)headerLength;
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            var record = font.AsSpan(12 + i * 16);
            BinaryPrimitives.WriteUInt32BigEndian(record, table.Tag);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], table.CheckSum);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], position);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], table.Length);
            var data = SfntReader.ReadAt(stream, table.Offset, (int)table.Length);
            data.CopyTo(font, (int)position);
            position += Align(table.Length);
        }

        return font;
    }

    private static uint Align(uint length) => (length + 3) & ~3u;
}
