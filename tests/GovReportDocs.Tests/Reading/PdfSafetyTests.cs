using GovReportDocs.Files;
using GovReportDocs.Reading;
using GovReportDocs.Reading.Sources;
using GovReportDocs.Tests.Support;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace GovReportDocs.Tests.Reading;

/// <summary>A PDF that cannot be read gives a Chinese reason, never a stack trace; one with limits set only on copying reads.</summary>
[Trait("Requires", "debian")]
public class PdfSafetyTests
{
    [Fact]
    public void A_damaged_pdf_is_refused_with_a_reason()
    {
        using var dir = new TempDirectory();

        var e = Should.Throw<ReportReadException>(() => PublishedReportReader.Read(dir.Write("broken.pdf", "%PDF-1.7\nthis is not a PDF body")));

        e.Message.ShouldBe("无法读取：PDF文件已损坏，或不是PDF文件");
    }

    [Fact]
    public void Damaged_bytes_inside_a_real_pdf_give_a_report_or_a_reason_never_another_exception()
    {
        var original = PdfSamples.Result("mengga-2024.yaml").Bytes;
        var random = new Random(20250120);
        for (var round = 0; round < 12; round++)
        {
            var bytes = (byte[])original.Clone();
            var at = random.Next(bytes.Length / 10, bytes.Length);
            for (var i = 0; i < 64 && at + i < bytes.Length; i++)
            {
                bytes[at + i] = (byte)random.Next(256);
            }

            var truncated = round % 3 == 0 ? bytes[..at] : bytes;
            var outcome = Record.Exception(() => TestReader.ReadPdf(truncated, "fuzz.pdf"));
            if (outcome is not null)
            {
                outcome.ShouldBeOfType<ReportReadException>($"round {round}: {outcome}");
            }
        }
    }

    [Fact]
    public void A_pdf_that_needs_a_password_is_refused_with_a_reason()
    {
        var pdf = Encrypt(PdfSamples.Result("mengga-2024.yaml").Bytes, userPassword: "secret");

        var e = Should.Throw<ReportReadException>(() => TestReader.ReadPdf(pdf, "locked.pdf"));

        e.Message.ShouldStartWith("无法读取：PDF已加密，需要密码才能打开");
    }

    [Fact]
    public void A_pdf_whose_encrypted_streams_break_the_inflater_is_refused_as_encrypted()
    {
        // One of the encryptions the test above makes (about 1 in 150, kept in Reading/Odd, named .bin so that the
        // folder checks and the every-PDF tests leave it): its encrypted bytes pass for Flate data until the inflater
        // fails with a ZLibException, an IOException the guard let through as "damaged".
        var pdf = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "tests", "GovReportDocs.Tests", "Reading", "Odd", "encrypted-inflater-fault.pdf.bin"));

        var e = Should.Throw<ReportReadException>(() => TestReader.ReadPdf(pdf, "locked.pdf"));

        e.Message.ShouldStartWith("无法读取：PDF已加密，需要密码才能打开");
    }

    [Fact]
    public void A_pdf_restricted_only_against_copying_reads_as_usual()
    {
        var pdf = Encrypt(PdfSamples.Result("panzhou-2024.yaml").Bytes, userPassword: null);

        var read = TestReader.ReadPdf(pdf, "restricted.pdf");

        PdfReadBack.ShouldMatch(read, Samples.Panzhou);
    }

    [Fact]
    public void A_scanned_pdf_without_text_says_so()
    {
        PdfSamples.Render(Samples.Mengga); // chooses the PDFsharp licence
        using var document = new PdfDocument();
        for (var i = 0; i < 2; i++)
        {
            using var page = XGraphics.FromPdfPage(document.AddPage());
            page.DrawRectangle(XBrushes.Gray, 50, 50, 400, 600);
        }

        var e = Should.Throw<ReportReadException>(() => TestReader.ReadPdf(Save(document), "scan.pdf"));

        e.Message.ShouldStartWith("无法读取：PDF中没有可提取的文字（可能是扫描件");
    }

    [Fact]
    public void Too_many_pages_and_too_many_bytes_are_refused()
    {
        PdfSamples.Render(Samples.Mengga);
        using var document = new PdfDocument();
        for (var i = 0; i <= ReadingLimits.MaxPdfPages; i++)
        {
            document.AddPage();
        }

        Should.Throw<ReportReadException>(() => TestReader.ReadPdf(Save(document), "long.pdf"))
            .Message.ShouldBe($"无法读取：页数过多（{ReadingLimits.MaxPdfPages + 1}页，上限{ReadingLimits.MaxPdfPages}页）");

        using var dir = new TempDirectory();
        var big = dir.File("big.pdf");
        using (var stream = File.Create(big))
        {
            stream.SetLength(ReadingLimits.MaxPdfBytes + 1);
        }

        Should.Throw<ReportReadException>(() => PublishedReportReader.Read(big)).Message.ShouldStartWith("文件过大");
    }

    [Fact]
    public void Check_and_import_take_a_pdf()
    {
        using var dir = new TempDirectory();
        var pdf = dir.File("盘州.pdf");
        File.Copy(PdfSamples.Path("panzhou-2024.yaml"), pdf);

        var check = CliRunner.Run("check", dir.Path);
        check.ExitCode.ShouldBe(0, check.Error);
        check.Out.ShouldContain("盘州.pdf");
        check.Out.ShouldContain("检查1份报告：0份有错误，0份无法读取");

        var againstItself = CliRunner.Run("check", pdf, "--previous", pdf);
        againstItself.Out.ShouldMatch(@"盘州\.pdf:页\d+:行\d+ 错误 R6 表三 第二行“上年结转” 自然人列应为3（上年报告第四行“结转下年度”），实际为4");
        var json = CliRunner.Run("check", pdf, "--previous", pdf, "--json");
        json.Out.ShouldContain("\"page\": ");

        var output = dir.File("input.yaml");
        var import = CliRunner.Run("import", pdf, "-o", output);
        import.ExitCode.ShouldBe(0, import.Error);
        File.ReadAllText(output).ShouldContain("agency: 盘州市人民政府");
    }

    private static byte[] Encrypt(byte[] pdf, string? userPassword)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Modify);
        document.SecuritySettings.OwnerPassword = "owner";
        if (userPassword is not null)
        {
            document.SecuritySettings.UserPassword = userPassword;
        }

        document.SecuritySettings.PermitExtractContent = false;
        return Save(document);
    }

    private static byte[] Save(PdfDocument document)
    {
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
