using System.IO.Compression;
using System.Text;
using GovReportDocs.Docx;
using GovReportDocs.Files;
using GovReportDocs.Reading;
using GovReportDocs.Reading.Sources;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>Hostile files are refused with a message, not followed.</summary>
public class ReadingSafetyTests
{
    [Fact]
    public void A_zip_bomb_disguised_as_docx_is_refused()
    {
        using var dir = new TempDirectory();
        var path = dir.File("bomb.docx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var stream = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 8; i++)
            {
                stream.Write(zeros);
            }
        }

        Should.Throw<ReportReadException>(() => PublishedReportReader.Read(path)).Message.ShouldContain("压缩炸弹");
    }

    [Fact]
    public void External_entities_in_a_docx_are_never_resolved()
    {
        using var dir = new TempDirectory();
        var secret = dir.Write("secret.txt", "不应被读取的内容");
        var path = dir.File("xxe.docx");
        File.WriteAllBytes(path, DocxRenderer.Render(Samples.Mengga));
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
            writer.Write($"""<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>""");
        }

        var outcome = Record.Exception(() => PublishedReportReader.Read(path));
        if (outcome is null)
        {
            PublishedReportReader.Read(path).Texts.ShouldNotContain(t => t.Contains("不应被读取"));
        }
        else
        {
            outcome.ShouldBeOfType<ReportReadException>();
        }
    }

    [Fact]
    public void Oversized_and_unknown_files_are_refused_with_a_reason()
    {
        using var dir = new TempDirectory();
        var big = dir.File("big.txt");
        using (var stream = File.Create(big))
        {
            stream.SetLength(ReadingLimits.MaxTextBytes + 1);
        }

        Should.Throw<ReportReadException>(() => PublishedReportReader.Read(big)).Message.ShouldStartWith("文件过大");
        Should.Throw<ReportReadException>(() => PublishedReportReader.Read(dir.Write("x.odt", "PK"))).Message.ShouldStartWith("不支持的文件类型");
        Should.Throw<ReportReadException>(() => PublishedReportReader.Read(dir.Write("broken.docx", "not a zip"))).Message.ShouldStartWith("无法读取");
        Should.Throw<ReportReadException>(() => PublishedReportReader.Read(dir.File("none.txt"))).Message.ShouldBe("找不到文件");
    }

    [Fact]
    public void Html_scripts_and_remote_resources_are_ignored()
    {
        var html = """
            <html><head><link rel="stylesheet" href="http://192.0.2.1/x.css"><script src="http://192.0.2.1/x.js"></script></head>
            <body><script>document.write('一、总体情况')</script><img src="http://192.0.2.1/x.png"><p>某局2024年政府信息公开工作年度报告</p></body></html>
            """;
        var report = TestReader.ReadHtml(html, "x.html");
        report.Texts.ShouldBe(["某局2024年政府信息公开工作年度报告"]);
        report.Structure.Parts.ShouldBeEmpty();
    }

    [Fact]
    public void Gb18030_pages_are_decoded()
    {
        using var dir = new TempDirectory();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = dir.File("gbk.txt");
        File.WriteAllBytes(path, Encoding.GetEncoding("GB18030").GetBytes(File.ReadAllText(SeedReadingTests.Seed("000"))));
        PublishedReportReader.Read(path).Report.Agency.ShouldBe("芒市勐戛镇人民政府");
    }

    [Fact]
    public void A_surrogate_encoded_in_utf8_is_a_damaged_file_at_its_line_not_a_crash()
    {
        // CESU-8 (a surrogate pair written as two three-byte sequences): well-formed to a quick look, invalid UTF-8.
        var text = File.ReadAllText(SeedReadingTests.Seed("000"));
        var cut = text.IndexOf('\n', 200) + 1;
        byte[] bytes = [.. Encoding.UTF8.GetBytes(text[..cut]), 0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80, .. Encoding.UTF8.GetBytes(text[cut..])];
        var line = text[..cut].Count(c => c == '\n') + 1;

        var refused = Should.Throw<ReportReadException>(() => PublishedReportReader.Read(bytes, "cesu.txt", PublishedFormat.Text));
        refused.Message.ShouldStartWith($"第{line}行第1列附近有无效的 UTF-8 字节");
    }
}
