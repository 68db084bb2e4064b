using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using GovReportDocs.Composition;
using GovReportDocs.Docx;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Tests.Support;
using GovReportDocs.Validation;

namespace GovReportDocs.Tests.Docx;

public class DocxRendererTests
{
    public static TheoryData<string> SampleFiles => new() { "panzhou-2024.yaml", "mengga-2024.yaml" };

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void The_openxml_validator_finds_no_error(string sample)
    {
        using var docx = new DocxReadBack(DocxRenderer.Render(Samples.Load(sample)));
        var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(docx.Document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        errors.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Every_table_cell_holds_its_label_or_number_with_the_described_merges(string sample)
    {
        var report = Samples.Load(sample);
        var sheet = StatisticsSheet.FromReport(report);
        using var docx = new DocxReadBack(DocxRenderer.Render(report));
        docx.Tables.Count.ShouldBe(3);
        foreach (var (description, table) in ReportTables.All.Zip(docx.Tables))
        {
            var block = new TableBlock(description, sheet);
            var grid = DocxReadBack.Grid(table);
            grid.Length.ShouldBe(description.RowCount, description.Name);
            table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count().ShouldBe(description.ColumnCount);
            for (var row = 0; row < description.RowCount; row++)
            {
                grid[row].Length.ShouldBe(description.ColumnCount, $"{description.Name} row {row}");
                for (var column = 0; column < description.ColumnCount; column++)
                {
                    var expected = description.CellAt(row, column);
                    var actual = grid[row][column];
                    actual.GridSpan.ShouldBe(expected.ColumnSpan, $"{description.Name} ({row},{column})");
                    var merge = expected.RowSpan == 1 ? null : row == expected.Row ? "restart" : "continue";
                    actual.VerticalMerge.ShouldBe(merge, $"{description.Name} ({row},{column})");
                    actual.Text.ShouldBe(row == expected.Row ? block.TextOf(expected) : "", $"{description.Name} ({row},{column})");
                }
            }
        }
    }

    [Fact]
    public void The_numbers_land_in_their_cells()
    {
        using var docx = new DocxReadBack(DocxRenderer.Render(Samples.Panzhou));
        var table2 = DocxReadBack.Grid(docx.Tables[0]);
        table2[3].Select(c => c.Text).ShouldBe(["行政规范性文件", "4", "13", "34"]);
        var table3 = DocxReadBack.Grid(docx.Tables[1]);
        table3[4].Skip(3).Select(c => c.Text).ShouldBe(["4", "0", "0", "0", "0", "0", "4"]);
        table3[26].Skip(1).Select(c => c.Text).ShouldBe(["（七）总计", "（七）总计", "34", "0", "0", "0", "0", "0", "34"]);
        var table4 = DocxReadBack.Grid(docx.Tables[2]);
        table4[3].Select(c => c.Text).ShouldBe(["2", "0", "1", "0", "3", "0", "0", "0", "0", "0", "0", "0", "1", "1", "2"]);
    }

    [Fact]
    public void Header_rows_repeat_and_no_row_splits()
    {
        using var docx = new DocxReadBack(DocxRenderer.Render(Samples.Panzhou));
        foreach (var (description, table) in ReportTables.All.Zip(docx.Tables))
        {
            var rows = table.Elements<TableRow>().ToList();
            rows.ShouldAllBe(r => r.TableRowProperties!.GetFirstChild<CantSplit>() != null);
            rows.Select(r => r.TableRowProperties!.GetFirstChild<TableHeader>() != null)
                .ShouldBe(Enumerable.Range(0, description.RowCount).Select(i => i < description.HeaderRowCount));
        }
    }

    [Fact]
    public void Tables_fit_the_156_mm_text_width()
    {
        using var docx = new DocxReadBack(DocxRenderer.Render(Samples.Panzhou));
        foreach (var table in docx.Tables)
        {
            table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!, CultureInfo.InvariantCulture)).ShouldBe(11906 - 1587 - 1474);
        }
    }

    [Fact]
    public void The_document_follows_the_structure_of_the_format()
    {
        using var docx = new DocxReadBack(DocxRenderer.Render(Samples.Panzhou));
        var paragraphs = docx.Paragraphs;
        paragraphs[0].ShouldBe(("Title", "盘州市人民政府2024年政府信息公开工作年度报告"));
        paragraphs.Where(p => p.Style == "Heading1").Select(p => p.Text).ShouldBe(PartTitles.All);
        paragraphs.Where(p => p.Style == "Heading2").Select(p => p.Text).ShouldBe(PartTitles.OverviewAspects);
        paragraphs.Where(p => p.Style == "Closing").Select(p => p.Text).ShouldBe(["盘州市人民政府", "2025年1月20日"]);
        docx.Body.Elements<Paragraph>().First().Descendants<Break>().Count().ShouldBe(1);
    }

    [Fact]
    public void Numbers_in_the_text_equal_the_tables()
    {
        foreach (var report in new[] { Samples.Panzhou, Samples.Mengga, Samples.Panzhou with { Overview = Overview.Default } })
        {
            using var docx = new DocxReadBack(DocxRenderer.Render(report));
            var context = new ValidationContext(report, StatisticsSheet.FromReport(report)) { Texts = docx.Paragraphs.Select(p => p.Text).ToList() };
            new R7TextNumbers().Check(context).ShouldBeEmpty();
        }
    }

    [Fact]
    public void R7_catches_a_number_typed_by_hand_that_disagrees()
    {
        var report = Samples.Panzhou with { Overview = Samples.Panzhou.Overview with { OnRequest = "本年度新收政府信息公开申请35件，办结34件。" } };
        var context = new ValidationContext(report, StatisticsSheet.FromReport(report)) { Texts = ReportComposer.Compose(report).Texts.ToList() };
        new R7TextNumbers().Check(context).Single().Message
            .ShouldBe("正文“本年度新收政府信息公开申请35件，办结34件。”中的新收申请数应为33（表三第一行“本年新收”总计），实际为35");
    }

    [Fact]
    public void Page_size_margins_and_page_numbers_follow_gbt_9704()
    {
        using var docx = new DocxReadBack(DocxRenderer.Render(Samples.Panzhou));
        var section = docx.Body.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        (size.Width!.Value, size.Height!.Value).ShouldBe((11906u, 16838u));
        var margin = section.GetFirstChild<PageMargin>()!;
        (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value).ShouldBe((2098, 1984, 1587u, 1474u));

        var main = docx.Document.MainDocumentPart!;
        main.DocumentSettingsPart!.Settings.GetFirstChild<EvenAndOddHeaders>().ShouldNotBeNull();
        var odd = (FooterPart)main.GetPartById(DocxPage.OddFooterId);
        var even = (FooterPart)main.GetPartById(DocxPage.EvenFooterId);
        odd.Footer.InnerText.ShouldBe("— 1 —");
        odd.Footer.Descendants<Justification>().Single().Val!.Value.ShouldBe(JustificationValues.Right);
        even.Footer.Descendants<Justification>().Single().Val!.Value.ShouldBe(JustificationValues.Left);
        odd.Footer.Descendants<SimpleField>().Single().Instruction!.Value!.Trim().ShouldBe("PAGE");
    }

    [Fact]
    public void Named_styles_carry_the_official_fonts_and_sizes()
    {
        using var docx = new DocxReadBack(DocxRenderer.Render(Samples.Panzhou));
        var styles = docx.Document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        (string Id, string Font, string Size, bool Bold)[] expected =
        [
            ("Title", "方正小标宋简体", "44", false), ("Normal", "仿宋_GB2312", "32", false), ("Heading1", "黑体", "32", false),
            ("Heading2", "楷体_GB2312", "32", false), ("Heading3", "仿宋_GB2312", "32", true), ("TableText", "宋体", "21", false),
            ("PageNumber", "宋体", "28", false),
        ];
        foreach (var (id, font, size, bold) in expected)
        {
            var run = styles[id].StyleRunProperties!;
            (run.RunFonts!.EastAsia!.Value, run.FontSize!.Val!.Value, run.Bold != null).ShouldBe((font, size, bold), id);
        }

        styles["Heading1"].StyleParagraphProperties!.OutlineLevel!.Val!.Value.ShouldBe(0);
        styles["Normal"].StyleParagraphProperties!.Indentation!.FirstLineChars!.Value.ShouldBe(200);
    }

    [Fact]
    public void Document_properties_name_the_report_and_its_agency()
    {
        using var docx = new DocxReadBack(DocxRenderer.Render(Samples.Panzhou));
        var properties = docx.Document.PackageProperties;
        properties.Title.ShouldBe("盘州市人民政府2024年政府信息公开工作年度报告");
        properties.Creator.ShouldBe("盘州市人民政府");
        properties.Created.ShouldBe(new DateTime(2025, 1, 20, 0, 0, 0, DateTimeKind.Utc));

        using var undated = new DocxReadBack(DocxRenderer.Render(Samples.Mengga));
        undated.Document.PackageProperties.Created.ShouldBeNull();
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        DocxRenderer.Render(Samples.Load("panzhou-2024.yaml")).ShouldBe(DocxRenderer.Render(Samples.Load("panzhou-2024.yaml")));
    }

    [Fact]
    public void Sixteen_reports_rendered_in_parallel_equal_one_by_one()
    {
        var reports = Enumerable.Range(0, 16)
            .Select(i => (i % 2 == 0 ? Samples.Panzhou : Samples.Mengga) with { Agency = $"第{i}号机关" })
            .ToList();
        var sequential = reports.Select(r => DocxRenderer.Render(r)).ToList();
        var parallel = new byte[16][];
        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => parallel[i] = DocxRenderer.Render(reports[i]));
        for (var i = 0; i < 16; i++)
        {
            parallel[i].ShouldBe(sequential[i], $"report {i}");
        }
    }
}
