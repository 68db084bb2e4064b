using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace GovReportDocs.Pdf.Writing;

/// <summary>
/// The file level of a PDF: numbered objects written one after the other, streams deflated, then the cross-reference
/// table and a trailer whose /ID is a hash of everything before it. Nothing here reads a clock or draws a random
/// number, so the same objects give the same bytes.
/// </summary>
internal sealed class PdfFile : IDisposable
{
    // Pooled: the file and each deflated stream are up to hundreds of kilobytes (see PooledBuffer).
    private readonly PooledBuffer _output = new(256 * 1024);
    private readonly PooledBuffer _deflated = new(64 * 1024);
    private readonly PooledBuffer _text = new(32 * 1024);
    private readonly List<long> _offsets = [0];

    // The document's identifiers hash everything written, at two points (the XMP, then the trailer): hashed as it goes,
    // each byte once, instead of the whole file twice.
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private int _hashed;

    public PdfFile()
    {
        // The second line's high bytes tell transfer programs the file is binary.
        Ascii("%PDF-1.7\n");
        _output.Write([(byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);
    }

    public void Dispose()
    {
        _output.Dispose();
        _deflated.Dispose();
        _text.Dispose();
        _hash.Dispose();
    }

    /// <summary>A number for an object written later (pages point to their parent before it is written).</summary>
    public int Reserve()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    /// <summary>Writes a reserved object.</summary>
    public void Write(int number, string body)
    {
        Begin(number);
        Ascii(body);
        Ascii("\nendobj\n");
    }

    /// <summary>Writes a new object; returns its number.</summary>
    public int Add(string body)
    {
        var number = Reserve();
        Write(number, body);
        return number;
    }

    /// <summary>
    /// Writes a stream object, deflated unless <paramref name="compress"/> is false; <paramref name="entries"/> are the
    /// dictionary's other entries.
    /// </summary>
    public void WriteStream(int number, string entries, ReadOnlySpan<byte> data, bool compress = true, CompressionLevel level = CompressionLevel.Fastest)
    {
        Begin(number);
        if (compress)
        {
            _deflated.Clear();
            using (var zlib = new ZLibStream(_deflated, level, leaveOpen: true))
            {
                zlib.Write(data);
            }

            Ascii(string.Create(CultureInfo.InvariantCulture, $"<<{entries}/Filter/FlateDecode/Length {_deflated.Length}>>\nstream\n"));
            _output.Write(_deflated.Written);
        }
        else
        {
            Ascii(string.Create(CultureInfo.InvariantCulture, $"<<{entries}/Length {data.Length}>>\nstream\n"));
            _output.Write(data);
        }

        Ascii("\nendstream\nendobj\n");
    }

    /// <summary>Adds a stream of ASCII text (a page's content) without making a string of it first.</summary>
    public int AddStream(string entries, StringBuilder ascii)
    {
        _text.Clear();
        foreach (var chunk in ascii.GetChunks())
        {
            var span = chunk.Span;
            var bytes = _text.GetSpan(span.Length);
            for (var i = 0; i < span.Length; i++)
            {
                // Content is built from PdfSyntax and hex codes: ASCII only.
                bytes[i] = (byte)span[i];
            }

            _text.Advance(span.Length);
        }

        return AddStream(entries, _text.Written);
    }

    public int AddStream(string entries, ReadOnlySpan<byte> data, bool compress = true, CompressionLevel level = CompressionLevel.Fastest)
    {
        var number = Reserve();
        WriteStream(number, entries, data, compress, level);
        return number;
    }

    /// <summary>A hash of everything written so far: what the document's identifiers are derived from.</summary>
    public byte[] Digest()
    {
        _hash.AppendData(_output.Written[_hashed..]);
        _hashed = _output.Written.Length;
        return _hash.GetCurrentHash();
    }

    /// <summary>The cross-reference table and the trailer; the file's bytes.</summary>
    public byte[] Finish(int catalog, int info)
    {
        var missing = _offsets.FindIndex(1, o => o < 0);
        if (missing > 0)
        {
            throw new InvalidOperationException($"PDF 对象 {missing} 已预留但未写出");
        }

        var id = Convert.ToHexString(Digest().AsSpan(0, 16));
        var xref = _output.Length;
        var table = new StringBuilder(20 * _offsets.Count + 200);
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {_offsets.Count}\n0000000000 65535 f \n");
        foreach (var offset in _offsets.Skip(1))
        {
            table.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture,
            $"trailer\n<</Size {_offsets.Count}/Root {catalog} 0 R/Info {info} 0 R/ID[<{id}><{id}>]>>\nstartxref\n{xref}\n%%EOF\n");
        Ascii(table.ToString());
        return _output.Written.ToArray();
    }

    private void Begin(int number)
    {
        if (_offsets[number] >= 0)
        {
            throw new InvalidOperationException($"PDF 对象 {number} 写了两次");
        }

        _offsets[number] = _output.Length;
        Ascii(string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n"));
    }

    private void Ascii(string text)
    {
        var buffer = _output.GetSpan(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            // Bodies are built from PdfSyntax, which escapes everything above ASCII.
            buffer[i] = (byte)text[i];
        }

        _output.Advance(text.Length);
    }
}
