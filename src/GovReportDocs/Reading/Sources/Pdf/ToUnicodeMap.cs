using System.Text;
using GovReportDocs.Reading.Sources;

namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>
/// A font's ToUnicode CMap read for its bfchar and bfrange entries (codes to UTF-16BE text); null for a map that
/// uses another (usecmap) or that this reading does not follow.
/// </summary>
internal static class ToUnicodeMap
{
    public static Dictionary<int, string>? Read(byte[] cmap)
    {
        var lexer = new ContentLexer(cmap);
        var map = new Dictionary<int, string>();
        var given = 0;
        var operands = new List<Operand>();
        var inChars = false;
        var inRanges = false;
        var pending = new List<Operand>();
        try
        {
            while (lexer.Next(operands) is { } word)
            {
                if (inChars || inRanges)
                {
                    pending.AddRange(operands);
                }

                switch (word)
                {
                    case "usecmap":
                        return null;
                    case "beginbfchar":
                        inChars = true;
                        pending.Clear();
                        break;
                    case "beginbfrange":
                        inRanges = true;
                        pending.Clear();
                        break;
                    case "endbfchar":
                        inChars = false;
                        if (!AddChars(pending, map, ref given))
                        {
                            return null;
                        }

                        break;
                    case "endbfrange":
                        inRanges = false;
                        if (!AddRanges(pending, map, ref given))
                        {
                            return null;
                        }

                        break;
                }
            }
        }
        catch (UnreadContentException)
        {
            return null;
        }

        return map;
    }

    private static bool AddChars(List<Operand> items, Dictionary<int, string> map, ref int given)
    {
        if (items.Count % 2 != 0)
        {
            return false;
        }

        for (var i = 0; i < items.Count; i += 2)
        {
            if (items[i].Bytes is not { } code || items[i + 1].Bytes is not { } text)
            {
                return false;
            }

            if (++given > ReadingLimits.MaxFontCodes)
            {
                return false;
            }

            map[Code(code)] = Text(text);
        }

        return true;
    }

    private static bool AddRanges(List<Operand> items, Dictionary<int, string> map, ref int given)
    {
        if (items.Count % 3 != 0)
        {
            return false;
        }

        for (var i = 0; i < items.Count; i += 3)
        {
            if (items[i].Bytes is not { } low || items[i + 1].Bytes is not { } high)
            {
                return false;
            }

            var (first, last) = (Code(low), Code(high));
            // Counted as given, not as the map's size: a range given again over the same codes costs again.
            var span = (long)last - first;
            if (span < 0 || span >= ReadingLimits.MaxFontCodeRange || (given += (int)span + 1) > ReadingLimits.MaxFontCodes)
            {
                return false;
            }

            if (items[i + 2].Items is { } list)
            {
                for (var j = 0; j < list.Count && j <= span; j++)
                {
                    if (list[j].Bytes is not { } text)
                    {
                        return false;
                    }

                    map[first + j] = Text(text);
                }
            }
            else if (items[i + 2].Bytes is { Length: >= 2 } start)
            {
                for (var offset = 0; offset <= span; offset++)
                {
                    var code = first + offset;
                    var text = (byte[])start.Clone();
                    var unit = (text[^2] << 8 | text[^1]) + offset;
                    if (unit > 0xFFFF)
                    {
                        return false;
                    }

                    (text[^2], text[^1]) = ((byte)(unit >> 8), (byte)unit);
                    map[code] = Text(text);
                }
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static int Code(byte[] bytes)
    {
        var code = 0;
        foreach (var b in bytes.AsSpan(0, Math.Min(bytes.Length, 4)))
        {
            code = code << 8 | b;
        }

        return code;
    }

    private static string Text(byte[] utf16) => Encoding.BigEndianUnicode.GetString(utf16);
}
