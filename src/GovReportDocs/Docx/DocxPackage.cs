using System.IO.Compression;
using System.Text;
using System.Xml;
using GovReportDocs.Files;

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

    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string Wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml";

    /// <summary>
    /// The parts every report shares — content types, relationships, styles, settings, the two footers — written
    /// once per process by the same code as before; only document.xml and core.xml are written per report.
    /// </summary>
    private static readonly byte[] ContentTypesXml = OpcParts.Serialize(ContentTypes);

    private static readonly byte[] PackageRelationsXml = OpcParts.Serialize(xml => OpcParts.Relations(xml, [
        ("rId1", $"{OfficeRelationships}/officeDocument", "word/document.xml"),
        ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml")]));

    private static readonly byte[] DocumentRelationsXml = OpcParts.Serialize(xml => OpcParts.Relations(xml, [
        (StylesId, $"{OfficeRelationships}/styles", "styles.xml"),
        (SettingsId, $"{OfficeRelationships}/settings", "settings.xml"),
        (DocxPage.OddFooterId, $"{OfficeRelationships}/footer", "footer1.xml"),
        (DocxPage.EvenFooterId, $"{OfficeRelationships}/footer", "footer2.xml")]));

    private static readonly byte[] StylesXml = OpcParts.Serialize(DocxStyles.Build().WriteTo);
    private static readonly byte[] SettingsXml = OpcParts.Serialize(DocxPage.Settings().WriteTo);
    private static readonly byte[] OddFooterXml = OpcParts.Serialize(DocxPage.PageNumberFooter(odd: true).WriteTo);
    private static readonly byte[] EvenFooterXml = OpcParts.Serialize(DocxPage.PageNumberFooter(odd: false).WriteTo);

    /// <summary>Writes a package of a report's document.xml and core.xml and the shared parts.</summary>
    public static void Write(Action<XmlWriter> document, Action<XmlWriter> coreProperties, Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        OpcParts.Entry(zip, "[Content_Types].xml", ContentTypesXml);
        OpcParts.Entry(zip, "_rels/.rels", PackageRelationsXml);
        OpcParts.Entry(zip, "docProps/core.xml", coreProperties);
        OpcParts.Entry(zip, "word/_rels/document.xml.rels", DocumentRelationsXml);
        OpcParts.Entry(zip, "word/document.xml", document);
        OpcParts.Entry(zip, "word/styles.xml", StylesXml);
        OpcParts.Entry(zip, "word/settings.xml", SettingsXml);
        OpcParts.Entry(zip, "word/footer1.xml", OddFooterXml);
        OpcParts.Entry(zip, "word/footer2.xml", EvenFooterXml);
    }

    private static void ContentTypes(XmlWriter xml)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        xml.WriteStartElement("Types", ns);
        OpcParts.Default(xml, ns, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        OpcParts.Default(xml, ns, "xml", "application/xml");
        OpcParts.Override(xml, ns, "/word/document.xml", $"{Wordprocessing}.document.main+xml");
        OpcParts.Override(xml, ns, "/word/styles.xml", $"{Wordprocessing}.styles+xml");
        OpcParts.Override(xml, ns, "/word/settings.xml", $"{Wordprocessing}.settings+xml");
        OpcParts.Override(xml, ns, "/word/footer1.xml", $"{Wordprocessing}.footer+xml");
        OpcParts.Override(xml, ns, "/word/footer2.xml", $"{Wordprocessing}.footer+xml");
        OpcParts.Override(xml, ns, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        xml.WriteEndElement();
    }
}
