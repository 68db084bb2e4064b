using GovReportDocs.Reading.Sources.Pdf;
using GovReportDocs.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokens;

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
        var pdf = PdfSamples.Result(sample).Bytes;
        Compare(pdf).ShouldNotContain(false, "every page read by operators, none left to PdfPig");
        FallenBackInTheReader(pdf).ShouldBe(0, "pages the reader itself left to PdfPig");
    }

    /// <summary>
    /// The PDFs our reader is meant for: the WPS ones of the corpus, the Chromium and LibreOffice (template) prints of
    /// the corpus forms, LibreOffice's print of a sample. Each page is read by operators, none left to PdfPig — but a
    /// page with a Type 3 font, which the reader leaves to PdfPig by design (TextFont; Chromium draws some glyphs so),
    /// and only such a page.
    /// </summary>
    public static TheoryData<string> MeantForOperators() => new(OperatorPdfs());

    private static IEnumerable<string> OperatorPdfs() =>
    [
        "tests/GovReportDocs.Tests/Reading/Corpus/18-hongze-2023-wps.pdf",
        "tests/GovReportDocs.Tests/Reading/Corpus/19-hongze-2024-wps.pdf",
        "tests/GovReportDocs.Tests/Reading/Forms/panzhou-2024-libreoffice.pdf",
        .. Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "GovReportDocs.Tests", "Reading", "Corpus", "forms"), "*.pdf")
            .Order().Select(file => Path.GetRelativePath(RepoPaths.Root, file)),
    ];

    [Theory]
    [MemberData(nameof(MeantForOperators))]
    public void The_wps_chromium_and_libreoffice_pdfs_are_read_by_operators_on_every_page_without_a_type_3_font(string file)
    {
        var pdf = File.ReadAllBytes(Path.Combine(RepoPaths.Root, file));
        var type3 = PagesWithType3Fonts(pdf);
        if (!file.EndsWith(".chromium.pdf", StringComparison.Ordinal))
        {
            type3.ShouldNotContain(true, "only Chromium draws glyphs with Type 3 fonts");
        }

        var read = Compare(pdf);
        for (var page = 0; page < read.Count; page++)
        {
            read[page].ShouldBe(!type3[page], $"page {page + 1}: read by operators unless it has a Type 3 font");
        }

        FallenBackInTheReader(pdf).ShouldBe(type3.Count(t => t), "pages the reader itself left to PdfPig");
    }

    [Fact]
    public void The_corpus_forms_have_pdfs_of_both_printers()
    {
        // Guards the list above: an empty folder would make the theory vacuous.
        var files = OperatorPdfs().ToList();
        files.Count(f => f.EndsWith(".chromium.pdf", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(5);
        files.Count(f => f.EndsWith(".template.pdf", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(5);
    }

    /// <summary>For each page, whether its own fonts include a Type 3 font (glyphs drawn by content streams).</summary>
    private static List<bool> PagesWithType3Fonts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        var scanner = document.Structure.TokenScanner;
        return [.. Enumerable.Range(1, document.NumberOfPages).Select(number =>
            document.GetPage(number).Dictionary.TryGet(NameToken.Resources, scanner, out DictionaryToken? resources)
            && resources.TryGet(NameToken.Font, scanner, out DictionaryToken? fonts)
            && fonts.Data.Values.Any(font => DirectObjectFinder.TryGet(font, scanner, out DictionaryToken? dictionary)
                && dictionary.TryGet(NameToken.Subtype, scanner, out NameToken? subtype) && subtype.Data == "Type3"))];
    }

    /// <summary>The count of fallen-back pages as the reader the library uses (<see cref="PdfContentExtractor.Extract(Stream, CancellationToken, out int)"/>) reports it.</summary>
    private static int FallenBackInTheReader(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        var pages = PdfContentExtractor.Extract(stream, CancellationToken.None, out var fallenBack);
        pages.ShouldNotBeEmpty();
        return fallenBack;
    }

    /// <returns>For each page, whether the operators read it (else PdfPig alone did).</returns>
    private static List<bool> Compare(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        var operators = new TextOperatorPage(document.Structure.TokenScanner, document.Structure.FilterProvider);
        document.AddPageFactory<PdfPageContent?>(operators);
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

        operators.FallenBack.ShouldBe(read.Count(r => !r), "the reader's own count of pages left to PdfPig");
        return read;
    }
}
