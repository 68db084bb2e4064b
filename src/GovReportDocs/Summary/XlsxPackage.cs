using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GovReportDocs.Summary;

/// <summary>
/// A small .xlsx writer: worksheets built as DocumentFormat.OpenXml elements, written in a fixed order with fixed
/// relationship ids and one entry time, so the same sheets give the same bytes (System.IO.Packaging stamps the time and
/// names relationships at random). Strings are inline, so there is no shared-string table to keep in step.
/// </summary>
internal static class XlsxPackage
{
    /// <summary>Cell styles of <see cref="Styles"/>: 0 plain, 1 bold heading, 2 a share as a percentage, 3 a label, centred and wrapped.</summary>
    public const uint Plain = 0, Heading = 1, Percent = 2, Label = 3;

    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string Spreadsheet = "application/vnd.openxmlformats-officedocument.spreadsheetml";
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false) };

    /// <summary>One sheet: its name (≤ 31 characters) and its worksheet.</summary>
    public sealed record Sheet(string Name, Worksheet Worksheet);

    public static byte[] Write(IReadOnlyList<Sheet> sheets)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", xml => ContentTypes(xml, sheets.Count));
            Entry(zip, "_rels/.rels", xml => Relations(xml, [("rId1", $"{OfficeRelationships}/officeDocument", "xl/workbook.xml")]));
            Entry(zip, "xl/workbook.xml", new Workbook(new Sheets(sheets.Select((s, i) =>
                new DocumentFormat.OpenXml.Spreadsheet.Sheet { Name = s.Name, SheetId = (uint)(i + 1), Id = $"rIdSheet{i + 1}" }))).WriteTo);
            Entry(zip, "xl/_rels/workbook.xml.rels", xml => Relations(xml,
            [
                ("rIdStyles", $"{OfficeRelationships}/styles", "styles.xml"),
                .. sheets.Select((_, i) => ($"rIdSheet{i + 1}", $"{OfficeRelationships}/worksheet", $"worksheets/sheet{i + 1}.xml")),
            ]));
            Entry(zip, "xl/styles.xml", Styles().WriteTo);
            for (var i = 0; i < sheets.Count; i++)
            {
                Entry(zip, $"xl/worksheets/sheet{i + 1}.xml", sheets[i].Worksheet.WriteTo);
            }
        }

        return output.ToArray();
    }

    /// <summary>`A1`-style reference of a 0-based row and column.</summary>
    public static string Reference(int row, int column)
    {
        var letters = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters + (row + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Cell Text(int row, int column, string text, uint style = Plain) => new(new InlineString(new Text(text)))
    {
        CellReference = Reference(row, column),
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    public static Cell Number(int row, int column, decimal value, uint style = Plain) => new(new CellValue(value))
    {
        CellReference = Reference(row, column),
        DataType = CellValues.Number,
        StyleIndex = style,
    };

    private static Stylesheet Styles() => new(
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "宋体" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center }) { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 10, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center }) { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true })
        { Count = 4 });

    private static void Entry(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        using var xml = XmlWriter.Create(stream, XmlSettings);
        xml.WriteStartDocument(standalone: true);
        write(xml);
    }

    private static void ContentTypes(XmlWriter xml, int sheets)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        xml.WriteStartElement("Types", ns);
        foreach (var (extension, type) in new[] { ("rels", "application/vnd.openxmlformats-package.relationships+xml"), ("xml", "application/xml") })
        {
            xml.WriteStartElement("Default", ns);
            xml.WriteAttributeString("Extension", extension);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }

        Override(xml, ns, "/xl/workbook.xml", $"{Spreadsheet}.sheet.main+xml");
        Override(xml, ns, "/xl/styles.xml", $"{Spreadsheet}.styles+xml");
        for (var i = 1; i <= sheets; i++)
        {
            Override(xml, ns, $"/xl/worksheets/sheet{i}.xml", $"{Spreadsheet}.worksheet+xml");
        }

        xml.WriteEndElement();
    }

    private static void Override(XmlWriter xml, string ns, string part, string type)
    {
        xml.WriteStartElement("Override", ns);
        xml.WriteAttributeString("PartName", part);
        xml.WriteAttributeString("ContentType", type);
        xml.WriteEndElement();
    }

    private static void Relations(XmlWriter xml, IEnumerable<(string Id, string Type, string Target)> relations)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/relationships";
        xml.WriteStartElement("Relationships", ns);
        foreach (var (id, type, target) in relations)
        {
            xml.WriteStartElement("Relationship", ns);
            xml.WriteAttributeString("Id", id);
            xml.WriteAttributeString("Type", type);
            xml.WriteAttributeString("Target", target);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
