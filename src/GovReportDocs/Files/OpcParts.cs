using System.IO.Compression;
using System.Text;
using System.Xml;

namespace GovReportDocs.Files;

/// <summary>
/// The package plumbing the .docx and the .xlsx writers share: a part written as a zip entry with one fixed time, and the
/// content-type and relationship entries. Written by hand, not with System.IO.Packaging, which stamps the clock and
/// names relationships at random: the same parts always give the same bytes.
/// </summary>
internal static class OpcParts
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false) };

    public static void Entry(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        using var stream = Open(zip, name);
        Write(stream, write);
    }

    /// <summary>A part whose bytes were written once before (<see cref="Serialize"/>): the same in every package.</summary>
    public static void Entry(ZipArchive zip, string name, byte[] content)
    {
        using var stream = Open(zip, name);
        stream.Write(content);

        // As the XmlWriter of a part written in place flushes when it closes: the same deflate stream, the same bytes.
        stream.Flush();
    }

    /// <summary>The bytes <see cref="Entry(ZipArchive, string, Action{XmlWriter})"/> would write for a part.</summary>
    public static byte[] Serialize(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        Write(stream, write);
        return stream.ToArray();
    }

    private static Stream Open(ZipArchive zip, string name)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        return entry.Open();
    }

    private static void Write(Stream stream, Action<XmlWriter> write)
    {
        using var xml = XmlWriter.Create(stream, XmlSettings);
        xml.WriteStartDocument(standalone: true);
        write(xml);
    }

    public static void Default(XmlWriter xml, string ns, string extension, string type)
    {
        xml.WriteStartElement("Default", ns);
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", type);
        xml.WriteEndElement();
    }

    public static void Override(XmlWriter xml, string ns, string part, string type)
    {
        xml.WriteStartElement("Override", ns);
        xml.WriteAttributeString("PartName", part);
        xml.WriteAttributeString("ContentType", type);
        xml.WriteEndElement();
    }

    public static void Relations(XmlWriter xml, IEnumerable<(string Id, string Type, string Target)> relations)
    {
        xml.WriteStartElement("Relationships", RelationshipsNamespace);
        foreach (var (id, type, target) in relations)
        {
            xml.WriteStartElement("Relationship", RelationshipsNamespace);
            xml.WriteAttributeString("Id", id);
            xml.WriteAttributeString("Type", type);
            xml.WriteAttributeString("Target", target);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
