using System.Text.RegularExpressions;
using GovReportDocs.Composition;
using GovReportDocs.Composition.Layout;
using GovReportDocs.Docx;
using GovReportDocs.NationalFormat;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Stress;

/// <summary>
/// Every stress input rendered to PDF and to .docx (converted by LibreOffice) and read back from the pages with
/// poppler: numbers whole inside their cells, no heading at a page foot, the closing never alone, table 3's header
/// on each of its pages, and the two formats within a page of each other.
/// </summary>
[Trait("Requires", "debian")]
public partial class StressRenderingTests
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "govreport-stress-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        var docx = new List<string>();
        foreach (var name in StressInputs.Names.Concat(SampleNames))
        {
            var composed = SampleNames.Contains(name) ? ReportComposer.Compose(Samples.Load(name)) : StressInputs.Compose(name);
            var stem = System.IO.Path.Combine(folder, System.IO.Path.GetFileNameWithoutExtension(name));
            File.WriteAllBytes(stem + ".pdf", PdfSamples.Render(composed.Report).Bytes);
            File.WriteAllBytes(stem + ".docx", DocxRenderer.Render(composed));
            Directory.CreateDirectory(System.IO.Path.Combine(folder, "spaced"));
            File.WriteAllBytes(System.IO.Path.Combine(folder, "spaced", System.IO.Path.GetFileName(stem) + ".pdf"),
                LibreOfficeSpacing.Render(composed));
            docx.Add(stem + ".docx");
        }

        var office = System.IO.Path.Combine(folder, "office");
        // With the faces the PDF embeds in place of the Windows names the .docx gives, so the pages can be compared.
        ExternalTool.Run("soffice", [$"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to", "pdf", "--outdir", office, .. docx],
            new Dictionary<string, string> { ["FONTCONFIG_FILE"] = StressInputs.Path("fonts.conf") });
        return folder;
    });

    /// <summary>The PDF laid out as LibreOffice sets the .docx (<see cref="LibreOfficeSpacing"/>).</summary>
    private static string SpacedPdf(string input) =>
        System.IO.Path.Combine(Folder.Value, "spaced", System.IO.Path.ChangeExtension(input, ".pdf"));

    /// <summary>The PDF as published, or the .docx as LibreOffice prints it.</summary>
    private static string Pdf(string input, bool fromDocx) =>
        System.IO.Path.Combine(Folder.Value, fromDocx ? "office" : "", System.IO.Path.ChangeExtension(input, ".pdf"));

    public static TheoryData<string, bool> Files()
    {
        var data = new TheoryData<string, bool>();
        foreach (var name in StressInputs.Names)
        {
            data.Add(name, false);
            data.Add(name, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_number_of_every_cell_is_on_one_line_inside_its_cell(string input, bool fromDocx)
    {
        var composed = StressInputs.Compose(input);
        var words = PdfWords.Read(Pdf(input, fromDocx));
        var left = PageLayout.LeftMm * PageLayout.PointsPerMm;
        foreach (var block in composed.Blocks.OfType<TableBlock>())
        {
            var edges = block.Table.ColumnEdges;
            foreach (var cell in block.Table.DatumCells)
            {
                var text = block.TextOf(cell);
                var from = left + edges[cell.Column] * PageLayout.TextWidthPt - 1;
                var to = left + edges[cell.Column + cell.ColumnSpan] * PageLayout.TextWidthPt + 1;
                words.ShouldContain(w => w.Text == text && w.XMin >= from && w.XMax <= to,
                    $"{input} ({(fromDocx ? ".docx" : "PDF")}): {block.Table.Name} {cell.Datum} “{text}” is not whole inside its cell");
            }
        }
    }

    [Theory]
    [MemberData(nameof(StressInputs.All), MemberType = typeof(StressInputs))]
    public void A_number_is_squeezed_alike_in_both_formats_and_never_below_a_legible_width(string input)
    {
        // The .docx once condensed 5 digits to 75 % and 8 to 42–48 % where the PDF kept 5 digits at 100 %: one rule
        // (CellFit) now, no number under 70 %, 小五 before that.
        using (var docx = new DocxReadBack(DocxRenderer.Render(StressInputs.Compose(input))))
        {
            foreach (var run in docx.Tables.SelectMany(t => t.Descendants<DocumentFormat.OpenXml.Wordprocessing.Run>()))
            {
                var properties = run.RunProperties;
                (properties?.CharacterScale?.Val?.Value ?? 100).ShouldBeGreaterThanOrEqualTo((int)(CellFit.MinimumScale * 100), $"{input}: {run.InnerText}");
                int.Parse(properties?.FontSize?.Val?.Value ?? "21", System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo((int)(CellFit.SmallerPt * 2), $"{input}: {run.InnerText}");
            }
        }

        // As printed: each number as wide in the .docx (LibreOffice) as in the PDF, within the faces' difference.
        var composed = StressInputs.Compose(input);
        var pdf = PdfWords.Read(Pdf(input, fromDocx: false));
        var docxWords = PdfWords.Read(Pdf(input, fromDocx: true));
        var left = PageLayout.LeftMm * PageLayout.PointsPerMm;
        foreach (var block in composed.Blocks.OfType<TableBlock>())
        {
            var edges = block.Table.ColumnEdges;
            foreach (var cell in block.Table.DatumCells.Where(c => block.TextOf(c).Length >= 5))
            {
                var text = block.TextOf(cell);
                var from = left + (edges[cell.Column] * PageLayout.TextWidthPt) - 1;
                var to = left + (edges[cell.Column + cell.ColumnSpan] * PageLayout.TextWidthPt) + 1;
                double Width(IEnumerable<PdfWords.Word> words) => words.Where(w => w.Text == text && w.XMin >= from && w.XMax <= to).Min(w => w.XMax - w.XMin);
                Width(docxWords).ShouldBe(Width(pdf), Width(pdf) * 0.1, $"{input}: {block.Table.Name} {cell.Datum} “{text}”");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void No_page_ends_with_a_heading_and_the_closing_is_never_alone(string input, bool fromDocx)
    {
        var composed = StressInputs.Compose(input);
        var words = PdfWords.Read(Pdf(input, fromDocx));
        var headings = composed.Blocks.OfType<HeadingBlock>().Select(h => ExternalTool.Squeeze(h.Text)).ToHashSet();
        var date = ExternalTool.Squeeze(composed.Blocks.OfType<ClosingBlock>().Single().Lines[^1].Text);
        for (var page = 1; page <= words.Max(w => w.Page); page++)
        {
            var lines = PdfWords.Lines(words, page).Select(ExternalTool.Squeeze).Where(l => !l.StartsWith('—')).ToList();
            lines.ShouldNotBeEmpty();
            headings.ShouldNotContain(lines[^1], $"{input}: page {page} ends with a heading");
            if (date.Length > 0 && lines[^1] == date)
            {
                var closingLines = composed.Blocks.OfType<ClosingBlock>().Single().Lines.Count;
                lines.Count.ShouldBeGreaterThan(closingLines, $"{input}: the closing stands alone on page {page}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_page_of_table_3_carries_its_header_rows(string input, bool fromDocx)
    {
        var words = PdfWords.Read(Pdf(input, fromDocx));
        var rowLabels = new[] { "（七）总计", "四、结转下年度继续办理", "（一）予以公开" };
        for (var page = 1; page <= words.Max(w => w.Page); page++)
        {
            var text = string.Concat(PdfWords.Lines(words, page).Select(ExternalTool.Squeeze));
            if (rowLabels.Any(text.Contains))
            {
                text.ShouldContain("申请人情况", customMessage: $"{input}: page {page}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Table_3_starts_with_the_applications_received_and_its_results_label_starts_with_its_head(string input, bool fromDocx)
    {
        // Never its header alone at a page foot; 三、本年度办理结果 either starts there with the rows its text needs (to
        // the end of （三）不予公开, which its head reaches into) or starts the next page.
        var words = PdfWords.Read(Pdf(input, fromDocx));
        var pages = Enumerable.Range(1, words.Max(w => w.Page))
            .Select(page => string.Concat(PdfWords.Lines(words, page).Select(ExternalTool.Squeeze)))
            .ToList();
        var format = $"{input} ({(fromDocx ? ".docx" : "PDF")})";
        var start = pages.FindIndex(p => p.Contains("申请人情况", StringComparison.Ordinal));
        pages[start].ShouldContain("一、本年新收政府信息公开申请数量", customMessage: format);
        pages[start].ShouldContain("二、上年结转政府信息公开申请数量", customMessage: format);
        var labelPage = pages.FindIndex(p => p.Contains("（一）予以公开", StringComparison.Ordinal));
        labelPage.ShouldBeInRange(start, start + 1, format);
        pages[labelPage].ShouldContain("1.属于国家秘密", customMessage: format);
        pages[labelPage].ShouldContain("8.属于行政查询事项", customMessage: format);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void No_table_label_leaves_one_character_alone_on_its_last_line(string input, bool fromDocx)
    {
        // The .docx as LibreOffice printed it once set 2.其他法律行政法规禁止公 / 开; the PDF sets …禁止 / 公开.
        var lines = ExternalTool.Run("pdftotext", "-layout", Pdf(input, fromDocx), "-").Split('\n').Select(ExternalTool.Squeeze).ToList();
        // The numbered row labels (2.其他法律行政法规禁止公开, （三）不予公开): words such as 行政处罚 also stand in the
        // text, where a line may end anywhere inside them.
        foreach (var label in ReportTables.All.SelectMany(t => t.Labels).Where(l => l.Length > 5 && (char.IsAsciiDigit(l[0]) || l[0] == '（')).Distinct())
        {
            var allButLast = label[..^1];
            var last = label[^1];
            lines.ShouldNotContain(line => line.Contains(allButLast, StringComparison.Ordinal) && !line.Contains(label, StringComparison.Ordinal),
                $"{input} ({(fromDocx ? ".docx" : "PDF")}): “{label}” leaves “{last}” alone");
        }
    }

    [Theory]
    [MemberData(nameof(ComparableInputs))]
    public void The_docx_and_the_pdf_have_the_same_pages(string input)
    {
        var pdf = PdfWords.Read(Pdf(input, fromDocx: false)).Max(w => w.Page);
        var docx = PdfWords.Read(Pdf(input, fromDocx: true)).Max(w => w.Page);

        docx.ShouldBe(pdf, $"{input}: PDF {pdf} pages, .docx {docx}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_character_of_every_paragraph_is_printed(string input, bool fromDocx)
    {
        // LibreOffice once hung a line-final 、 into the margin and dropped it from the page.
        var printed = PageNumber().Replace(Printed(Pdf(input, fromDocx)), "");
        foreach (var paragraph in StressInputs.Compose(input).Blocks.OfType<ParagraphBlock>())
        {
            printed.ShouldContain(Printed(paragraph.LeadIn + paragraph.Text), customMessage: $"{input} ({(fromDocx ? ".docx" : "PDF")})");
        }
    }

    /// <summary>
    /// Text as compared: without white space and without hyphens, which pdftotext drops at a line end (LibreOffice
    /// breaks a phone number after its hyphen; <see cref="The_phone_number_breaks_only_right_after_its_area_code_in_both_formats"/>).
    /// </summary>
    private static string Printed(string textOrPdf) =>
        new(ExternalTool.Squeeze(textOrPdf.EndsWith(".pdf", StringComparison.Ordinal) ? ExternalTool.Run("pdftotext", textOrPdf, "-") : textOrPdf)
            .Where(c => c is not ('-' or '\u2011')).ToArray());

    [GeneratedRegex(@"—\d+—")]
    private static partial Regex PageNumber();

    public static TheoryData<string> InputsWithPhone() =>
        [.. StressInputs.Names.Where(name => StressInputs.Load(name).Contact.Phone is not null)];

    [Theory]
    [MemberData(nameof(InputsWithPhone))]
    public void The_phone_number_breaks_only_right_after_its_area_code_in_both_formats(string input)
    {
        // 0858- / 8223456 as Word breaks after a hyphen; kept whole, it left the line before it letter-spaced. Where
        // depends on the line ends before it, which LibreOffice's gap beside digits moves (LibreOfficeSpacing): in
        // each format, whole or split right after the area code.
        var phone = StressInputs.Load(input).Contact.Phone!;
        var areaCode = phone[..(phone.IndexOf('-', StringComparison.Ordinal) + 1)];
        string Where(string pdf)
        {
            var words = PdfWords.Read(pdf);
            var lines = Enumerable.Range(1, words.Max(w => w.Page)).SelectMany(page => PdfWords.Lines(words, page)).Select(ExternalTool.Squeeze).ToList();
            if (lines.Any(line => line.Contains(phone, StringComparison.Ordinal)))
            {
                return "whole";
            }

            var split = lines.FindIndex(line => line.EndsWith(areaCode, StringComparison.Ordinal));
            split.ShouldBeGreaterThanOrEqualTo(0, $"{input} ({pdf}): {phone} split elsewhere than after {areaCode}");
            lines[split + 1].ShouldStartWith(phone[areaCode.Length..], customMessage: $"{input} ({pdf})");
            return "after " + lines[split];
        }

        var inPdf = Where(Pdf(input, fromDocx: false));
        Where(Pdf(input, fromDocx: true));
        if (input == "tax-office.yaml")
        {
            // The input whose line before the number was letter-spaced: the PDF breaks it after the area code.
            inPdf.ShouldStartWith("after ", customMessage: input);
        }
    }

    [Theory]
    [MemberData(nameof(InputsWithPhone))]
    public void The_docx_writes_the_phone_numbers_hyphen_as_a_plain_one(string input)
    {
        // Word's non-breaking hyphen kept 0858-8223456 whole in Word and WPS, where the PDF now breaks after 0858-.
        var phone = StressInputs.Load(input).Contact.Phone!;
        using var docx = new DocxReadBack(DocxRenderer.Render(StressInputs.Compose(input)));
        docx.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.NoBreakHyphen>().ShouldBeEmpty(input);
        docx.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(DocxReadBack.TextOf)
            .ShouldContain(text => text.Contains(phone, StringComparison.Ordinal));
    }

    public static TheoryData<string, bool> PagesBeforeAPhoneNumber() => new()
    {
        { "tax-office.yaml", false }, { "tax-office.yaml", true }, { "county-office.yaml", false }, { "county-office.yaml", true },
    };

    [Theory]
    [MemberData(nameof(PagesBeforeAPhoneNumber))]
    public void No_line_of_page_1_has_its_characters_spaced_more_than_a_quarter_em(string input, bool fromDocx)
    {
        // （ 地 址 ： 某 某 市 … 电 话 ： stood 0.4 em apart before the unbreakable 0858-8223456）。 in both formats.
        // Not measured beside a digit or Latin letter, where LibreOffice adds its own gap (LibreOfficeSpacing.HanLatinGapEm).
        var words = PdfWords.Read(Pdf(input, fromDocx));
        foreach (var line in PdfWords.LineWords(words, 1).Where(l => !l[0].Text.StartsWith('—')))
        {
            var widest = line.Zip(line.Skip(1))
                .Where(pair => !char.IsAsciiLetterOrDigit(pair.First.Text[^1]) && !char.IsAsciiLetterOrDigit(pair.Second.Text[0]))
                .Select(pair => pair.Second.XMin - pair.First.XMax).DefaultIfEmpty(0).Max();
            widest.ShouldBeLessThanOrEqualTo(DocumentLayout.MaxJustifyGap + 0.01, $"{input} ({(fromDocx ? ".docx" : "PDF")}): {string.Join(" ", line.Select(w => w.Text))}");
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_page_numbers_dash_stands_7_mm_below_the_text_block(bool fromDocx)
    {
        // GB/T 9704 §7.5: 一字线上距版心下边缘7mm. Measured on the ink of an odd and an even page.
        var pdf = Pdf("long-narrative.yaml", fromDocx);
        var textBlockBottom = PageLayout.TopMm + PageLayout.TextHeightMm;
        foreach (var page in new[] { 1, 2 })
        {
            var dash = PageInk.LeftmostGlyphTopMm(pdf, page, textBlockBottom + 2, PageLayout.PageHeightMm - 5);
            (dash - textBlockBottom).ShouldBe(PageLayout.PageNumberGapMm, 0.5, $"{(fromDocx ? ".docx" : "PDF")} page {page}");
        }
    }

    [Theory]
    [MemberData(nameof(StressInputs.All), MemberType = typeof(StressInputs))]
    public void A_heading_after_a_table_stands_as_far_under_its_rule_in_both_formats(string input)
    {
        // The .docx set it 2.5 mm under the table's bottom rule, the PDF 5.6 mm (10.5 mm once): the PDF moved it down
        // to the page's grid. Both now start its line at the rule (PageLayout.SpaceAfterTablePt), its glyphs centred in
        // a line pitch: the ink a little more than half the line's leading, (28.95 − 16) / 2 pt ≈ 2.3 mm, under the rule.
        var composed = StressInputs.Compose(input);
        var after = composed.Blocks.Select((b, i) => (b, i)).Where(x => x.b is HeadingBlock && composed.Blocks[x.i - 1] is TableBlock)
            .Select(x => ((HeadingBlock)x.b).Text).ToList();
        after.ShouldNotBeEmpty();
        var leading = (PageLayout.LinePitchPt - PageLayout.BodyPt) / 2 / PageLayout.PointsPerMm;
        var measured = 0;
        foreach (var heading in after)
        {
            List<double?> gaps = [GapUnderRule(Pdf(input, fromDocx: false), heading), GapUnderRule(Pdf(input, fromDocx: true), heading)];
            foreach (var gap in gaps.OfType<double>())
            {
                gap.ShouldBeInRange(leading, leading + 0.5, $"{input}: {heading}");
            }

            if (gaps.All(g => g is not null))
            {
                Math.Abs(gaps[0]!.Value - gaps[1]!.Value).ShouldBeLessThan(0.3, $"{input}: {heading} PDF {gaps[0]:F2} mm, .docx {gaps[1]:F2} mm");
                measured++;
            }
        }

        // Each input has a page where both formats set a heading right under a table (none opens a page in both).
        measured.ShouldBeGreaterThan(0, input);
    }

    /// <summary>From a table's bottom rule to the top of the heading's ink under it, in mm; null when the heading opens its page.</summary>
    private static double? GapUnderRule(string pdf, string heading)
    {
        var word = PdfWords.Read(pdf).First(w => w.Text.StartsWith(heading[..4], StringComparison.Ordinal) && heading.StartsWith(w.Text[..Math.Min(w.Text.Length, heading.Length)], StringComparison.Ordinal));
        var top = word.YMin / PageLayout.PointsPerMm;
        return PageInk.RuleAndInkBelow(pdf, word.Page, top - 12, top + 4) is { } found ? found.InkBelowMm - found.RuleMm : null;
    }

    /// <summary>
    /// Inputs whose pages LibreOffice 7.4 cannot match because of the gap it puts between Chinese and digits or Latin
    /// (<see cref="LibreOfficeSpacing.HanLatinGapEm"/>), which Word and WPS leave out as the .docx asks: a line of dates and
    /// counts runs longer there and moves a line end, or a page break by a line.
    /// <see cref="The_pdf_spaced_as_LibreOffice_spaces_breaks_pages_where_LibreOffice_does"/> shows that the gap
    /// alone explains each.
    /// </summary>
    private static readonly string[] SpacedByLibreOffice = ["big-city.yaml", "long-name.yaml", "long-narrative.yaml", "very-long-narrative.yaml"];

    public static TheoryData<string> ComparableInputs() => [.. StressInputs.Names.Except(SpacedByLibreOffice)];

    /// <summary>Each page's first line, without white space (LibreOffice's gap prints as a space).</summary>
    private static List<string> Openings(string pdf)
    {
        var words = PdfWords.Read(pdf);
        return [.. Enumerable.Range(1, words.Max(w => w.Page)).Select(page => ExternalTool.Squeeze(PdfWords.Lines(words, page)[0]))];
    }

    [Theory]
    [MemberData(nameof(ComparableInputs))]
    public void The_docx_and_the_pdf_break_pages_at_the_same_places(string input)
    {
        // The signed paper and the published PDF match page for page: each page opens on the same line of text.
        Openings(Pdf(input, fromDocx: true)).ShouldBe(Openings(Pdf(input, fromDocx: false)), input);
    }

    /// <summary>
    /// The one input whose LibreOffice print the gap alone does not explain: 15 pages to the spaced PDF's 14. Its page 2
    /// ends a line a character earlier (批 goes down), the paragraph takes a line more, LibreOffice's widow control
    /// moves one more line over, and the 14 pages of text gain a page by the end. LibreOffice also breaks between a
    /// number and its measure word (3 / 件), which the PDF keeps together and the .docx cannot ask for.
    /// </summary>
    private static readonly string[] NotExplainedByTheGap = ["very-long-narrative.yaml"];

    public static TheoryData<string> ExplainedByTheGap() => [.. StressInputs.Names.Except(NotExplainedByTheGap)];

    [Theory]
    [MemberData(nameof(ExplainedByTheGap))]
    public void The_pdf_spaced_as_LibreOffice_spaces_breaks_pages_where_LibreOffice_does(string input)
    {
        // The PDF laid out with LibreOffice's gap opens every page on the same line as LibreOffice's print of the
        // .docx, long-narrative too: Word and WPS, without the gap, match the PDF. The line may start up to 3
        // characters earlier or later: LibreOffice's own widths (a digit 7.75/15.75 of a character where the PDF's is
        // 8/16, 28.08 characters to its line) and its break between a number and its measure word move a line end by
        // a character now and then.
        var spaced = Openings(SpacedPdf(input));
        var office = Openings(Pdf(input, fromDocx: true));
        office.Count.ShouldBe(spaced.Count, $"{input}: pages");
        for (var page = 0; page < spaced.Count; page++)
        {
            SameLine(spaced[page], office[page]).ShouldBeTrue($"{input}: page {page + 1} opens with “{spaced[page]}” spaced, “{office[page]}” in LibreOffice");
        }
    }

    /// <summary>Whether two openings are one line of text, started at most 3 characters apart (each at least 8 long).</summary>
    private static bool SameLine(string a, string b)
    {
        const int shift = 3, overlap = 8;
        return a == b || Enumerable.Range(0, shift + 1).Any(i =>
            (a.Length >= i + overlap && b.StartsWith(a.Substring(i, overlap), StringComparison.Ordinal))
            || (b.Length >= i + overlap && a.StartsWith(b.Substring(i, overlap), StringComparison.Ordinal)));
    }
}
