using System.Buffers.Binary;
using System.Text;

namespace GovReportDocs.Pdf.Fonts;

/// <summary>
/// Reads what font discovery needs from TrueType/OpenType files and .ttc collections: the faces, their
/// family names, and whether their outlines are CFF (which our subsetter does not handle). Reads headers only.
/// </summary>
internal static class SfntReader
{
    private const uint TrueTypeCollection = 0x74746366; // 'ttcf'
    private const uint OpenTypeCff = 0x4F54544F; // 'OTTO'
    private const int NameFamily = 1, NameFullName = 4, NameTypographicFamily = 16;

    public sealed record TableRecord(uint Tag, uint CheckSum, uint Offset, uint Length);

    /// <summary>Every face of a font file; an empty list for a file that is not a font.</summary>
    public static IReadOnlyList<FontFace> ReadFaces(string path)
    {
        using var stream = File.OpenRead(path);
        var offsets = FaceOffsets(stream);
        var faces = new List<FontFace>();
        for (var index = 0; index < offsets.Count; index++)
        {
            var (version, tables) = ReadTableDirectory(stream, offsets[index]);
            var families = ReadFamilies(stream, tables);
            var isCff = version == OpenTypeCff || tables.Any(t => t.Tag is 0x43464620 or 0x43464632); // 'CFF ', 'CFF2'
            var hasGlyphs = tables.Any(t => t.Tag == 0x676C7966); // 'glyf'
            var reason = isCff ? "CFF 轮廓（只能嵌入 TrueType 字形的子集）" : hasGlyphs ? Damage(stream, tables) : "没有 TrueType 字形表";
            faces.Add(new FontFace(path, index, families, reason));
        }

        return faces;
    }

    /// <summary>The tables read to measure and embed a TrueType face.</summary>
    private static readonly string[] Required = ["cmap", "head", "hhea", "hmtx", "loca", "maxp", "glyf"];

    /// <summary>
    /// Why a face is damaged — a table the writer needs missing or past the end of the file, or a head table without its
    /// magic number — or null. A damaged file that names itself 仿宋_GB2312 is then passed over like a missing one,
    /// instead of failing every PDF.
    /// </summary>
    private static string? Damage(Stream stream, IReadOnlyList<TableRecord> tables)
    {
        var broken = Required.Where(name =>
        {
            var tag = BinaryPrimitives.ReadUInt32BigEndian(Encoding.ASCII.GetBytes(name));
            return tables.FirstOrDefault(t => t.Tag == tag) is not { } table || table.Length == 0 || (long)table.Offset + table.Length > stream.Length;
        }).ToList();
        if (broken.Count == 0)
        {
            var head = tables.First(t => t.Tag == 0x68656164); // 'head'
            var magic = head.Length < 16 ? [] : ReadAt(stream, head.Offset + 12, 4);
            if (magic.Length < 4 || BinaryPrimitives.ReadUInt32BigEndian(magic) != 0x5F0F3CF5)
            {
                broken.Add("head");
            }
        }

        return broken.Count == 0 ? null : $"字体文件已损坏或不完整（{string.Join("、", broken)} 表缺失或截断）";
    }

    /// <summary>Where each face's table directory starts.</summary>
    public static IReadOnlyList<uint> FaceOffsets(Stream stream)
    {
        var header = ReadAt(stream, 0, 12);
        if (header.Length < 12)
        {
            return [];
        }

        var tag = BinaryPrimitives.ReadUInt32BigEndian(header);
        if (tag == TrueTypeCollection)
        {
            var count = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(8));
            if (count is 0 or > 256)
            {
                return [];
            }

            var table = ReadAt(stream, 12, (int)count * 4);
            return Enumerable.Range(0, (int)count).Select(i => BinaryPrimitives.ReadUInt32BigEndian(table.AsSpan(i * 4))).ToList();
        }

        return tag is 0x00010000 or OpenTypeCff or 0x74727565 ? [0u] : []; // 1.0, 'OTTO', 'true'
    }

    public static (uint Version, IReadOnlyList<TableRecord> Tables) ReadTableDirectory(Stream stream, uint offset)
    {
        var header = ReadAt(stream, offset, 12);
        var version = BinaryPrimitives.ReadUInt32BigEndian(header);
        var count = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(4));
        var records = ReadAt(stream, offset + 12, count * 16);
        var tables = new List<TableRecord>(count);
        for (var i = 0; i + 16 <= records.Length; i += 16)
        {
            var span = records.AsSpan(i);
            tables.Add(new TableRecord(
                BinaryPrimitives.ReadUInt32BigEndian(span),
                BinaryPrimitives.ReadUInt32BigEndian(span[4..]),
                BinaryPrimitives.ReadUInt32BigEndian(span[8..]),
                BinaryPrimitives.ReadUInt32BigEndian(span[12..])));
        }

        return (version, tables);
    }

    /// <summary>Family, typographic family and full names in Unicode records (Windows and Unicode platforms).</summary>
    private static List<string> ReadFamilies(Stream stream, IReadOnlyList<TableRecord> tables)
    {
        var name = tables.FirstOrDefault(t => t.Tag == 0x6E616D65); // 'name'
        if (name is null || name.Length < 6 || name.Length > 1 << 20)
        {
            return [];
        }

        var data = ReadAt(stream, name.Offset, (int)name.Length);
        var count = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(2));
        var storage = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4));
        var names = new List<(int Priority, string Text)>();
        for (var i = 0; i < count && 6 + i * 12 + 12 <= data.Length; i++)
        {
            var record = data.AsSpan(6 + i * 12);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var nameId = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            var start = storage + BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (platform is not (0 or 3) || nameId is not (NameFamily or NameTypographicFamily or NameFullName) || start + length > data.Length)
            {
                continue;
            }

            var text = Encoding.BigEndianUnicode.GetString(data, start, length).Trim('\0', ' ');
            if (text.Length > 0)
            {
                names.Add((nameId == NameFullName ? 1 : 0, text));
            }
        }

        return names.OrderBy(n => n.Priority).Select(n => n.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public static byte[] ReadAt(Stream stream, long offset, int length)
    {
        var buffer = new byte[Math.Max(0, length)];
        stream.Position = offset;
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return read == buffer.Length ? buffer : buffer[..read];
    }
}
