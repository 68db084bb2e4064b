using System.Buffers;
using System.Text;

namespace GovReportDocs.Files;

/// <summary>Text as decoded from bytes, and the encoding it was found in.</summary>
/// <param name="Text">The text, without a byte-order mark.</param>
/// <param name="Encoding">UTF-8, UTF-16LE, UTF-16BE or GB18030.</param>
internal sealed record DecodedText(string Text, string Encoding);

/// <summary>
/// Decodes the bytes of an input file or a published text: a byte-order mark decides; otherwise UTF-8, then
/// UTF-16 without a mark, then GB18030 (what Windows Notepad in China saves). Never replaces a byte it cannot
/// decode: such a file is refused with a message naming the encoding and where the bad bytes are.
/// </summary>
internal static class TextDecoding
{
    private static ReadOnlySpan<byte> Utf8Mark => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16LeMark => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BeMark => [0xFE, 0xFF];

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> StrictGb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <exception cref="ReportReadException">The bytes are in no encoding the tool reads.</exception>
    public static DecodedText Decode(byte[] bytes, string name)
    {
        if (bytes.AsSpan().StartsWith(Utf8Mark))
        {
            return new DecodedText(Utf8(bytes.AsSpan(3), name), "UTF-8");
        }

        if (bytes.AsSpan().StartsWith(Utf16LeMark))
        {
            return new DecodedText(Utf16(bytes.AsSpan(2), bigEndian: false, name), "UTF-16LE");
        }

        if (bytes.AsSpan().StartsWith(Utf16BeMark))
        {
            return new DecodedText(Utf16(bytes.AsSpan(2), bigEndian: true, name), "UTF-16BE");
        }

        if (Utf16WithoutMark(bytes) is { } bigEndian)
        {
            return new DecodedText(Utf16(bytes, bigEndian, name), bigEndian ? "UTF-16BE" : "UTF-16LE");
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return new DecodedText(StrictUtf8.GetString(bytes), "UTF-8");
        }

        var (valid, invalid, firstInvalid) = Utf8Census(bytes);

        // Mostly well-formed UTF-8 with a few bad bytes is a damaged UTF-8 file, not GB18030: decoding it as
        // GB18030 would turn every Chinese character into two wrong ones without a word.
        if (valid >= 4 * invalid)
        {
            var (line, column) = Position(bytes, firstInvalid);
            throw new ReportReadException(name, $"第{line}行第{column}列附近有无效的 UTF-8 字节：文件已损坏，或混用了不同的编码。请用 UTF-8 编码重新保存");
        }

        try
        {
            return new DecodedText(StrictGb18030.Value.GetString(bytes), "GB18030");
        }
        catch (DecoderFallbackException)
        {
            throw new ReportReadException(name, "无法识别文件的文字编码（既不是 UTF-8，也不是 GB18030/GBK 或 UTF-16）。请用 UTF-8 编码重新保存");
        }
    }

    private static string Utf8(ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new ReportReadException(name, "文件以 UTF-8 标记开头，但含有无效的 UTF-8 字节：文件已损坏。请用 UTF-8 编码重新保存");
        }
    }

    private static string Utf16(ReadOnlySpan<byte> bytes, bool bigEndian, string name)
    {
        try
        {
            return new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new ReportReadException(name, $"文件是 UTF-16{(bigEndian ? "BE" : "LE")} 编码，但含有无效的字节：文件已损坏");
        }
    }

    /// <summary>
    /// UTF-16 without a mark shows as NUL bytes on one side of the ASCII characters (digits, line breaks, punctuation)
    /// every report has; text in UTF-8 or GB18030 has no NUL at all. Null when the bytes are not UTF-16.
    /// </summary>
    private static bool? Utf16WithoutMark(byte[] bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }

        var pairs = bytes.Length / 2;
        if (oddZeros > pairs / 20 && evenZeros == 0)
        {
            return false;
        }

        return evenZeros > pairs / 20 && oddZeros == 0 ? true : null;
    }

    /// <summary>Counts well-formed multi-byte UTF-8 sequences and invalid bytes, and where the first invalid one is.</summary>
    private static (int Valid, int Invalid, int FirstInvalid) Utf8Census(byte[] bytes)
    {
        int valid = 0, invalid = 0, first = -1;
        for (var i = 0; i < bytes.Length;)
        {
            // Exact to the standard: overlong forms and encoded surrogates (CESU-8) are invalid too.
            if (Rune.DecodeFromUtf8(bytes.AsSpan(i), out _, out var length) != OperationStatus.Done)
            {
                invalid++;
                first = first < 0 ? i : first;
                i++;
                continue;
            }

            valid += length > 1 ? 1 : 0;
            i += length;
        }

        return (valid, invalid, first);
    }

    private static (int Line, int Column) Position(byte[] bytes, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = 1;
        for (var i = lineStart; i < offset; i++)
        {
            column += (bytes[i] & 0xC0) == 0x80 ? 0 : 1;
        }

        return (line, column);
    }
}
