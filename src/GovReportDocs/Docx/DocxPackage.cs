using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace GovReportDocs.Docx;

/// <summary>
/// Writes the .docx package itself: a fixed set of parts in a fixed order, fixed relationship ids and one
/// fixed entry time, so the same document always gives the same bytes. (System.IO.Packaging stamps entries
/// with the current time and names parts and relationships at random.)
/// </summary>
internal static class DocxPackage
{
    public const string StylesId = "rIdStyles";
    public const string SettingsId = "rIdSettings";

    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string Wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false) };

    /// <summary>The parts of a report's document.</summary>
    public sealed record Parts(
        OpenXmlPartRootElement Document,
        OpenXmlPartRootElement Styles,
        OpenXmlPartRootElement Settings,
        OpenXmlPartRootElement OddFooter,
        OpenXmlPartRootElement EvenFooter,
        Action<XmlWriter> CoreProperties);

    public static void Write(Parts parts, Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Entry(zip, "[Content_Types].xml", ContentTypes);
        Entry(zip, "_rels/.rels", xml => Relations(xml,
            ("rId1", $"{OfficeRelationships}/officeDocument", "word/document.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml")));
        Entry(zip, "docProps/core.xml", parts.CoreProperties);
        Entry(zip, "word/_rels/document.xml.rels", xml => Relations(xml,
            (StylesId, $"{OfficeRelationships}/styles", "styles.xml"),
            (SettingsId, $"{OfficeRelationships}/settings", "settings.xml"),
            (DocxPage.OddFooterId, $"{OfficeRelationships}/footer", "footer1.xml"),
            (DocxPage.EvenFooterId, $"{OfficeRelationships}/footer", "footer2.xml")));
        Entry(zip, "word/document.xml", parts.Document.WriteTo);
        Entry(zip, "word/styles.xml", parts.Styles.WriteTo);
        Entry(zip, "word/settings.xml", parts.Settings.WriteTo);
        Entry(zip, "word/footer1.xml", parts.OddFooter.WriteTo);
        Entry(zip, "word/footer2.xml", parts.EvenFooter.WriteTo);
    }

    private static void Entry(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        using var xml = XmlWriter.Create(stream, XmlSettings);
        xml.WriteStartDocument(standalone: true);
        write(xml);
    }

    private static void ContentTypes(XmlWriter xml)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        xml.WriteStartElement("Types", ns);
        Default(xml, ns, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(xml, ns, "xml", "application/xml");
        Override(xml, ns, "/word/document.xml", $"{Wordprocessing}.document.main+xml");
        Override(xml, ns, "/word/styles.xml", $"{Wordprocessing}.styles+xml");
        Override(xml, ns, "/word/settings.xml", $"{Wordprocessing}.settings+xml");
        Override(xml, ns, "/word/footer1.xml", $"{Wordprocessing}.footer+xml");
        Override(xml, ns, "/word/footer2.xml", $"{Wordprocessing}.footer+xml");
        Override(xml, ns, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        xml.WriteEndElement();
    }

    private static void Default(XmlWriter xml, string ns, string extension, string type)
    {
        xml.WriteStartElement("Default", ns);
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", type);
        xml.WriteEndElement();
    }

    private static void Override(XmlWriter xml, string ns, string part, string type)
    {
        xml.WriteStartElement("Override", ns);
        xml.WriteAttributeString("PartName", part);
        xml.WriteAttributeString("ContentType", type);
        xml.WriteEndElement();
    }

    private static void Relations(XmlWriter xml, params (string Id, string Type, string Target)[] relations)
    {
        xml.WriteStartElement("Relationships", Relationships);
        foreach (var (id, type, target) in relations)
        {
            xml.WriteStartElement("Relationship", Relationships);
            xml.WriteAttributeString("Id", id);
            xml.WriteAttributeString("Type", type);
            xml.WriteAttributeString("Target", target);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
