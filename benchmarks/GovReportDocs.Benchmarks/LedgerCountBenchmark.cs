using System.Globalization;
using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace GovReportDocs.Benchmarks;

/// <summary>
/// Counting 表三 and 表四 of a year from a ledger of 10,000 applications over two years (target: under a second):
/// reading the .xlsx with ExcelDataReader, finding the header, matching every category and outcome word, placing
/// each row and keeping the rows behind each number.
/// </summary>
[MemoryDiagnoser]
public class LedgerCountBenchmark
{
    private static readonly string[] Categories = ["自然人", "商业企业", "科研机构", "个人", "企业", "律师事务所"];

    private static readonly string[] Outcomes =
        ["（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "同意公开", "信息不存在", "不予公开（国家秘密）", "重复申请", "其他处理-其他"];

    private byte[] _ledger = [];

    [Params(10_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _ledger = Ledger(Rows);

    [Benchmark]
    public int Count() => GovReport.CountLedger(new MemoryStream(_ledger), "台账.xlsx", 2025).Applications.ResultsTotal.Total;

    /// <summary>A sheet as our template's first sheet, written without a DOM.</summary>
    private static byte[] Ledger(int rows)
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
            Entry("xl/workbook.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{main}\" xmlns:r=\"{rel}\"><sheets><sheet name=\"政府信息公开申请\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            var sheet = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{main}\"><sheetData><row r=\"1\">");
            string[] header = ["收到日期", "申请人姓名或名称", "申请人类别", "申请内容", "办理结果", "答复日期"];
            for (var c = 0; c < header.Length; c++)
            {
                sheet.Append(CultureInfo.InvariantCulture, $"<c r=\"{(char)('A' + c)}1\" t=\"inlineStr\"><is><t>{header[c]}</t></is></c>");
            }

            sheet.Append("</row>");
            var random = new Random(1);
            var first = (int)new DateTime(2024, 1, 1).ToOADate();
            for (var r = 2; r <= rows + 1; r++)
            {
                var received = first + random.Next(731);
                var answered = random.Next(20) == 0 ? (int?)null : received + random.Next(30);
                sheet.Append(CultureInfo.InvariantCulture, $"<row r=\"{r}\"><c r=\"A{r}\"><v>{received}</v></c>");
                sheet.Append(CultureInfo.InvariantCulture, $"<c r=\"B{r}\" t=\"inlineStr\"><is><t>申请人{r}</t></is></c>");
                sheet.Append(CultureInfo.InvariantCulture, $"<c r=\"C{r}\" t=\"inlineStr\"><is><t>{Categories[random.Next(Categories.Length)]}</t></is></c>");
                sheet.Append(CultureInfo.InvariantCulture, $"<c r=\"D{r}\" t=\"inlineStr\"><is><t>申请公开第{r}号事项</t></is></c>");
                if (answered is { } a)
                {
                    sheet.Append(CultureInfo.InvariantCulture, $"<c r=\"E{r}\" t=\"inlineStr\"><is><t>{Outcomes[random.Next(Outcomes.Length)]}</t></is></c><c r=\"F{r}\"><v>{a}</v></c>");
                }

                sheet.Append("</row>");
            }

            Entry("xl/worksheets/sheet1.xml", sheet.Append("</sheetData></worksheet>").ToString());
        }

        return output.ToArray();
    }
}
