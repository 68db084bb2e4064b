using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using GovReportDocs.Pdf;
using GovReportDocs.Tests.Reading;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Cli;

/// <summary>
/// Damaged files of every kind the tool reads, through the whole command line: whatever the bytes, `govreport`
/// answers with exit code 0, 1 or 2 and a message, never a stack trace, within 10 s and 1 GB per file.
/// Seeded, so a failure reproduces; each kind runs for a bounded number of files.
/// </summary>
public class CliFuzzTests
{
    private const int FilesPerKind = 60;
    private const string Noise = "[]{}:,-\"'#|>&*!%@`\n\t 0123456789.x中<>/\\{{}}一二三（）总计表\u000b\u0000\ufffd";
    private static readonly TimeSpan TimePerFile = TimeSpan.FromSeconds(10);
    private const long BytesPerFile = 1L << 30;

    [Theory]
    [InlineData("yaml", 11)]
    [InlineData("json", 12)]
    [InlineData("txt", 13)]
    [InlineData("html", 14)]
    [InlineData("docx", 15)]
    public void Damaged_files_get_an_answer_never_a_crash(string kind, int seed)
    {
        var original = Original(kind);
        var random = new Random(seed);
        using var folder = new TempDirectory();
        for (var i = 0; i < FilesPerKind; i++)
        {
            var path = Path.Combine(folder.Path, $"fuzz-{i}.{kind}");
            File.WriteAllBytes(path, Damage(kind, original, random));
            Answer(kind is "yaml" or "json" ? "validate" : i % 4 == 0 ? "import" : "check", path, folder.Path);
        }
    }

    [Fact]
    [Trait("Requires", "debian")]
    public void Damaged_pdfs_get_an_answer_never_a_crash()
    {
        var original = PdfSamples.Result("panzhou-2024.yaml").Bytes;
        var random = new Random(16);
        using var folder = new TempDirectory();
        for (var i = 0; i < FilesPerKind / 2; i++)
        {
            var path = Path.Combine(folder.Path, $"fuzz-{i}.pdf");
            File.WriteAllBytes(path, FlipBytes(original, random, 1 + random.Next(64)));
            Answer("check", path, folder.Path);
        }
    }

    private static void Answer(string command, string path, string folder)
    {
        var arguments = command == "import" ? new[] { command, path, "-o", Path.Combine(folder, "imported.yaml"), "--force" } : [command, path];
        var allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        var result = CliRunner.Run(arguments);
        clock.Stop();

        var what = $"govreport {command} {Path.GetFileName(path)}";
        result.ExitCode.ShouldBeOneOf([0, 1, 2], $"{what}: {result.Error}");
        (result.Out + result.Error).ShouldNotContain("   at ", customMessage: what);
        (result.Out + result.Error).ShouldNotContain("Exception", customMessage: what);
        if (result.ExitCode == 2)
        {
            (result.Out + result.Error).ShouldContain(Path.GetFileName(path), customMessage: what);
        }

        clock.Elapsed.ShouldBeLessThan(TimePerFile, what);
        (GC.GetTotalAllocatedBytes() - allocated).ShouldBeLessThan(BytesPerFile, what);
    }

    private static byte[] Original(string kind) => kind switch
    {
        "yaml" => File.ReadAllBytes(RepoPaths.Sample("panzhou-2024.yaml")),
        "json" => File.ReadAllBytes(RepoPaths.TestData("Input", "panzhou-2024.json")),
        "txt" => File.ReadAllBytes(SeedReadingTests.Seed("001")),
        "html" => GovReport.Load(RepoPaths.Sample("mengga-2024.yaml")).ToHtmlBytes(),
        _ => GovReport.Load(RepoPaths.Sample("panzhou-2024.yaml")).ToDocx(),
    };

    private static byte[] Damage(string kind, byte[] original, Random random)
    {
        if (kind != "docx")
        {
            return random.Next(8) == 0
                ? FlipBytes(original, random, 1 + random.Next(16))
                : Encoding.UTF8.GetBytes(TextMutator.Mutate(Encoding.UTF8.GetString(original), random, 1 + random.Next(12), Noise));
        }

        return random.Next(3) == 0 ? FlipBytes(original, random, 1 + random.Next(32)) : DamageDocumentXml(original, random);
    }

    /// <summary>A .docx that is still a valid package, with its document.xml damaged as text.</summary>
    private static byte[] DamageDocumentXml(byte[] docx, Random random)
    {
        using var output = new MemoryStream();
        output.Write(docx);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write(TextMutator.Mutate(xml, random, 1 + random.Next(20), Noise));
        }

        return output.ToArray();
    }

    private static byte[] FlipBytes(byte[] original, Random random, int flips)
    {
        var bytes = (byte[])original.Clone();
        for (var i = 0; i < flips; i++)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        return bytes;
    }
}
