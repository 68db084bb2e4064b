using System.Buffers.Binary;
using GovReportDocs.Pdf.Writing;

namespace GovReportDocs.Pdf.Fonts;

/// <summary>
/// The glyphs of one face a document draws, numbered afresh in order of first use (0 stays .notdef), and the
/// TrueType font that holds just them: a report's three subsets carry a few hundred glyph slots, not the 27,000–45,000
/// of the original numbering, so their width and location tables are small. Components of composite glyphs follow
/// at the end and are renumbered inside the composites.
/// </summary>
internal sealed class FontSubset(TrueTypeFace face)
{
    private const ushort MoreComponents = 0x20, WordArguments = 0x1, Scale = 0x8, XyScale = 0x40, TwoByTwo = 0x80;

    private static readonly string[] Copied = ["cvt ", "fpgm", "prep"];

    private readonly Dictionary<int, int> _numbers = new() { [0] = 0 };
    private readonly List<int> _glyphs = [0];
    private readonly SortedDictionary<int, int> _unicode = [];

    public TrueTypeFace Face { get; } = face;

    /// <summary>Glyphs numbered so far (drawn ones, and after <see cref="Build()"/> the components too).</summary>
    public int Count => _glyphs.Count;

    /// <summary>Code points drawn, by the new glyph number they were drawn with (the first code point wins).</summary>
    public IReadOnlyDictionary<int, int> Unicode => _unicode;

    /// <summary>The new number of an original glyph drawn for <paramref name="codePoint"/>.</summary>
    public int Use(int glyph, int codePoint)
    {
        var number = Number(glyph);
        if (number != 0)
        {
            _unicode.TryAdd(number, codePoint);
        }

        return number;
    }

    /// <summary>The original glyph of a new number.</summary>
    public int Original(int number) => _glyphs[number];

    /// <summary>The subset font: numbered glyphs, their outlines, widths and locations, and the hinting tables as they are.</summary>
    public byte[] Build()
    {
        using var font = new PooledBuffer();
        Build(font);
        return font.Written.ToArray();
    }

    /// <summary>
    /// Writes the subset font into <paramref name="font"/>. The outlines are copied once, straight into a pooled glyf
    /// table, and renumbered there: a report's subsets are hundreds of kilobytes, too much to copy around in fresh arrays.
    /// </summary>
    public void Build(PooledBuffer font)
    {
        using var glyf = new PooledBuffer(64 * 1024);
        var starts = new List<int>(_glyphs.Count + 16);
        for (var i = 0; i < _glyphs.Count; i++)
        {
            // Composites may number further glyphs, so the loop reads the count anew.
            starts.Add((int)glyf.Length);
            var outline = Face.Outline(_glyphs[i]);
            var padded = (outline.Length + 3) & ~3;
            var copy = glyf.GetSpan(padded);
            outline.CopyTo(copy);
            copy[outline.Length..].Clear(); // rented bytes are not zeroed; the padding must be, for the same bytes each time
            Renumber(copy[..outline.Length]);
            glyf.Advance(padded);
        }

        var loca = new byte[4 * (_glyphs.Count + 1)];
        var hmtx = new byte[4 * _glyphs.Count];
        for (var i = 0; i < _glyphs.Count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * i), (uint)starts[i]);
            BinaryPrimitives.WriteUInt16BigEndian(hmtx.AsSpan(4 * i), (ushort)Face.Advance(_glyphs[i]));
            BinaryPrimitives.WriteInt16BigEndian(hmtx.AsSpan(4 * i + 2), Face.LeftBearing(_glyphs[i]));
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * _glyphs.Count), (uint)glyf.Length);

        var head = (byte[])Face.Table("head").Clone();
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1); // long offsets in loca
        var hhea = (byte[])Face.Table("hhea").Clone();
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)_glyphs.Count);
        var maxp = (byte[])Face.Table("maxp").Clone();
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)_glyphs.Count);

        var tables = new SortedDictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal)
        {
            ["glyf"] = glyf.WrittenMemory,
            ["head"] = head,
            ["hhea"] = hhea,
            ["hmtx"] = hmtx,
            ["loca"] = loca,
            ["maxp"] = maxp,
        };
        foreach (var tag in Copied)
        {
            if (Face.Tables.TryGetValue(tag, out var table))
            {
                tables[tag] = table;
            }
        }

        Sfnt.Write(tables, font);
    }

    private int Number(int glyph)
    {
        if (glyph < 0 || glyph >= Face.GlyphCount)
        {
            return 0;
        }

        if (!_numbers.TryGetValue(glyph, out var number))
        {
            _numbers[glyph] = number = _glyphs.Count;
            _glyphs.Add(glyph);
        }

        return number;
    }

    /// <summary>Renumbers, in place, the glyph numbers of a composite's components (numbering them if new).</summary>
    private void Renumber(Span<byte> outline)
    {
        if (outline.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(outline) >= 0)
        {
            return;
        }

        var at = 10;
        while (at + 4 <= outline.Length)
        {
            var flags = BinaryPrimitives.ReadUInt16BigEndian(outline[at..]);
            var component = BinaryPrimitives.ReadUInt16BigEndian(outline[(at + 2)..]);
            BinaryPrimitives.WriteUInt16BigEndian(outline[(at + 2)..], (ushort)Number(component));
            at += 4 + ((flags & WordArguments) != 0 ? 4 : 2);
            at += (flags & Scale) != 0 ? 2 : (flags & XyScale) != 0 ? 4 : (flags & TwoByTwo) != 0 ? 8 : 0;
            if ((flags & MoreComponents) == 0)
            {
                break;
            }
        }
    }
}
