using GovReportDocs.Reading.Sources.Pdf;
using GovReportDocs.Tests.Support;
using UglyToad.PdfPig;

namespace GovReportDocs.Tests.Reading;

/// <summary>
/// The PDF reader's own run of the content stream (<see cref="TextOperatorPage"/>) against PdfPig's page reading
/// (<see cref="PdfContentExtractor.Copy"/>), page by page over every PDF of the tests: the same letters (text,
/// position, size, weight) and the same rulings, or none at all (null: PdfPig reads that page).
/// </summary>
public class TextOperatorPageTests
{
    private const double Tolerance = 1e-6;

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "GovReportDocs.Tests"), "*.pdf", SearchOption.AllDirectories).Order())
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, file));
        }

        return data;
    }

    public static TheoryData<string> Rendered() => ["panzhou-2024.yaml", "mengga-2024.yaml", PdfSamples.BigCity];

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_page_of_a_test_pdf_reads_as_pdfpig_reads_it(string file)
    {
        Compare(File.ReadAllBytes(Path.Combine(RepoPaths.Root, file)));
    }

    [Theory]
    [Trait("Requires", "debian")]
    [MemberData(nameof(Rendered))]
    public void Each_page_of_our_rendered_pdf_reads_as_pdfpig_reads_it_and_by_operators(string sample)
    {
        Compare(PdfSamples.Result(sample).Bytes).ShouldNotContain(false, "every page read by operators, none left to PdfPig");
    }

    [Theory]
    [InlineData("tests/GovReportDocs.Tests/Reading/Corpus/18-hongze-2023-wps.pdf")]
    [InlineData("tests/GovReportDocs.Tests/Reading/Corpus/19-hongze-2024-wps.pdf")]
    [InlineData("tests/GovReportDocs.Tests/Reading/Forms/panzhou-2024-libreoffice.pdf")]
    public void The_wps_and_libreoffice_pdfs_are_read_by_operators_on_every_page(string file)
    {
        Compare(File.ReadAllBytes(Path.Combine(RepoPaths.Root, file))).ShouldNotContain(false);
    }

    /// <returns>For each page, whether the operators read it (else PdfPig alone did).</returns>
    private static List<bool> Compare(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        document.AddPageFactory<PdfPageContent?>(new TextOperatorPage(document.Structure.TokenScanner, document.Structure.FilterProvider));
        var read = new List<bool>();
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            var expected = PdfContentExtractor.Copy(document.GetPage(number), number);
            var actual = document.GetPage<PdfPageContent?>(number);
            read.Add(actual is not null);
            if (actual is null)
            {
                continue;
            }

            (actual.Width, actual.Height).ShouldBe((expected.Width, expected.Height), $"page {number}");
            actual.Glyphs.Count.ShouldBe(expected.Glyphs.Count, $"page {number}: letters");
            for (var i = 0; i < expected.Glyphs.Count; i++)
            {
                var (a, e) = (actual.Glyphs[i], expected.Glyphs[i]);
                var at = $"page {number}, letter {i} ({e.Text})";
                (a.Text, a.Heavy).ShouldBe((e.Text, e.Heavy), at);
                a.Left.ShouldBe(e.Left, Tolerance, at);
                a.Right.ShouldBe(e.Right, Tolerance, at);
                a.Baseline.ShouldBe(e.Baseline, Tolerance, at);
                a.Size.ShouldBe(e.Size, Tolerance, at);
            }

            actual.Rulings.Count.ShouldBe(expected.Rulings.Count, $"page {number}: rulings");
            for (var i = 0; i < expected.Rulings.Count; i++)
            {
                var (a, e) = (actual.Rulings[i], expected.Rulings[i]);
                var at = $"page {number}, ruling {i}";
                a.IsHorizontal.ShouldBe(e.IsHorizontal, at);
                a.At.ShouldBe(e.At, Tolerance, at);
                a.From.ShouldBe(e.From, Tolerance, at);
                a.To.ShouldBe(e.To, Tolerance, at);
            }
        }

        return read;
    }
}
