using System.Globalization;
using System.Xml;
using GovReportDocs.Composition;

namespace GovReportDocs.Docx;

/// <summary>
/// docProps/core.xml: title, subject, author (the agency), keywords, language; dates only when the input
/// gives publishDate, so the same input gives the same bytes.
/// </summary>
internal static class CoreProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string Dcterms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(XmlWriter xml, ComposedReport report)
    {
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, Dcterms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteElementString("dc", "title", Dc, report.Title);
        xml.WriteElementString("dc", "subject", Dc, "政府信息公开工作年度报告");
        xml.WriteElementString("dc", "creator", Dc, report.Report.Agency);
        xml.WriteElementString("cp", "keywords", Cp, $"政府信息公开;年度报告;{report.Report.Year}");
        xml.WriteElementString("dc", "language", Dc, "zh-CN");
        if (report.Report.PublishDate is { } date)
        {
            var stamp = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
            foreach (var name in new[] { "created", "modified" })
            {
                xml.WriteStartElement("dcterms", name, Dcterms);
                xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
                xml.WriteString(stamp);
                xml.WriteEndElement();
            }
        }

        xml.WriteEndElement();
    }
}
