using System.IO.Compression;
using System.Text;
using GovReportDocs;
using GovReportDocs.Files;
using GovReportDocs.Reading;
using GovReportDocs.Reading.Sources;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>Issue 10, rows 2, 3, 16 and 21: hostile or empty files to check and import give exit 2 with a Chinese reason.</summary>
public class ReadingHardeningTests
{
    private static string DeepHtml() =>
        "<html><body>" + string.Concat(Enumerable.Repeat("<table><tr><td>", 20_000)) + "x</body></html>";

    private static void ShouldBeRefusedCleanly(CliResult result, string reason)
    {
        result.ExitCode.ShouldBe(2, result.Out + result.Error);
        (result.Out + result.Error).ShouldContain(reason);
        (result.Out + result.Error).ShouldNotContain("Stack overflow");
        (result.Out + result.Error).ShouldNotContain("   at ");
    }

    [Fact]
    public void Html_nesting_20000_tables_is_refused_by_check_and_import()
    {
        using var dir = new TempDirectory();
        var page = dir.Write("deep.html", DeepHtml());

        ShouldBeRefusedCleanly(CliRunner.Run("check", page), "嵌套超过200层");
        ShouldBeRefusedCleanly(CliRunner.Run("import", page, "-o", dir.File("deep.yaml")), "嵌套超过200层");
        File.Exists(dir.File("deep.yaml")).ShouldBeFalse();
    }

    [Fact]
    public void Html_nesting_is_refused_through_the_library_too()
    {
        Should.Throw<ReportReadException>(() => TestReader.ReadHtml(DeepHtml(), "deep.html")).Message.ShouldContain("嵌套");
    }

    [Fact]
    public void A_docx_whose_body_nests_20000_tables_is_refused()
    {
        using var dir = new TempDirectory();
        var path = dir.File("deep.docx");
        WriteDocxBody(path, string.Concat(Enumerable.Repeat("<w:tbl><w:tr><w:tc>", 20_000)) + "<w:p/>" + string.Concat(Enumerable.Repeat("</w:tc></w:tr></w:tbl>", 20_000)));

        ShouldBeRefusedCleanly(CliRunner.Run("check", path), "嵌套超过200层");
        GovReport.CheckPublished(path).IsUnreadable.ShouldBeTrue();
    }

    [Fact]
    public void A_docx_with_far_more_text_than_any_report_is_refused_by_its_documented_limit()
    {
        using var dir = new TempDirectory();
        var path = dir.File("large.docx");
        // Text that compresses as real text does (about 3×, far from a zip bomb's ratio), over 16 MB of XML.
        const string words = "政府信息公开工作年度报告主动公开申请办理结果行政复议诉讼情况存在问题改进措施本年新收上年结转";
        var random = new Random(12);
        var body = new StringBuilder();
        while (body.Length < 18 * 1024 * 1024 / 3)
        {
            body.Append("<w:p><w:r><w:t>");
            for (var i = 0; i < 200; i++)
            {
                body.Append(words[random.Next(words.Length)]);
            }

            body.Append("</w:t></w:r></w:p>");
        }

        WriteDocxBody(path, body.ToString());

        var result = CliRunner.Run("check", path);
        ShouldBeRefusedCleanly(result, $"超过{ReadingLimits.MaxDocxXmlBytes / (1024 * 1024)} MB 的上限");
    }

    [Theory]
    [InlineData("empty.html", "<html><head></head><body></body></html>")]
    [InlineData("words.txt", "这是一段与年度报告无关的文字。\n第二行。\n")]
    [InlineData("page.html", "<html><body><p>欢迎访问</p><div>登录 注册</div></body></html>")]
    public void A_file_with_no_title_part_or_table_is_not_a_report(string name, string content)
    {
        using var dir = new TempDirectory();
        var path = dir.Write(name, content);

        ShouldBeRefusedCleanly(CliRunner.Run("check", path), "不是政府信息公开工作年度报告");
    }

    [Fact]
    public void Random_bytes_and_an_empty_file_are_refused_with_exit_2()
    {
        using var dir = new TempDirectory();
        var random = dir.File("random.txt");
        File.WriteAllBytes(random, Enumerable.Range(0, 4096).Select(i => (byte)new Random(i).Next(256)).ToArray());
        var empty = dir.Write("empty.txt", "");

        CliRunner.Run("check", random).ExitCode.ShouldBe(2);
        CliRunner.Run("check", empty).ExitCode.ShouldBe(2);
    }

    /// <summary>A package with the given body: the reader refuses it before anything else of the package matters.</summary>
    private static void WriteDocxBody(string path, string bodyXml)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using var writer = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        writer.Write(bodyXml);
        writer.Write("</w:body></w:document>");
    }
}
