using System.IO.Compression;
using System.Text;
using GovReportDocs.Files;
using GovReportDocs.Model;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Ledger;

/// <summary>Ledgers that are broken, huge or strange get a Chinese message naming the file, never a crash, and lose no row.</summary>
public class LedgerBadFileTests
{
    [Fact]
    public void A_damaged_file_is_refused_with_a_chinese_message()
    {
        var truncated = GovReport.LedgerTemplate()[..2000];
        foreach (var bytes in new[] { truncated, Encoding.UTF8.GetBytes("收到日期,申请人\n2025-01-01,甲\n"), new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 1, 2, 3 } })
        {
            var e = Should.Throw<ReportReadException>(() => GovReport.CountLedger(new MemoryStream(bytes), "坏.xlsx", 2025));
            e.ToString().ShouldBe("坏.xlsx：文件已损坏，或不是 Excel/WPS 表格（.xlsx、.xls）：请在 Excel 或 WPS 中打开后另存为 .xlsx 再统计");
        }
    }

    [Fact]
    public void A_password_protected_xls_is_refused_with_a_message_that_says_so()
    {
        // What Excel writes for an .xls with an opening password: a FILEPASS record (RC4) right after the workbook's BOF.
        // Here it replaces the 132 bytes of records after the BOF of the committed ledger (a FILEPASS of 58 bytes and an
        // unknown record filling the rest), with a verifier no password opens.
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "tests", "GovReportDocs.Tests", "Ledger", "Data", "office-ledger.xls"));
        const int afterBof = 2048 + 20;
        BitConverter.ToUInt16(bytes, 2048).ShouldBe((ushort)0x0809, "the workbook stream's BOF");
        byte[] filePass = [0x2F, 0x00, 54, 0x00, 0x01, 0x00, 0x01, 0x00, 0x01, 0x00, .. Enumerable.Range(1, 48).Select(i => (byte)(i * 37))];
        byte[] filler = [0xFF, 0x0F, 70, 0x00, .. new byte[70]];
        filePass.CopyTo(bytes, afterBof);
        filler.CopyTo(bytes, afterBof + filePass.Length);

        var e = Should.Throw<ReportReadException>(() => GovReport.CountLedger(new MemoryStream(bytes), "加密.xls", 2025));
        e.ToString().ShouldBe("加密.xls：文件设有打开密码（已加密），无法读取：请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再统计");
    }

    [Fact]
    public void A_workbook_without_a_ledger_header_is_refused()
    {
        var sheet = new GovReportDocs.Xlsx.XlsxSheet("Sheet1", [GovReportDocs.Xlsx.XlsxCell.Of(0, 0, "会议记录")]);
        var e = Should.Throw<ReportReadException>(() =>
            GovReport.CountLedger(new MemoryStream(GovReportDocs.Xlsx.XlsxPackage.ToBytes([sheet])), "x.xlsx", 2025));
        e.Message.ShouldStartWith("未找到台账：没有一张工作表有台账的表头");
    }

    [Fact]
    public void A_sheet_of_100000_rows_counts_every_row()
    {
        const int rows = 100_000;
        var bytes = BigLedger(rows);
        var count = GovReport.CountLedger(new MemoryStream(bytes), "大.xlsx", 2025);
        count.Unplaced.ShouldBeEmpty();
        count.Applications.NewlyReceived.ShouldBe(new ApplicantCounts(rows / 2, rows / 2, 0, 0, 0, 0));
        count.Applications.CarriedForward.Total.ShouldBe(rows);
    }

    /// <summary>A plain sheet written without a DOM: 收到日期 as a serial date, 申请人类别 as an inline string.</summary>
    private static byte[] BigLedger(int rows)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }

            const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
            const string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
            Entry("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            Entry("_rels/.rels", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Entry("xl/_rels/workbook.xml.rels", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{rel}/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            Entry("xl/workbook.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{main}\" xmlns:r=\"{rel}\"><sheets><sheet name=\"台账\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            var sheet = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{main}\"><sheetData>");
            sheet.Append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>收到日期</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>申请人类别</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>申请内容</t></is></c></row>");
            var serial = (int)new DateTime(2025, 12, 1).ToOADate();
            for (var r = 2; r <= rows + 1; r++)
            {
                sheet.Append(System.Globalization.CultureInfo.InvariantCulture,
                    $"<row r=\"{r}\"><c r=\"A{r}\"><v>{serial + r % 30}</v></c><c r=\"B{r}\" t=\"inlineStr\"><is><t>{(r % 2 == 0 ? "自然人" : "商业企业")}</t></is></c><c r=\"C{r}\" t=\"inlineStr\"><is><t>第{r}件</t></is></c></row>");
            }

            Entry("xl/worksheets/sheet1.xml", sheet.Append("</sheetData></worksheet>").ToString());
        }

        return output.ToArray();
    }
}
