using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace GovReportDocs.Tests.Hardening;

/// <summary>Hostile PDFs written byte by byte: objects numbered from 1, a correct cross-reference table.</summary>
internal static class MiniPdf
{
    /// <summary>A PDF of the given object bodies (object 1 is the catalog); a body is text or (dictionary, stream bytes).</summary>
    public static byte[] Build(IReadOnlyList<object> bodies)
    {
        using var output = new MemoryStream();
        void Write(string text) => output.Write(Encoding.Latin1.GetBytes(text));
        Write("%PDF-1.7\n");
        var offsets = new List<long>();
        for (var i = 0; i < bodies.Count; i++)
        {
            offsets.Add(output.Position);
            Write($"{i + 1} 0 obj\n");
            if (bodies[i] is (string dictionary, byte[] data))
            {
                Write($"{dictionary.TrimEnd('>', ' ')} /Length {data.Length} >>\nstream\n");
                output.Write(data);
                Write("\nendstream\n");
            }
            else
            {
                Write($"{bodies[i]}\n");
            }

            Write("endobj\n");
        }

        var xref = output.Position;
        Write($"xref\n0 {bodies.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{offset.ToString("D10", CultureInfo.InvariantCulture)} 00000 n \n");
        }

        Write($"trailer\n<< /Size {bodies.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>A page whose content is object <paramref name="contents"/>: catalog 1, pages 2, page 3.</summary>
    public static List<object> OnePage(string contents) =>
    [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {contents} >>",
    ];

    /// <summary>A page tree <paramref name="depth"/> levels deep, plainly or inside one object stream.</summary>
    public static byte[] DeepPageTree(int depth, bool inObjectStream)
    {
        // Objects 2 … depth+1 are /Pages nodes each holding the next; the last holds the page.
        var page = depth + 2;
        var nodes = Enumerable.Range(2, depth)
            .Select(n => $"<< /Type /Pages /Kids [{(n == depth + 1 ? page : n + 1)} 0 R] /Count 1 >>").ToList();
        var pageBody = "<< /Type /Page /MediaBox [0 0 595 842] >>";
        if (!inObjectStream)
        {
            return Build(["<< /Type /Catalog /Pages 2 0 R >>", .. nodes, pageBody]);
        }

        var header = new StringBuilder();
        var body = new StringBuilder();
        for (var i = 0; i < nodes.Count; i++)
        {
            header.Append(CultureInfo.InvariantCulture, $"{i + 2} {body.Length} ");
            body.Append(nodes[i]).Append('\n');
        }

        var first = header.Length;
        var stream = Deflate(Encoding.Latin1.GetBytes(header.ToString() + body));
        // Objects 2 … depth+1 live in the object stream, numbered depth+3; plain placeholders keep the numbering.
        return Build([
            "<< /Type /Catalog /Pages 2 0 R >>", .. nodes.Select(_ => "null"), pageBody,
            ($"<< /Type /ObjStm /N {nodes.Count} /First {first} /Filter /FlateDecode >>", stream),
        ]);
    }
}
