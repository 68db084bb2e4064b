using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Tests.Support;
using PdfSharp.Pdf.IO;

namespace GovReportDocs.Tests.Pdf;

/// <summary>What a reader of the published PDF gets: every label, every number in its row, embedded fonts, bookmarks.</summary>
[Trait("Requires", "debian")]
public class PdfRendererTests
{
    public static TheoryData<string> SampleFiles => new() { "panzhou-2024.yaml", "mengga-2024.yaml" };

    private static string RawText(string sample) => ExternalTool.Squeeze(ExternalTool.Run("pdftotext", "-raw", PdfSamples.Path(sample), "-"));

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Every_label_of_the_three_tables_is_in_the_text(string sample)
    {
        var text = RawText(sample);
        foreach (var label in ReportTables.All.SelectMany(t => t.Labels))
        {
            text.ShouldContain(ExternalTool.Squeeze(label));
        }

        foreach (var title in PartTitles.All)
        {
            text.ShouldContain(title);
        }
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Every_row_of_table_3_carries_its_numbers(string sample)
    {
        var report = Samples.Load(sample);
        var text = RawText(sample);
        foreach (var spec in ApplicationRows.All)
        {
            var numbers = string.Concat(ApplicantColumns.All.Select(c => report.Applications[spec.Row][c]));
            text.ShouldContain(ExternalTool.Squeeze(spec.Label) + numbers, customMessage: spec.Label);
        }
    }

    [Fact]
    public void Tables_2_and_4_carry_their_numbers_row_by_row()
    {
        var text = RawText("panzhou-2024.yaml");
        text.ShouldContain("规章000行政规范性文件41334");
        text.ShouldContain("行政许可0");
        text.ShouldContain("行政事业性收费0");
        text.ShouldContain("尚未审结总计201030000000112");
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Only_embedded_subset_fonts(string sample)
    {
        var fonts = ExternalTool.Run("pdffonts", PdfSamples.Path(sample)).Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        fonts.ShouldNotBeEmpty();
        foreach (var font in fonts)
        {
            font.ShouldMatch(@"^[A-Z]{6}\+.*CID TrueType\s+Identity-H\s+yes\s+yes\s+yes", font);
        }
    }

    [Fact]
    public void When_table_3_crosses_a_page_its_header_rows_appear_again()
    {
        var path = PdfSamples.Path(PdfSamples.BigCity);
        var pages = PdfSamples.Result(PdfSamples.BigCity).PageCount;
        var withHeader = Enumerable.Range(1, pages)
            .Where(p => ExternalTool.Squeeze(ExternalTool.Run("pdftotext", "-raw", "-f", $"{p}", "-l", $"{p}", path, "-"))
                .Contains("申请人情况自然人法人或其他组织"))
            .ToList();
        withHeader.Count.ShouldBe(2);
        (withHeader[1] - withHeader[0]).ShouldBe(1);
        var second = ExternalTool.Squeeze(ExternalTool.Run("pdftotext", "-raw", "-f", $"{withHeader[1]}", "-l", $"{withHeader[1]}", path, "-"));
        second.ShouldContain("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
        second.ShouldContain("四、结转下年度继续办理");
    }

    [Fact]
    public void A_merged_label_cut_by_a_page_break_is_repeated()
    {
        // 三、本年度办理结果 spans 22 rows; when it crosses a page, its label stands on both pages.
        var path = PdfSamples.Path(PdfSamples.BigCity);
        var pages = Enumerable.Range(1, PdfSamples.Result(PdfSamples.BigCity).PageCount)
            .Select(p => ExternalTool.Squeeze(ExternalTool.Run("pdftotext", "-raw", "-f", $"{p}", "-l", $"{p}", path, "-")))
            .ToList();
        var withResults = pages.Count(p => p.Contains("（一）予以公开") || p.Contains("（七）总计"));
        var withLabel = pages.Count(p => p.Contains("三、本年度办理结果"));
        withResults.ShouldBe(2);
        withLabel.ShouldBe(withResults);
    }

    [Fact]
    public void The_fonts_carry_only_the_glyphs_drawn_so_a_report_stays_small()
    {
        // Issue 25: 416 KB while subsets kept the faces' 27,000–45,000 glyph slots; renumbered, about 210 KB.
        PdfSamples.Result("panzhou-2024.yaml").Bytes.Length.ShouldBeLessThanOrEqualTo(300 * 1024);
    }

    [Fact]
    public void Bookmarks_lead_to_the_six_parts()
    {
        using var document = PdfReader.Open(new MemoryStream(PdfSamples.Result("panzhou-2024.yaml").Bytes), PdfDocumentOpenMode.Import);
        document.Outlines.Select(o => o.Title).ShouldBe(PartTitles.All);
    }

    [Fact]
    public void Document_information_names_the_report()
    {
        var info = ExternalTool.Run("pdfinfo", PdfSamples.Path("panzhou-2024.yaml"));
        info.ShouldContain("Title:           盘州市人民政府2024年政府信息公开工作年度报告");
        info.ShouldContain("Author:          盘州市人民政府");
        info.ShouldContain("Subject:         政府信息公开工作年度报告");
        info.ShouldContain("CreationDate:    Mon Jan 20 00:00:00 2025 UTC");
        info.ShouldContain("Page size:       595.276 x 841.89 pts (A4)");
        ExternalTool.Run("pdfinfo", PdfSamples.Path("mengga-2024.yaml")).ShouldNotContain("CreationDate");
    }

    [Fact]
    public void Page_numbers_are_em_dashed_and_every_page_has_its_own()
    {
        var path = PdfSamples.Path("mengga-2024.yaml");
        var pages = PdfSamples.Result("mengga-2024.yaml").PageCount;
        for (var page = 1; page <= pages; page++)
        {
            ExternalTool.Squeeze(ExternalTool.Run("pdftotext", "-raw", "-f", $"{page}", "-l", $"{page}", path, "-")).ShouldEndWith($"—{page}—");
        }
    }

    [Fact]
    public void The_closing_never_stands_alone_on_a_page()
    {
        var path = PdfSamples.Path("panzhou-2024.yaml");
        var pages = PdfSamples.Result("panzhou-2024.yaml").PageCount;
        var last = ExternalTool.Squeeze(ExternalTool.Run("pdftotext", "-raw", "-f", $"{pages}", "-l", $"{pages}", path, "-"));
        last.ShouldContain("2024年度，本机关未收取信息处理费。盘州市人民政府2025年1月20日");
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes_even_in_parallel()
    {
        var reports = Enumerable.Range(0, 8).Select(i => Samples.Mengga with { Agency = $"第{i}号镇人民政府" }).ToList();
        var sequential = reports.Select(r => PdfSamples.Render(r).Bytes).ToList();
        var parallel = new byte[reports.Count][];
        Parallel.For(0, reports.Count, i => parallel[i] = PdfSamples.Render(reports[i]).Bytes);
        for (var i = 0; i < reports.Count; i++)
        {
            parallel[i].ShouldBe(sequential[i]);
        }

        sequential[0].ShouldNotBe(sequential[1]);
    }

    [Fact]
    public void Body_lines_hold_28_characters()
    {
        var report = AnnualReport.Empty("某局", 2024) with { Overview = new Overview(new string('政', 200)) };
        var result = PdfSamples.Render(report);
        using var dir = new TempDirectory();
        var path = dir.File("lines.pdf");
        File.WriteAllBytes(path, result.Bytes);
        var lines = ExternalTool.Run("pdftotext", "-raw", path, "-").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l.All(c => c == '政')).ToList();
        lines.First().Length.ShouldBe(26); // two characters of indent
        lines.Skip(1).SkipLast(1).ShouldAllBe(l => l.Length == 28);
    }
}
