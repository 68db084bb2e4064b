using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
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
        OpcParts.Entry(zip, "[Content_Types].xml", ContentTypes);
        OpcParts.Entry(zip, "_rels/.rels", xml => OpcParts.Relations(xml, [
            ("rId1", $"{OfficeRelationships}/officeDocument", "word/document.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml")]));
        OpcParts.Entry(zip, "docProps/core.xml", parts.CoreProperties);
        OpcParts.Entry(zip, "word/_rels/document.xml.rels", xml => OpcParts.Relations(xml, [
            (StylesId, $"{OfficeRelationships}/styles", "styles.xml"),
            (SettingsId, $"{OfficeRelationships}/settings", "settings.xml"),
            (DocxPage.OddFooterId, $"{OfficeRelationships}/footer", "footer1.xml"),
            (DocxPage.EvenFooterId, $"{OfficeRelationships}/footer", "footer2.xml")]));
        OpcParts.Entry(zip, "word/document.xml", parts.Document.WriteTo);
        OpcParts.Entry(zip, "word/styles.xml", parts.Styles.WriteTo);
        OpcParts.Entry(zip, "word/settings.xml", parts.Settings.WriteTo);
        OpcParts.Entry(zip, "word/footer1.xml", parts.OddFooter.WriteTo);
        OpcParts.Entry(zip, "word/footer2.xml", parts.EvenFooter.WriteTo);
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
