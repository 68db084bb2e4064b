using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using GovReportDocs.Files;

namespace GovReportDocs.Xlsx;

/// <summary>
/// Writes a workbook of <see cref="XlsxSheet"/>s as .xlsx: the parts built with DocumentFormat.OpenXml's
/// SpreadsheetML classes, the package written by hand in a fixed order with fixed ids and one entry time, so the
/// same sheets always give the same bytes (System.IO.Packaging stamps the clock and random ids). Texts are inline
/// strings, which Excel, WPS and LibreOffice read alike. This is the one place the library writes spreadsheets: the
/// ledger template, the report's tables and the region's summary all come through here. Stateless and thread-safe.
/// </summary>
internal static class XlsxPackage
{
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string Spreadsheet = "application/vnd.openxmlformats-officedocument.spreadsheetml";

    public static byte[] ToBytes(IReadOnlyList<XlsxSheet> sheets)
    {
        using var output = new MemoryStream();
        Write(sheets, output);
        return output.ToArray();
    }

    public static void Write(IReadOnlyList<XlsxSheet> sheets, Stream output)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sheets.Count);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        OpcParts.Entry(zip, "[Content_Types].xml", xml => ContentTypes(xml, sheets.Count));
        OpcParts.Entry(zip, "_rels/.rels", xml => OpcParts.Relations(xml, [("rId1", $"{OfficeRelationships}/officeDocument", "xl/workbook.xml")]));
        OpcParts.Entry(zip, "xl/_rels/workbook.xml.rels", xml => OpcParts.Relations(xml,
            [
                .. sheets.Select((_, i) => ($"rId{i + 1}", $"{OfficeRelationships}/worksheet", $"worksheets/sheet{i + 1}.xml")),
                ($"rId{sheets.Count + 1}", $"{OfficeRelationships}/styles", "styles.xml"),
            ]));
        OpcParts.Entry(zip, "xl/workbook.xml", Workbook(sheets).WriteTo);
        OpcParts.Entry(zip, "xl/styles.xml", XlsxStyles.Build().WriteTo);
        for (var i = 0; i < sheets.Count; i++)
        {
            OpcParts.Entry(zip, $"xl/worksheets/sheet{i + 1}.xml", XlsxWorksheet.Build(sheets[i], selected: i == 0).WriteTo);
        }
    }

    /// <summary>The A1 name of a column: 0 → A, 26 → AA.</summary>
    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + (c - 1) % 26) + name;
        }

        return name;
    }

    /// <summary>The A1 reference of a 0-based cell.</summary>
    public static string Reference(int row, int column) =>
        ColumnName(column) + (row + 1).ToString(CultureInfo.InvariantCulture);

    private static Workbook Workbook(IReadOnlyList<XlsxSheet> sheets)
    {
        var list = new Sheets();
        for (var i = 0; i < sheets.Count; i++)
        {
            list.Append(new Sheet
            {
                Name = sheets[i].Name,
                SheetId = (uint)(i + 1),
                Id = $"rId{i + 1}",
                State = sheets[i].Hidden ? SheetStateValues.Hidden : null,
            });
        }

        // Totals are formulas: ask every spreadsheet program to compute them on opening rather than trust stored values.
        var workbook = new Workbook(new BookViews(new WorkbookView()), list, new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
        workbook.AddNamespaceDeclaration("r", OfficeRelationships);
        return workbook;
    }

    private static void ContentTypes(XmlWriter xml, int sheetCount)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        xml.WriteStartElement("Types", ns);
        OpcParts.Default(xml, ns, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        OpcParts.Default(xml, ns, "xml", "application/xml");
        OpcParts.Override(xml, ns, "/xl/workbook.xml", $"{Spreadsheet}.sheet.main+xml");
        OpcParts.Override(xml, ns, "/xl/styles.xml", $"{Spreadsheet}.styles+xml");
        for (var i = 1; i <= sheetCount; i++)
        {
            OpcParts.Override(xml, ns, $"/xl/worksheets/sheet{i}.xml", $"{Spreadsheet}.worksheet+xml");
        }

        xml.WriteEndElement();
    }
}
