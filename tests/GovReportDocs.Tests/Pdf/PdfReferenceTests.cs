using System.IO.Compression;
using System.Text.RegularExpressions;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Pdf;

/// <summary>
/// The PDFs of the samples and the stress inputs against the reference captured from the PDFsharp writer before our own
/// writer replaced it (Pdf/Data/Reference): the same pages, the same text as `pdftotext -layout` places it, the same
/// structure tree as `pdfinfo -struct-text` prints it, the same kind of fonts, and page images equal within a few
/// pixels. With GOVREPORT_WRITE_PDF_REFERENCE=1 the tests write the reference instead (only when the pages are meant to change).
/// </summary>
[Trait("Requires", "debian")]
public partial class PdfReferenceTests
{
    /// <summary>Low enough to keep the reference small, high enough that a moved line or a lost glyph shows.</summary>
    private const int Dpi = 24;

    /// <summary>A pixel differs when its grey moves this far (of 255): anti-aliasing at the edges moves less.</summary>
    private const int PixelTolerance = 64;

    /// <summary>At most this share of a page's pixels may differ.</summary>
    private const double PageTolerance = 0.002;

    private static readonly bool Writing = Environment.GetEnvironmentVariable("GOVREPORT_WRITE_PDF_REFERENCE") == "1";

    public static TheoryData<string> Inputs => ["panzhou-2024.yaml", "mengga-2024.yaml", .. StressInputs.Names];

    private static string Reference(string input, string extension) =>
        RepoPaths.TestData("Pdf", Path.Combine("Reference", Path.GetFileNameWithoutExtension(input) + extension));

    private static readonly Dictionary<string, Lazy<string>> Rendered = [];

    /// <summary>The input rendered once per test run, written where poppler reads it.</summary>
    private static string Render(string input)
    {
        Lazy<string> lazy;
        lock (Rendered)
        {
            if (!Rendered.TryGetValue(input, out lazy!))
            {
                Rendered[input] = lazy = new Lazy<string>(() =>
                {
                    var report = input.Contains("-2024", StringComparison.Ordinal) ? Samples.Load(input) : StressInputs.Load(input);
                    var folder = Path.Combine(Path.GetTempPath(), "govreport-reference-" + Environment.ProcessId);
                    Directory.CreateDirectory(folder);
                    var path = Path.Combine(folder, Path.ChangeExtension(input, ".pdf"));
                    File.WriteAllBytes(path, PdfSamples.Render(report).Bytes);
                    return path;
                });
            }
        }

        return lazy.Value;
    }

    private static void Compare(string input, string extension, string actual)
    {
        var path = Reference(input, extension);
        if (Writing)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        actual.ShouldBe(File.ReadAllText(path), $"{input}: {extension} differs from the reference");
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_text_stands_where_it_stood(string input)
    {
        var layout = ExternalTool.Run("pdftotext", "-layout", Render(input), "-");
        if (Writing)
        {
            Compare(input, ".layout.txt", layout);
            return;
        }

        // The same characters on the same lines in the same order. How many spaces pdftotext puts between two columns can
        // flip when a glyph moves by a thousandth of a point (the two writers round differently); the page images
        // below check where things stand.
        static string Words(string text) => string.Join('\n', text.Split('\n').Select(ExternalTool.Squeeze));
        Words(layout).ShouldBe(Words(File.ReadAllText(Reference(input, ".layout.txt"))), $"{input}: the text differs from the reference");
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_structure_tree_is_the_same(string input) =>
        Compare(input, ".struct.txt", ExternalTool.Run("pdfinfo", "-struct-text", Render(input)));

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_fonts_are_the_same_kind(string input)
    {
        // The subset tag (ABCDEF+) is the writer's to choose; the face, type, encoding and flags are not.
        var fonts = ExternalTool.Run("pdffonts", Render(input)).Split('\n').Skip(2).Where(l => l.Trim().Length > 0)
            .Select(l => SubsetTag().Replace(Spaces().Replace(l, " "), "XXXXXX+"))
            .Select(l => ObjectNumbers().Replace(l, "").TrimEnd());
        Compare(input, ".fonts.txt", string.Join('\n', fonts.Order(StringComparer.Ordinal)) + "\n");
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_pages_look_the_same(string input)
    {
        var pages = PageImages(Render(input));
        var path = Reference(input, ".pages.gz");
        if (Writing)
        {
            using var file = File.Create(path);
            using var zip = new GZipStream(file, CompressionLevel.SmallestSize);
            foreach (var page in pages)
            {
                zip.Write(page.Pgm);
            }

            return;
        }

        var expected = ReadPages(path);
        pages.Count.ShouldBe(expected.Count, $"{input}: page count");
        for (var i = 0; i < pages.Count; i++)
        {
            (pages[i].Width, pages[i].Height).ShouldBe((expected[i].Width, expected[i].Height), $"{input} page {i + 1}");
            var differing = 0;
            for (var p = 0; p < pages[i].Pixels.Length; p++)
            {
                if (Math.Abs(pages[i].Pixels[p] - expected[i].Pixels[p]) > PixelTolerance)
                {
                    differing++;
                }
            }

            ((double)differing / pages[i].Pixels.Length).ShouldBeLessThanOrEqualTo(PageTolerance,
                $"{input} page {i + 1}: {differing} pixels differ");
        }
    }

    private sealed record Page(int Width, int Height, byte[] Pixels, byte[] Pgm);

    private static List<Page> PageImages(string pdf)
    {
        using var dir = new TempDirectory();
        ExternalTool.Run("pdftoppm", "-gray", "-r", Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, dir.File("p"));
        return Directory.GetFiles(dir.Path, "p-*.pgm").Order(StringComparer.Ordinal)
            .SelectMany(f => ParsePages(File.ReadAllBytes(f))).ToList();
    }

    private static List<Page> ReadPages(string path)
    {
        using var file = File.OpenRead(path);
        using var zip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        zip.CopyTo(memory);
        return ParsePages(memory.ToArray());
    }

    /// <summary>Binary PGMs (P5, 8 bits) one after the other.</summary>
    private static List<Page> ParsePages(byte[] bytes) =>
        Pgm.ReadAll(bytes).Select(image => new Page(image.Width, image.Height, image.Pixels, image.Bytes)).ToList();

    [GeneratedRegex(@"\b[A-Z]{6}\+")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex Spaces();

    /// <summary>pdffonts ends each line with the font's object number and generation, which are the writer's to choose.</summary>
    [GeneratedRegex(@"\s+\d+\s+\d+\s*$")]
    private static partial Regex ObjectNumbers();
}
