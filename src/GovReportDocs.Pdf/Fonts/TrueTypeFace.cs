using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Text;

namespace GovReportDocs.Pdf.Fonts;

/// <summary>
/// One TrueType face read whole from a .ttf or a .ttc: the character map, the advance widths, the outlines and what a
/// PDF font descriptor needs. Read once per face and kept for the process; immutable after reading, so every render
/// shares it across threads.
/// </summary>
internal sealed class TrueTypeFace
{
    private static readonly ConcurrentDictionary<string, Lazy<TrueTypeFace>> Cache = new();

    private readonly ushort[] _bmp;
    private readonly Dictionary<int, ushort> _supplementary;
    private readonly ushort[] _advances;
    private readonly short[] _leftBearings;
    private readonly uint[] _locations;

    private TrueTypeFace(Dictionary<string, byte[]> tables)
    {
        Tables = tables;
        var head = Table("head");
        UnitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head.AsSpan(18));
        BoundingBox = [Int16(head, 36), Int16(head, 38), Int16(head, 40), Int16(head, 42)];
        var hhea = Table("hhea");
        Ascender = Int16(hhea, 4);
        Descender = Int16(hhea, 6);
        GlyphCount = BinaryPrimitives.ReadUInt16BigEndian(Table("maxp").AsSpan(4));
        (_advances, _leftBearings) = ReadMetrics(Table("hmtx"), BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34)), GlyphCount);
        _locations = ReadLocations(Table("loca"), Int16(head, 50) == 1, GlyphCount);
        Outlines = Table("glyf");
        // A subset we wrote has no character map (the PDF maps codes to glyphs itself): it maps nothing.
        (_bmp, _supplementary) = tables.TryGetValue("cmap", out var cmap) ? CharacterMap.Read(cmap) : (new ushort[0x10000], []);
        if (tables.TryGetValue("OS/2", out var os2) && os2.Length >= 90 && BinaryPrimitives.ReadUInt16BigEndian(os2) >= 2)
        {
            CapHeight = Int16(os2, 88);
            XHeight = Int16(os2, 86);
        }
        else
        {
            CapHeight = Ascender;
            XHeight = Ascender / 2;
        }

        FamilyName = ReadFamilyName(tables.GetValueOrDefault("name")) ?? "Font";
    }

    /// <summary>The face's tables by tag, as stored.</summary>
    public IReadOnlyDictionary<string, byte[]> Tables { get; }

    public int UnitsPerEm { get; }

    public int GlyphCount { get; }

    public int Ascender { get; }

    public int Descender { get; }

    public int CapHeight { get; }

    public int XHeight { get; }

    /// <summary>xMin, yMin, xMax, yMax in font units.</summary>
    public IReadOnlyList<int> BoundingBox { get; }

    /// <summary>The English family name (AR PL UMing CN), which names the font in the PDF as it did before.</summary>
    public string FamilyName { get; }

    /// <summary>The glyf table.</summary>
    public byte[] Outlines { get; }

    /// <summary>The face of a file and index, read on first use.</summary>
    public static TrueTypeFace Of(FontFace face) =>
        Cache.GetOrAdd(face.Key, _ => new Lazy<TrueTypeFace>(() => Read(face.Path, face.Index))).Value;

    /// <summary>The glyph of a code point; 0 (.notdef, an empty box) when the face has none.</summary>
    public int Glyph(int codePoint) =>
        codePoint is >= 0 and < 0x10000 ? _bmp[codePoint] : _supplementary.GetValueOrDefault(codePoint);

    /// <summary>Advance width of a glyph in font units.</summary>
    public int Advance(int glyph) => _advances[glyph];

    /// <summary>Left side bearing of a glyph in font units.</summary>
    public short LeftBearing(int glyph) => _leftBearings[glyph];

    /// <summary>The outline bytes of a glyph (empty for a blank one).</summary>
    public ReadOnlySpan<byte> Outline(int glyph)
    {
        var start = _locations[glyph];
        var end = Math.Min(_locations[glyph + 1], (uint)Outlines.Length);
        return end > start ? Outlines.AsSpan((int)start, (int)(end - start)) : [];
    }

    public byte[] Table(string tag) =>
        Tables.TryGetValue(tag, out var table) ? table : throw new InvalidDataException($"字体缺少 {tag} 表");

    private static TrueTypeFace Read(string path, int index)
    {
        using var stream = File.OpenRead(path);
        var offsets = SfntReader.FaceOffsets(stream);
        if (index < 0 || index >= offsets.Count)
        {
            throw new InvalidDataException($"{path} 中没有第 {index} 个字体");
        }

        var (_, records) = SfntReader.ReadTableDirectory(stream, offsets[index]);
        var tables = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var tag = Encoding.ASCII.GetString(BitConverter.GetBytes(BinaryPrimitives.ReverseEndianness(record.Tag)));
            tables[tag] = SfntReader.ReadAt(stream, record.Offset, (int)record.Length);
        }

        return new TrueTypeFace(tables);
    }

    private static short Int16(byte[] table, int offset) => BinaryPrimitives.ReadInt16BigEndian(table.AsSpan(offset));

    private static (ushort[] Advances, short[] Bearings) ReadMetrics(byte[] hmtx, int longMetrics, int glyphs)
    {
        var advances = new ushort[glyphs];
        var bearings = new short[glyphs];
        var last = (ushort)0;
        for (var glyph = 0; glyph < glyphs; glyph++)
        {
            if (glyph < longMetrics && 4 * glyph + 4 <= hmtx.Length)
            {
                last = BinaryPrimitives.ReadUInt16BigEndian(hmtx.AsSpan(4 * glyph));
                bearings[glyph] = BinaryPrimitives.ReadInt16BigEndian(hmtx.AsSpan(4 * glyph + 2));
            }
            else
            {
                // Past the long metrics every glyph has the last advance and only its own bearing.
                var at = 4 * longMetrics + 2 * (glyph - longMetrics);
                bearings[glyph] = at + 2 <= hmtx.Length ? BinaryPrimitives.ReadInt16BigEndian(hmtx.AsSpan(at)) : (short)0;
            }

            advances[glyph] = last;
        }

        return (advances, bearings);
    }

    private static uint[] ReadLocations(byte[] loca, bool longOffsets, int glyphs)
    {
        var locations = new uint[glyphs + 1];
        for (var i = 0; i <= glyphs; i++)
        {
            locations[i] = longOffsets
                ? 4 * i + 4 <= loca.Length ? BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(4 * i)) : locations[Math.Max(0, i - 1)]
                : 2 * i + 2 <= loca.Length ? 2u * BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(2 * i)) : locations[Math.Max(0, i - 1)];
        }

        return locations;
    }

    /// <summary>Name 1 (family) in US English on the Windows platform, else any Unicode family name.</summary>
    private static string? ReadFamilyName(byte[]? name)
    {
        if (name is null || name.Length < 6)
        {
            return null;
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(name.AsSpan(2));
        var storage = BinaryPrimitives.ReadUInt16BigEndian(name.AsSpan(4));
        string? fallback = null;
        for (var i = 0; i < count && 6 + i * 12 + 12 <= name.Length; i++)
        {
            var record = name.AsSpan(6 + i * 12);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var language = BinaryPrimitives.ReadUInt16BigEndian(record[4..]);
            var id = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            var start = storage + BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (id != 1 || platform is not (0 or 3) || start + length > name.Length)
            {
                continue;
            }

            var text = Encoding.BigEndianUnicode.GetString(name, start, length).Trim('\0', ' ');
            if (platform == 3 && language == 0x409 && text.Length > 0)
            {
                return text;
            }

            fallback ??= text.Length > 0 ? text : null;
        }

        return fallback;
    }
}
