using GovReportDocs.Diagnostics;
using GovReportDocs.Files;
using GovReportDocs.Format;
using GovReportDocs.Model;
using GovReportDocs.Validation;

namespace GovReportDocs.Reading;

/// <summary>
/// Reads a published report — text copied from a web page or Word (.txt), Markdown (.md), a web page (.html), a .docx or a PDF — into
/// the model and the numbers as printed. Stateless and thread-safe; never fetches anything.
/// </summary>
internal static class PublishedReportReader
{
    /// <summary>The form a file's extension names, or null when the reader takes no such file.</summary>
    public static PublishedFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" or ".text" => PublishedFormat.Text,
        ".html" or ".htm" => PublishedFormat.Html,
        ".docx" => PublishedFormat.Docx,
        ".pdf" => PublishedFormat.Pdf,
        ".md" or ".markdown" => PublishedFormat.Markdown,
        _ => null,
    };

    /// <summary>Whether a file's extension names a kind the reader takes.</summary>
    public static bool CanRead(string path) => FormatOf(path) is not null;

    /// <summary>The most bytes read of a report in the given form.</summary>
    public static long LimitOf(PublishedFormat format) => format switch
    {
        PublishedFormat.Docx => ReadingLimits.MaxDocxBytes,
        PublishedFormat.Pdf => ReadingLimits.MaxPdfBytes,
        _ => ReadingLimits.MaxTextBytes,
    };

    /// <summary>Reads a published report from a file.</summary>
    /// <exception cref="ReportReadException">The file is missing, too large, damaged, or of another kind.</exception>
    public static PublishedReport Read(string path)
    {
        var format = FormatOf(path) ?? throw new ReportReadException(path, "不支持的文件类型：应为 .txt、.md、.html、.docx 或 .pdf");
        return Read(BoundedFile.ReadAllBytes(path, LimitOf(format)), path, format);
    }

    /// <summary>Reads a published report from its bytes.</summary>
    /// <exception cref="ReportReadException">The bytes are damaged, undecodable, or no report.</exception>
    public static PublishedReport Read(byte[] bytes, string name, PublishedFormat format, CancellationToken cancellation = default)
    {
        try
        {
            IReadOnlyList<SourceItem> items = format switch
            {
                PublishedFormat.Text => TextSourceReader.Read(TextDecoding.Decode(bytes, name).Text),
                PublishedFormat.Html => ReadHtmlGuarded(TextDecoding.Decode(bytes, name).Text),
                PublishedFormat.Markdown => TextSourceReader.Read(MarkdownText.ToText(TextDecoding.Decode(bytes, name).Text)),
                PublishedFormat.Pdf => ReadPdfGuarded(bytes, cancellation),
                _ => DocxSourceReader.Read(new MemoryStream(bytes, writable: false)),
            };
            return FromItems(items, name, isPaged: format == PublishedFormat.Pdf);
        }
        catch (RefusedContentException e)
        {
            throw new ReportReadException(name, $"无法读取：{e.Message}");
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or FormatException
                                      or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            throw new ReportReadException(name, $"无法读取：文件已损坏或不是{Describe(format)}");
        }
    }

    /// <summary>A PDF looked over first for what would overflow the stack or inflate without bound (<see cref="Pdf.PdfGuard"/>).</summary>
    private static IReadOnlyList<SourceItem> ReadPdfGuarded(byte[] bytes, CancellationToken cancellation)
    {
        Pdf.PdfGuard.Check(bytes);
        cancellation.ThrowIfCancellationRequested();
        return Pdf.PdfSourceReader.Read(new MemoryStream(bytes, writable: false), cancellation);
    }

    /// <summary>Reads a published PDF given in memory.</summary>
    /// <exception cref="ReportReadException">The PDF is damaged, encrypted, too long, or has no text.</exception>
    public static PublishedReport ReadPdf(byte[] pdf, string file) => Read(pdf, file, PublishedFormat.Pdf);

    /// <summary>Reads published text (one cell per `|`, tab or line) given in memory.</summary>
    public static PublishedReport ReadText(string text, string file) => Refusable(file, () => FromItems(TextSourceReader.Read(text), file));

    /// <summary>Reads a published web page given in memory.</summary>
    public static PublishedReport ReadHtml(string html, string file) => Refusable(file, () => FromItems(ReadHtmlGuarded(html), file));

    /// <summary>A web page whose elements are counted first (<see cref="HtmlGuard"/>).</summary>
    private static IReadOnlyList<SourceItem> ReadHtmlGuarded(string html)
    {
        HtmlGuard.Check(html);
        return HtmlSourceReader.Read(html);
    }

    private static PublishedReport Refusable(string file, Func<PublishedReport> read)
    {
        try
        {
            return read();
        }
        catch (RefusedContentException e)
        {
            throw new ReportReadException(file, $"无法读取：{e.Message}");
        }
    }

    private static string Describe(PublishedFormat format) => format switch
    {
        PublishedFormat.Docx => " Word 文档（.docx）",
        PublishedFormat.Pdf => " PDF 文件",
        PublishedFormat.Html => "网页",
        PublishedFormat.Markdown => " Markdown 文本",
        _ => "文本",
    };

    private static PublishedReport FromItems(IReadOnlyList<SourceItem> items, string file, bool isPaged = false)
    {
        var notes = items.OfType<SourceNote>().ToList();
        var guesses = items.OfType<SourceGuess>().ToList();
        items = items.Where(i => i is not (SourceNote or SourceGuess)).ToList();
        var parts = StructureFinder.Parts(items);
        items = CellsBetweenTables(items, parts);
        var tables = TableMatcher.Match(items);
        var title = StructureFinder.Title(items);
        if (parts.Count == 0 && tables.Found.Count == 0 && title is null)
        {
            throw new ReportReadException(file, "无法读取：没有找到年度报告的标题、六个部分的标题或统计表，不是政府信息公开工作年度报告");
        }

        // The text is searched for agency and year only when the title does not give both.
        var (textAgency, textYear) = title is { Year: not null } ? (null, null) : StructureFinder.FromText(items);
        var agency = title?.Agency ?? textAgency ?? "";
        var year = title?.Year ?? textYear ?? 0;
        var diagnostics = new List<Diagnostic>();
        var titleLocation = new SourceLocation(file, title?.Line ?? 1, 1);
        if (agency.Length == 0)
        {
            diagnostics.Add(new Diagnostic(RuleIds.R9, Severity.Warning, "未能读出机关名称：未找到标题，正文中也未能识别") { Source = titleLocation });
        }

        if (year == 0)
        {
            // Never a year of 0 in any message: the rules that quote the year stay silent without one.
            var where = title is null ? "未找到标题" : "标题中没有报告年度";
            diagnostics.Add(new Diagnostic(RuleIds.R10, Severity.Error, $"未能读出报告年度：{where}，统计期限、落款和正文中也未找到") { Source = titleLocation });
        }

        diagnostics.AddRange(notes.Select(n => new Diagnostic(RuleIds.R1, Severity.Error, n.Text) { Source = new SourceLocation(file, n.Line, 1) }));
        diagnostics.AddRange(tables.Variants.Select(v => new Diagnostic(RuleIds.R9, Severity.Warning, $"表中“{v.Label}”一行印作“{v.Printed}”，已按“{v.Label}”读取")
        {
            Source = new SourceLocation(file, v.Line, 1),
        }));
        var texts = items.OfType<SourceParagraph>().Select(p => p.Text).ToList();
        var (values, guessed) = GluedGuesses.Settle(tables.Values, guesses, texts);
        diagnostics.AddRange(guessed.Select(g => new Diagnostic(RuleIds.R1, Severity.Warning, g.Row.GuessNote) { Source = new SourceLocation(file, g.Line, 1) }));
        var sheet = StatisticsSheet.FromValues(values);
        var partTexts = PartTexts(items, parts, title?.Line);
        var report = ModelFrom(agency, year, sheet) with
        {
            Preamble = partTexts.GetValueOrDefault(0),
            Overview = OverviewAspects.Split(partTexts.GetValueOrDefault(1)),
        };
        return new PublishedReport(file, report, sheet)
        {
            IsPaged = isPaged,
            Lines = tables.Lines,
            Structure = new PrintedStructure(file)
            {
                Parts = parts,
                TablesFound = tables.Found,
                OldFormatSigns = tables.OldFormatSigns,
                PartTexts = partTexts,
            },
            Texts = texts,
            TextLines = items.OfType<SourceParagraph>().Select(p => p.Line).ToList(),
            TitleLine = title?.Line,
            ReadingDiagnostics = diagnostics,
        };
    }

    /// <summary>
    /// Between the titles of 二 and 五, short lines without a full stop are table cells even when the source put
    /// one per line with no marker.
    /// </summary>
    private static IReadOnlyList<SourceItem> CellsBetweenTables(IReadOnlyList<SourceItem> items, IReadOnlyList<FoundPart> parts)
    {
        var from = parts.FirstOrDefault(p => p.Number == 2)?.Index;
        var to = parts.FirstOrDefault(p => p.Number == 5)?.Index;
        if (from is null || to is null || to <= from)
        {
            return items;
        }

        var partLines = parts.Select(p => p.Index).ToHashSet();
        return items.Select((item, i) => item is SourceParagraph p && i > from && i < to && !partLines.Contains(i)
                                         && p.Text.Length <= 60 && !p.Text.Contains('。')
            ? new SourceCell(p.Text, p.Line)
            : item).ToList();
    }

    private static Dictionary<int, string> PartTexts(IReadOnlyList<SourceItem> items, IReadOnlyList<FoundPart> parts, int? titleLine)
    {
        var texts = new Dictionary<int, string>();
        var boundaries = parts.OrderBy(p => p.Index).ToList();
        var starts = new List<(int Number, int Index)> { (0, -1) };
        starts.AddRange(boundaries.Select(p => (p.Number, p.Index)));
        for (var k = 0; k < starts.Count; k++)
        {
            var begin = starts[k].Index + 1;
            var end = k + 1 < starts.Count ? starts[k + 1].Index : items.Count;
            var paragraphs = items.Skip(begin).Take(end - begin).OfType<SourceParagraph>()
                .Where(p => p.Line != titleLine).Select(p => p.Text).ToList();
            if (paragraphs.Count > 0)
            {
                texts[starts[k].Number] = string.Join("\n", paragraphs);
            }
        }

        return texts;
    }

    /// <summary>The model of what was printed: a number missing, negative or beyond any real office's counts as 0.</summary>
    private static AnnualReport ModelFrom(string agency, int year, StatisticsSheet sheet)
    {
        int Count(Datum d) => sheet[d] is { } v && v >= 0 && v <= Limits.MaxCount ? (int)v : 0;
        ApplicantCounts Row(ApplicationRow row) => ApplicantCounts.FromValues(
            ApplicantCounts.ApplicantColumns.Select(c => Count(new ApplicationDatum(row, c))).ToArray());
        ReviewOutcomes Group(ReviewGroup group) => ReviewLabels.Build(outcome => Count(new ReviewDatum(group, outcome)));

        var fees = sheet[ProactiveItem.FeesTenThousandYuan] is { } f && f >= 0 && f <= Limits.MaxAmount ? f : 0m;
        return new AnnualReport(agency, year, AgencyKinds.Guess(agency),
            ProactiveItems.Build(item => item == ProactiveItem.FeesTenThousandYuan ? fees : Count(new ProactiveDatum(item))),
            ApplicationStatistics.FromRows(ApplicationStatistics.EnteredRows.ToDictionary(r => r, Row)),
            new ReviewAndLitigation(Group(ReviewGroup.Review), Group(ReviewGroup.LitigationDirect), Group(ReviewGroup.LitigationAfterReview)));
    }
}
