using System.Globalization;
using System.Security;
using System.Text;
using GovReportDocs.Composition;

namespace GovReportDocs.Pdf.Writing;

/// <summary>
/// The document information and the same in XMP: title, agency, subject, keywords, the publication date (none
/// when the input has none: never the clock), producer GovReportDocs. The XMP identifiers come from a hash of the
/// pages and fonts written before them.
/// </summary>
internal static class DocumentMetadata
{
    public const string Producer = "GovReportDocs";
    private const string Subject = "政府信息公开工作年度报告";

    /// <summary>The packet header's byte order mark, as XMP asks.</summary>
    private const string Bom = "\uFEFF";

    /// <summary>Writes the information dictionary and the XMP stream; their numbers.</summary>
    public static (int Info, int Metadata) Write(PdfFile file, ComposedReport report)
    {
        var keywords = string.Create(CultureInfo.InvariantCulture, $"政府信息公开;年度报告;{report.Report.Year}");
        var date = report.Report.PublishDate;
        var info = new StringBuilder("<</Title").Append(PdfSyntax.Text(report.Title))
            .Append("/Author").Append(PdfSyntax.Text(report.Report.Agency))
            .Append("/Subject").Append(PdfSyntax.Text(Subject))
            .Append("/Keywords").Append(PdfSyntax.Text(keywords))
            .Append("/Creator(").Append(Producer).Append(")/Producer(").Append(Producer).Append(')');
        if (date is { } day)
        {
            info.Append("/CreationDate").Append(PdfSyntax.Date(day)).Append("/ModDate").Append(PdfSyntax.Date(day));
        }

        var digest = file.Digest();
        var infoNumber = file.Add(info.Append(">>").ToString());
        var xmp = Xmp(report.Title, report.Report.Agency, keywords, date, Uuid(digest, 0), Uuid(digest, 16));
        var metadata = file.AddStream("/Type/Metadata/Subtype/XML", Encoding.UTF8.GetBytes(xmp), compress: false);
        return (infoNumber, metadata);
    }

    private static string Uuid(byte[] digest, int from) => new Guid(digest.AsSpan(from, 16)).ToString();

    private static string Xmp(string title, string agency, string keywords, DateOnly? date, string documentId, string instanceId)
    {
        static string X(string value) => SecurityElement.Escape(value);
        var stamp = date?.ToString("yyyy-MM-dd'T00:00:00Z'", CultureInfo.InvariantCulture);
        var dates = stamp is null ? "" : $"\n        <xmp:CreateDate>{stamp}</xmp:CreateDate>\n        <xmp:ModifyDate>{stamp}</xmp:ModifyDate>";
        return $"""
            <?xpacket begin="{Bom}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
              <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                  <pdf:Producer>{Producer}</pdf:Producer>
                  <pdf:Keywords>{X(keywords)}</pdf:Keywords>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <dc:format>application/pdf</dc:format>
                  <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{X(title)}</rdf:li></rdf:Alt></dc:title>
                  <dc:creator><rdf:Seq><rdf:li>{X(agency)}</rdf:li></rdf:Seq></dc:creator>
                  <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{Subject}</rdf:li></rdf:Alt></dc:description>
                  <dc:language><rdf:Bag><rdf:li>{StructureTree.Language}</rdf:li></rdf:Bag></dc:language>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                  <xmp:CreatorTool>{Producer}</xmp:CreatorTool>{dates}
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
                  <xmpMM:DocumentID>uuid:{documentId}</xmpMM:DocumentID>
                  <xmpMM:InstanceID>uuid:{instanceId}</xmpMM:InstanceID>
                </rdf:Description>
              </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="r"?>
            """;
    }
}
