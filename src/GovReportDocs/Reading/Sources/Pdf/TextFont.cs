using UglyToad.PdfPig;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;
using GovReportDocs.Reading.Sources;

namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>
/// What reading text needs of a font, and no more: its name, how wide each code advances (the /W or /Widths
/// array) and the Unicode of each code (the ToUnicode map). The embedded font program, which PdfPig parses for
/// each glyph's outline box, is not read. Only the fonts we meet are taken: a Type0 font with Identity-H codes, or
/// a simple TrueType or Type1 font, each with a ToUnicode map; any other gives null, and PdfPig reads the page.
/// </summary>
internal sealed class TextFont
{
    private readonly Dictionary<int, string> _unicode;
    private readonly Dictionary<int, double> _widths;
    private readonly double _defaultWidth;
    private ushort[]? _advances;

    private TextFont(string? name, bool twoByteCodes, Dictionary<int, string> unicode, Dictionary<int, double> widths, double defaultWidth)
    {
        Name = name;
        Vertical = (0, 0);
        TwoByteCodes = twoByteCodes;
        _unicode = unicode;
        _widths = widths;
        _defaultWidth = defaultWidth;
    }

    /// <summary>The BaseFont, subset prefix included (`XEKKFX+黑体`), as PdfPig names a letter's font.</summary>
    public string? Name { get; }

    /// <summary>Identity-H or -V: each code is two bytes; else one.</summary>
    public bool TwoByteCodes { get; }

    /// <summary>
    /// Identity-V (vertical writing, as a table head set upright): each glyph's origin above its horizontal one and
    /// how far down it advances, in glyph units (/DW2, by default 880 and −1000 as in PdfPig 0.1.16: the WPS fonts
    /// have no /DW2 and TextOperatorPageTests compare their letters); (0, 0) for horizontal writing.
    /// </summary>
    public (double Position, double Displacement) Vertical { get; private init; }

    public bool IsVertical => Vertical != (0, 0);

    /// <summary>How far PdfPig moves a glyph left in vertical writing, in glyph units: half its advance (see <see cref="FontAdvances"/>).</summary>
    public double VerticalShift(int code) =>
        _advances is { } advances ? advances[Math.Min(code, advances.Length - 1)] / 2.0 : (Width(code) ?? 0) / 2;

    /// <summary>The code's Unicode text, or null when the font does not say (PdfPig then guesses; we leave it the page).</summary>
    public string? Unicode(int code) => _unicode.GetValueOrDefault(code);

    /// <summary>The code's advance in glyph units (1000 to the em), or null when only the font program knows it.</summary>
    public double? Width(int code) => _widths.TryGetValue(code, out var width) ? width : TwoByteCodes ? _defaultWidth : null;

    public static TextFont? Load(DictionaryToken font, IPdfTokenScanner scanner, ILookupFilterProvider filters)
    {
        if (!font.TryGet(NameToken.Subtype, scanner, out NameToken? subtype)
            || !font.TryGet(NameToken.ToUnicode, scanner, out StreamToken? toUnicode)
            || ToUnicodeMap.Read(toUnicode.Decode(filters, scanner).ToArray()) is not { } unicode)
        {
            return null;
        }

        var name = font.TryGet(NameToken.BaseFont, scanner, out NameToken? baseFont) ? baseFont.Data : null;
        if (subtype.Data == "Type0")
        {
            if (!font.TryGet(NameToken.Encoding, scanner, out NameToken? encoding) || encoding.Data is not ("Identity-H" or "Identity-V")
                || !font.TryGet(NameToken.DescendantFonts, scanner, out ArrayToken? descendants) || descendants.Length != 1
                || !DirectObjectFinder.TryGet(descendants.Data[0], scanner, out DictionaryToken? cidFont)
                || cidFont.ContainsKey(NameToken.Create("W2")))
            {
                return null;
            }

            var vertical = (Position: 0.0, Displacement: 0.0);
            ushort[]? advances = null;
            if (encoding.Data == "Identity-V")
            {
                vertical = (880, -1000);
                if (cidFont.TryGet(NameToken.Create("DW2"), scanner, out ArrayToken? dw2))
                {
                    if (dw2.Length != 2 || !DirectObjectFinder.TryGet(dw2.Data[0], scanner, out NumericToken? position)
                        || !DirectObjectFinder.TryGet(dw2.Data[1], scanner, out NumericToken? displacement))
                    {
                        return null;
                    }

                    vertical = (position.Double, displacement.Double);
                }

                if (cidFont.TryGet(NameToken.FontDescriptor, scanner, out DictionaryToken? descriptor)
                    && descriptor.TryGet(NameToken.FontFile2, scanner, out StreamToken? program))
                {
                    if (cidFont.TryGet(NameToken.CidToGidMap, scanner, out IToken? map) && map is not NameToken { Data: "Identity" })
                    {
                        return null;
                    }

                    advances = FontAdvances.Read(program.Decode(filters, scanner).Span);
                    if (advances is null)
                    {
                        return null;
                    }
                }
                else if (descriptor?.ContainsKey(NameToken.FontFile) == true || descriptor?.ContainsKey(NameToken.FontFile3) == true)
                {
                    return null;
                }
            }

            var defaultWidth = cidFont.TryGet(NameToken.Dw, scanner, out NumericToken? dw) ? dw.Double : 1000;
            var widths = new Dictionary<int, double>();
            if (cidFont.TryGet(NameToken.W, scanner, out ArrayToken? w) && !ReadCidWidths(w, scanner, widths))
            {
                return null;
            }

            return new TextFont(name, true, unicode, widths, defaultWidth) { Vertical = vertical, _advances = advances };
        }

        if (subtype.Data is not ("TrueType" or "Type1")
            || !font.TryGet(NameToken.FirstChar, scanner, out NumericToken? firstChar)
            || !font.TryGet(NameToken.Widths, scanner, out ArrayToken? simpleWidths))
        {
            return null;
        }

        var byCode = new Dictionary<int, double>();
        for (var i = 0; i < simpleWidths.Length; i++)
        {
            if (!DirectObjectFinder.TryGet(simpleWidths.Data[i], scanner, out NumericToken? width))
            {
                return null;
            }

            byCode[firstChar.Int + i] = width.Double;
        }

        return new TextFont(name, false, unicode, byCode, 0);
    }

    /// <summary>The largest CID there is (PDF 32000-1 §9.7.3): a /W entry past it is no real font's.</summary>
    private const int MaxCid = ushort.MaxValue;

    /// <summary>/W: `c [w1 w2 …]` gives widths from c on; `c1 c2 w` gives one width to a range.</summary>
    internal static bool ReadCidWidths(ArrayToken array, IPdfTokenScanner scanner, Dictionary<int, double> widths)
    {
        // Counted as given, not as the table's size: widths given again over the same codes cost again.
        var given = 0L;
        var items = array.Data;
        for (var i = 0; i < items.Count;)
        {
            if (!DirectObjectFinder.TryGet(items[i], scanner, out NumericToken? first) || i + 1 >= items.Count)
            {
                return false;
            }

            if (DirectObjectFinder.TryGet(items[i + 1], scanner, out ArrayToken? list))
            {
                if (first.Int < 0 || (given += list.Length) > ReadingLimits.MaxFontCodes || (long)first.Int + list.Length - 1 > MaxCid)
                {
                    return false;
                }

                for (var j = 0; j < list.Length; j++)
                {
                    if (!DirectObjectFinder.TryGet(list.Data[j], scanner, out NumericToken? width))
                    {
                        return false;
                    }

                    widths[first.Int + j] = width.Double;
                }

                i += 2;
            }
            else if (i + 2 < items.Count && DirectObjectFinder.TryGet(items[i + 1], scanner, out NumericToken? last)
                && DirectObjectFinder.TryGet(items[i + 2], scanner, out NumericToken? rangeWidth))
            {
                // In long: `2147483000 2147483647 w` would wrap an int loop and never end (and is past MaxCid).
                var span = (long)last.Int - first.Int;
                if (first.Int < 0 || span < 0 || last.Int > MaxCid || (given += span + 1) > ReadingLimits.MaxFontCodes)
                {
                    return false;
                }

                for (var cid = (long)first.Int; cid <= last.Int; cid++)
                {
                    widths[(int)cid] = rangeWidth.Double;
                }

                i += 3;
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
