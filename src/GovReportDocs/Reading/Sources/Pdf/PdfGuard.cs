using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>
/// Looks over a PDF's objects before PdfPig reads it, for what PdfPig follows by recursion or inflates without
/// bound: an object that is only a reference to itself (or a loop of such), a page tree or an object nested deeper
/// than <see cref="ReadingLimits.MaxNesting"/> (both overflow the stack, which no handler can catch: the whole process
/// dies), page content inflating past <see cref="ReadingLimits.MaxPdfContentBytes"/> (one shared stream drawn by 100
/// pages counts 100 times), or streams inflating past <see cref="ReadingLimits.MaxPdfInflatedBytes"/>. Objects inside
/// object streams are looked at too. What cannot be parsed here is left to PdfPig, which refuses it cleanly.
/// </summary>
internal static partial class PdfGuard
{
    /// <summary>Most references followed from an object that is only a reference, before it is called a loop.</summary>
    private const int MaxReferenceChain = 32;

    private sealed class PdfObject
    {
        public int? OnlyReference { get; set; }

        public List<int> Kids { get; } = [];

        public List<int> Contents { get; } = [];

        public long ContentBytes { get; set; }
    }

    /// <exception cref="RefusedContentException">The PDF is built to exhaust the stack, the memory or the time.</exception>
    public static void Check(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var objects = new Dictionary<int, PdfObject>();
        long inflated = 0;
        var position = 0;
        while (ObjectStart().Match(text, position) is { Success: true } match)
        {
            var number = int.Parse(match.Groups["n"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
            var start = match.Index + match.Length;
            var end = text.IndexOf("endobj", start, StringComparison.Ordinal);
            if (end < 0)
            {
                end = text.Length;
            }

            // An object left without its endobj ends where the next begins, so that none hides behind it.
            if (ObjectStart().Match(text, start) is { Success: true } following && following.Index < end)
            {
                end = following.Index;
            }

            var stream = text.IndexOf("stream", start, end - start, StringComparison.Ordinal);

            if (stream >= 0)
            {
                var dictionary = text[start..stream];
                var (data, after) = StreamData(pdf, text, dictionary, stream + "stream".Length);
                var info = Parse(dictionary);
                var objectStream = ObjectStreamType().IsMatch(dictionary);
                var (size, decoded) = dictionary.Contains("/FlateDecode", StringComparison.Ordinal)
                    ? Inflate(data, ReadingLimits.MaxPdfInflatedBytes - inflated, keep: objectStream)
                    : (-1, null);
                inflated += Math.Max(size, 0);
                if (inflated > ReadingLimits.MaxPdfInflatedBytes)
                {
                    throw new RefusedContentException($"PDF解压后过大（超过{ReadingLimits.MaxPdfInflatedBytes / 1024 / 1024}MB）");
                }

                info.ContentBytes = size >= 0 ? size : data.Length;
                objects[number] = info;
                if (decoded is not null)
                {
                    ReadObjectStream(dictionary, decoded, objects);
                }

                position = Math.Max(after, start);
            }
            else
            {
                objects[number] = Parse(text[start..end]);
                position = end;
            }
        }

        CheckReferences(objects);
        CheckPageTree(objects);
        CheckContent(objects);
    }

    private static (ReadOnlyMemory<byte> Data, int After) StreamData(byte[] pdf, string text, string dictionary, int keywordEnd)
    {
        var dataStart = keywordEnd;
        if (dataStart < text.Length && text[dataStart] == '\r')
        {
            dataStart++;
        }

        if (dataStart < text.Length && text[dataStart] == '\n')
        {
            dataStart++;
        }

        if (DirectLength().Match(dictionary) is { Success: true } length
            && long.TryParse(length.Groups["length"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture, out var declared)
            && declared >= 0 && dataStart + declared <= text.Length
            && text.AsSpan((int)(dataStart + declared)).TrimStart("\r\n ").StartsWith("endstream", StringComparison.Ordinal))
        {
            return (pdf.AsMemory(dataStart, (int)declared), (int)(dataStart + declared));
        }

        var end = text.IndexOf("endstream", dataStart, StringComparison.Ordinal);
        end = end < 0 ? text.Length : end;
        return (pdf.AsMemory(dataStart, end - dataStart), end);
    }

    /// <summary>
    /// How many bytes a Flate stream inflates to (stopping past <paramref name="budget"/>), -1 when it is no Flate
    /// data; the bytes themselves only when <paramref name="keep"/> (an object stream, to look inside): the fonts and
    /// pages are only counted, through one reused buffer, as most of a PDF's bytes are font programs.
    /// </summary>
    private static (long Size, byte[]? Bytes) Inflate(ReadOnlyMemory<byte> data, long budget, bool keep)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            var source = MemoryMarshal.TryGetArray(data, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(data.ToArray(), writable: false);
            using var input = new ZLibStream(source, CompressionMode.Decompress);
            using var output = keep ? new MemoryStream() : null;
            long size = 0;
            int read;
            while ((read = input.Read(chunk)) > 0)
            {
                output?.Write(chunk, 0, read);
                size += read;
                if (size > budget)
                {
                    break;
                }
            }

            return (size, output?.ToArray());
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // Not Flate data: a ZLibException (an IOException) too, which encrypted bytes that start like Flate give.
            return (-1, null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static void ReadObjectStream(string dictionary, byte[] decoded, Dictionary<int, PdfObject> objects)
    {
        if (Integer(dictionary, "N") is not { } count || Integer(dictionary, "First") is not { } first || first > decoded.Length)
        {
            return;
        }

        var text = Encoding.Latin1.GetString(decoded);
        var header = text[..first].Split((char[])[' ', '\r', '\n', '\t', '\f', '\0'], StringSplitOptions.RemoveEmptyEntries);
        var entries = new List<(int Number, int Offset)>();
        for (var i = 0; i + 1 < header.Length && entries.Count < count; i += 2)
        {
            if (int.TryParse(header[i], System.Globalization.CultureInfo.InvariantCulture, out var number)
                && int.TryParse(header[i + 1], System.Globalization.CultureInfo.InvariantCulture, out var offset)
                && offset >= 0 && first + offset <= text.Length)
            {
                entries.Add((number, first + offset));
            }
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var end = i + 1 < entries.Count && entries[i + 1].Offset >= entries[i].Offset ? entries[i + 1].Offset : text.Length;
            objects[entries[i].Number] = Parse(text[entries[i].Offset..end]);
        }
    }

    private static PdfObject Parse(string body)
    {
        var depth = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '[' || (c == '<' && i + 1 < body.Length && body[i + 1] == '<'))
            {
                if (++depth > ReadingLimits.MaxNesting)
                {
                    throw new RefusedContentException($"PDF对象嵌套过深（超过{ReadingLimits.MaxNesting}层），文件已损坏或是恶意构造的");
                }

                i += c == '<' ? 1 : 0;
            }
            else if (c == ']' || (c == '>' && i + 1 < body.Length && body[i + 1] == '>'))
            {
                depth = Math.Max(0, depth - 1);
                i += c == '>' ? 1 : 0;
            }
        }

        var info = new PdfObject();
        if (OnlyReference().Match(body) is { Success: true } only)
        {
            info.OnlyReference = Number(only.Groups["n"].Value);
        }

        if (Kids().Match(body) is { Success: true } kids)
        {
            info.Kids.AddRange(References(kids.Groups["list"].Value));
        }

        if (Contents().Match(body) is { Success: true } contents)
        {
            info.Contents.AddRange(References(contents.Groups["list"].Value));
        }

        return info;
    }

    private static IEnumerable<int> References(string text) => Reference().Matches(text).Select(m => Number(m.Groups["n"].Value));

    private static int Number(string digits) =>
        int.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;

    private static int? Integer(string dictionary, string key) =>
        Regex.Match(dictionary, $@"/{key}\s+(?<v>\d{{1,9}})(?![\d.])", RegexOptions.None, TimeSpan.FromSeconds(1)) is { Success: true } m
            ? Number(m.Groups["v"].Value)
            : null;

    /// <summary>An object that is only a reference to another, followed to where it ends: a loop overflows PdfPig's stack.</summary>
    private static void CheckReferences(Dictionary<int, PdfObject> objects)
    {
        foreach (var (number, info) in objects)
        {
            var current = info.OnlyReference;
            for (var steps = 0; current is { } next; steps++)
            {
                if (next == number || steps >= MaxReferenceChain)
                {
                    throw new RefusedContentException("PDF文件已损坏：对象引用自身或循环引用");
                }

                current = objects.TryGetValue(next, out var target) ? target.OnlyReference : null;
            }
        }
    }

    /// <summary>The page tree's depth, walked without recursion; a loop in it is damage too.</summary>
    private static void CheckPageTree(Dictionary<int, PdfObject> objects)
    {
        var depth = new Dictionary<int, int>();
        var open = new HashSet<int>();
        foreach (var root in objects.Where(o => o.Value.Kids.Count > 0).Select(o => o.Key))
        {
            if (depth.ContainsKey(root))
            {
                continue;
            }

            var stack = new Stack<(int Node, int Kid)>();
            stack.Push((root, 0));
            open.Add(root);
            while (stack.TryPop(out var frame))
            {
                var kids = objects.TryGetValue(frame.Node, out var info) ? info.Kids : [];
                if (frame.Kid < kids.Count)
                {
                    stack.Push((frame.Node, frame.Kid + 1));
                    var kid = kids[frame.Kid];
                    if (open.Contains(kid))
                    {
                        throw new RefusedContentException("PDF文件已损坏：页面树中有循环");
                    }

                    if (!depth.ContainsKey(kid))
                    {
                        if (stack.Count >= ReadingLimits.MaxNesting)
                        {
                            throw new RefusedContentException($"PDF页面树嵌套过深（超过{ReadingLimits.MaxNesting}层），文件已损坏或是恶意构造的");
                        }

                        open.Add(kid);
                        stack.Push((kid, 0));
                    }

                    continue;
                }

                open.Remove(frame.Node);
                depth[frame.Node] = 1 + kids.Select(k => depth.GetValueOrDefault(k)).DefaultIfEmpty(0).Max();
            }
        }
    }

    /// <summary>What the pages draw, inflated, each page counting what it draws even when pages share one stream.</summary>
    private static void CheckContent(Dictionary<int, PdfObject> objects)
    {
        long total = 0;
        foreach (var page in objects.Values.Where(o => o.Contents.Count > 0))
        {
            foreach (var content in page.Contents)
            {
                if (objects.TryGetValue(content, out var stream))
                {
                    total += stream.ContentBytes;
                }

                if (total > ReadingLimits.MaxPdfContentBytes)
                {
                    throw new RefusedContentException($"PDF页面内容过大（解压后超过{ReadingLimits.MaxPdfContentBytes / 1024 / 1024}MB）");
                }
            }
        }
    }

    [GeneratedRegex(@"(?<![0-9])(?<n>\d{1,9})[ \t\r\n\f\0]+\d{1,5}[ \t\r\n\f\0]+obj(?![A-Za-z])")]
    private static partial Regex ObjectStart();

    [GeneratedRegex(@"^[\s]*(?<n>\d{1,9})\s+\d{1,5}\s+R\s*$")]
    private static partial Regex OnlyReference();

    [GeneratedRegex(@"(?<n>\d{1,9})\s+\d{1,5}\s+R(?![A-Za-z])")]
    private static partial Regex Reference();

    [GeneratedRegex(@"/Kids\s*\[(?<list>[^\]]{0,1000000})\]")]
    private static partial Regex Kids();

    [GeneratedRegex(@"/Contents\s*(?<list>\d{1,9}\s+\d{1,5}\s+R|\[[^\]]{0,1000000}\])")]
    private static partial Regex Contents();

    [GeneratedRegex(@"/Length\s+(?<length>\d{1,10})(?!\s+\d+\s+R)")]
    private static partial Regex DirectLength();

    [GeneratedRegex(@"/Type\s*/ObjStm\b")]
    private static partial Regex ObjectStreamType();
}
