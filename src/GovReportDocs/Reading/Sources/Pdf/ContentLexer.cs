using System.Globalization;

namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>What a content-stream token is.</summary>
internal enum OperandKind
{
    Number,
    Name,
    String,
    Array,
    Other,
}

/// <summary>An operand of a content-stream operator: a number, a name, a string's bytes, or an array of operands.</summary>
internal readonly record struct Operand(OperandKind Kind, double Number = 0, string? Name = null, byte[]? Bytes = null, List<Operand>? Items = null);

/// <summary>
/// Splits a page's content stream into operands and operators, the few token kinds the PDF content syntax has.
/// Whatever <see cref="TextOperatorPage"/> does not read (an inline image, nesting past a bound, a broken token)
/// throws <see cref="UnreadContentException"/>, and PdfPig reads the page instead.
/// </summary>
internal sealed class ContentLexer(byte[] data)
{
    private const int MaxNesting = 32;

    private int _position;

    /// <summary>Reads operands into <paramref name="operands"/> up to the next operator; null at the end.</summary>
    public string? Next(List<Operand> operands)
    {
        operands.Clear();
        while (SkipSpace())
        {
            var b = data[_position];
            if (IsRegular(b) && !IsNumberStart(b))
            {
                var start = _position;
                while (_position < data.Length && IsRegular(data[_position]))
                {
                    _position++;
                }

                var word = Word(data.AsSpan(start, _position - start));
                switch (word)
                {
                    case "true" or "false" or "null":
                        operands.Add(new Operand(OperandKind.Other));
                        continue;
                    case "BI" or "ID":
                        throw new UnreadContentException("inline image");
                    default:
                        return word;
                }
            }

            operands.Add(ReadOperand(0));
        }

        return null;
    }

    private Operand ReadOperand(int depth)
    {
        if (depth > MaxNesting)
        {
            throw new UnreadContentException("nesting");
        }

        var b = data[_position];
        switch (b)
        {
            case (byte)'/':
                return new Operand(OperandKind.Name, Name: ReadName());
            case (byte)'(':
                return new Operand(OperandKind.String, Bytes: ReadLiteral());
            case (byte)'<' when _position + 1 < data.Length && data[_position + 1] == '<':
                SkipDictionary(depth);
                return new Operand(OperandKind.Other);
            case (byte)'<':
                return new Operand(OperandKind.String, Bytes: ReadHex());
            case (byte)'[':
                _position++;
                var items = new List<Operand>();
                while (SkipSpace() && data[_position] != ']')
                {
                    if (IsRegular(data[_position]) && !IsNumberStart(data[_position]))
                    {
                        throw new UnreadContentException("operator in array");
                    }

                    items.Add(ReadOperand(depth + 1));
                }

                _position++;
                return new Operand(OperandKind.Array, Items: items);
            default:
                if (IsNumberStart(b))
                {
                    return new Operand(OperandKind.Number, ReadNumber());
                }

                throw new UnreadContentException("unexpected byte");
        }
    }

    private void SkipDictionary(int depth)
    {
        _position += 2;
        while (SkipSpace())
        {
            if (data[_position] == '>' && _position + 1 < data.Length && data[_position + 1] == '>')
            {
                _position += 2;
                return;
            }

            if (IsRegular(data[_position]) && !IsNumberStart(data[_position]))
            {
                // true, false, null inside a dictionary.
                while (_position < data.Length && IsRegular(data[_position]))
                {
                    _position++;
                }

                continue;
            }

            ReadOperand(depth + 1);
        }

        throw new UnreadContentException("open dictionary");
    }

    private string ReadName()
    {
        _position++;
        var start = _position;
        while (_position < data.Length && IsRegular(data[_position]))
        {
            if (data[_position] == '#')
            {
                throw new UnreadContentException("escaped name");
            }

            _position++;
        }

        return System.Text.Encoding.ASCII.GetString(data, start, _position - start);
    }

    private double ReadNumber()
    {
        var start = _position;
        _position++;
        while (_position < data.Length && (char.IsAsciiDigit((char)data[_position]) || data[_position] == '.'))
        {
            _position++;
        }

        if (!double.TryParse(data.AsSpan(start, _position - start), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw new UnreadContentException("number");
        }

        return value;
    }

    private byte[] ReadLiteral()
    {
        _position++;
        var bytes = new List<byte>();
        var depth = 1;
        while (_position < data.Length)
        {
            var b = data[_position++];
            switch (b)
            {
                case (byte)'(':
                    depth++;
                    bytes.Add(b);
                    break;
                case (byte)')':
                    if (--depth == 0)
                    {
                        return [.. bytes];
                    }

                    bytes.Add(b);
                    break;
                case (byte)'\\':
                    ReadEscape(bytes);
                    break;
                default:
                    bytes.Add(b);
                    break;
            }
        }

        throw new UnreadContentException("open string");
    }

    private void ReadEscape(List<byte> bytes)
    {
        if (_position >= data.Length)
        {
            return;
        }

        var b = data[_position++];
        switch (b)
        {
            case (byte)'n': bytes.Add((byte)'\n'); break;
            case (byte)'r': bytes.Add((byte)'\r'); break;
            case (byte)'t': bytes.Add((byte)'\t'); break;
            case (byte)'b': bytes.Add((byte)'\b'); break;
            case (byte)'f': bytes.Add((byte)'\f'); break;
            case (byte)'\r':
                if (_position < data.Length && data[_position] == '\n')
                {
                    _position++;
                }

                break;
            case (byte)'\n':
                break;
            case >= (byte)'0' and <= (byte)'7':
                var value = b - '0';
                for (var i = 0; i < 2 && _position < data.Length && data[_position] is >= (byte)'0' and <= (byte)'7'; i++)
                {
                    value = value * 8 + (data[_position++] - '0');
                }

                bytes.Add((byte)value);
                break;
            default:
                bytes.Add(b);
                break;
        }
    }

    private byte[] ReadHex()
    {
        _position++;
        var bytes = new List<byte>();
        var high = -1;
        while (_position < data.Length)
        {
            var b = data[_position++];
            if (b == '>')
            {
                if (high >= 0)
                {
                    bytes.Add((byte)(high << 4));
                }

                return [.. bytes];
            }

            var digit = HexValue(b);
            if (digit < 0)
            {
                if (IsSpace(b))
                {
                    continue;
                }

                throw new UnreadContentException("hex string");
            }

            if (high < 0)
            {
                high = digit;
            }
            else
            {
                bytes.Add((byte)((high << 4) | digit));
                high = -1;
            }
        }

        throw new UnreadContentException("open hex string");
    }

    /// <summary>The operators a page draws with by the thousand, as one string each: no string made per operator.</summary>
    private static readonly string[] Common = ["q", "Q", "cm", "BT", "ET", "Tf", "Tm", "Td", "TJ", "Tj", "re", "f", "m", "l", "S", "h", "n", "W",
        "rg", "RG", "g", "G", "k", "K", "gs", "w", "BDC", "EMC", "Tc", "Tw", "Tz", "TL", "Ts", "Tr", "T*", "TD", "cs", "CS", "sc", "scn", "SC", "SCN", "Do",
        "c", "v", "y", "f*", "B", "B*", "b", "b*", "s", "W*", "BMC", "d", "j", "J", "M", "i", "ri"];

    private static string Word(ReadOnlySpan<byte> word)
    {
        foreach (var common in Common)
        {
            if (common.Length == word.Length && Same(common, word))
            {
                return common;
            }
        }

        return System.Text.Encoding.ASCII.GetString(word);

        static bool Same(string text, ReadOnlySpan<byte> bytes)
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                if (text[i] != bytes[i])
                {
                    return false;
                }
            }

            return true;
        }
    }

    internal static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    /// <summary>Skips white space and comments; false at the end of the data.</summary>
    private bool SkipSpace()
    {
        while (_position < data.Length)
        {
            var b = data[_position];
            if (IsSpace(b))
            {
                _position++;
            }
            else if (b == '%')
            {
                while (_position < data.Length && data[_position] is not ((byte)'\n' or (byte)'\r'))
                {
                    _position++;
                }
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSpace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private static bool IsRegular(byte b) => !IsSpace(b) && !IsDelimiter(b);

    private static bool IsNumberStart(byte b) => char.IsAsciiDigit((char)b) || b is (byte)'+' or (byte)'-' or (byte)'.';
}

/// <summary>Content that <see cref="TextOperatorPage"/> leaves to PdfPig (the reason is for debugging only).</summary>
internal sealed class UnreadContentException(string reason) : Exception(reason);
