using System.Text;
using GovReportDocs.Diagnostics;
using GovReportDocs.Format;
using GovReportDocs.Model;

namespace GovReportDocs.Reading;

/// <summary>
/// Reads a published report — text copied from a web page or Word (.txt), a web page (.html), a .docx or a PDF — into
/// the model and the numbers as printed. Stateless and thread-safe; never fetches anything.
/// </summary>
public static class PublishedReportReader
{
    private static readonly string[] Extensions = [".txt", ".text", ".html", ".htm", ".docx", ".pdf"];

    /// <summary>Whether a file's extension names a kind the reader takes.</summary>
    public static bool CanRead(string path) => Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>Reads a published report from a file.</summary>
    /// <exception cref="ReportReadException">The file is missing, too large, damaged, or of another kind.</exception>
    public static PublishedReport Read(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new ReportReadException(path, "找不到文件");
        }

        var extension = info.Extension.ToLowerInvariant();
        var limit = extension switch
        {
            ".docx" => ReadingLimits.MaxDocxBytes,
            ".pdf" => ReadingLimits.MaxPdfBytes,
            _ => ReadingLimits.MaxTextBytes,
        };
        if (info.Length > limit)
        {
            throw new ReportReadException(path, $"文件过大（{info.Length}字节，上限{limit}字节）");
        }

        try
        {
            IReadOnlyList<SourceItem> items = extension switch
            {
                ".txt" or ".text" => TextSourceReader.Read(ReadText(path)),
                ".html" or ".htm" => HtmlSourceReader.Read(ReadText(path)),
                ".docx" => ReadDocx(path),
                ".pdf" => ReadPdf(path),
                _ => throw new ReportReadException(path, "不支持的文件类型：应为 .txt、.html、.docx 或 .pdf"),
            };
            return FromItems(items, path, isPaged: extension == ".pdf");
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or FormatException
                                      or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or UnauthorizedAccessException)
        {
            throw new ReportReadException(path, $"无法读取：{e.Message}");
        }
    }

    /// <summary>Reads published text (one cell per `|`, tab or line) given in memory.</summary>
    public static PublishedReport ReadText(string text, string file) => FromItems(TextSourceReader.Read(text), file);

    /// <summary>Reads a published web page given in memory.</summary>
    public static PublishedReport ReadHtml(string html, string file) => FromItems(HtmlSourceReader.Read(html), file);

    /// <summary>Reads a published PDF given in memory.</summary>
    /// <exception cref="ReportReadException">The PDF is damaged, encrypted, too long, or has no text.</exception>
    public static PublishedReport ReadPdf(byte[] pdf, string file)
    {
        if (pdf.LongLength > ReadingLimits.MaxPdfBytes)
        {
            throw new ReportReadException(file, $"文件过大（{pdf.LongLength}字节，上限{ReadingLimits.MaxPdfBytes}字节）");
        }

        try
        {
            using var stream = new MemoryStream(pdf, writable: false);
            return FromItems(Pdf.PdfSourceReader.Read(stream), file, isPaged: true);
        }
        catch (InvalidDataException e)
        {
            throw new ReportReadException(file, $"无法读取：{e.Message}");
        }
    }

    private static IReadOnlyList<SourceItem> ReadPdf(string path)
    {
        using var stream = File.OpenRead(path);
        return Pdf.PdfSourceReader.Read(stream);
    }

    private static IReadOnlyList<SourceItem> ReadDocx(string path)
    {
        using var stream = File.OpenRead(path);
        return DocxSourceReader.Read(stream);
    }

    /// <summary>UTF-8, or GB18030 when the bytes are not UTF-8 (many government pages are saved that way).</summary>
    private static string ReadText(string path)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\ufeff');
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    private static PublishedReport FromItems(IReadOnlyList<SourceItem> items, string file, bool isPaged = false)
    {
        var parts = StructureFinder.Parts(items);
        items = CellsBetweenTables(items, parts);
        var tables = TableMatcher.Match(items);
        var title = StructureFinder.Title(items);
        var (textAgency, textYear) = StructureFinder.FromText(items);
        var agency = title?.Agency ?? textAgency ?? "";
        var year = title?.Year ?? textYear ?? 0;
        var diagnostics = new List<Diagnostic>();
        if (agency.Length == 0)
        {
            diagnostics.Add(new Diagnostic(RuleIds.R9, Severity.Warning, "未找到标题，也未能从正文中识别机关名称") { Source = new SourceLocation(file, 1, 1) });
        }

        if (year == 0)
        {
            diagnostics.Add(new Diagnostic(RuleIds.R10, Severity.Error, "未找到标题，也未能从统计期限或落款中识别报告年度") { Source = new SourceLocation(file, 1, 1) });
        }

        var sheet = StatisticsSheet.FromValues(tables.Values);
        var partTexts = PartTexts(items, parts, title?.Line);
        var report = ModelFrom(agency, year, sheet) with
        {
            Preamble = partTexts.GetValueOrDefault(0),
            Overview = Overview.Default with { Introduction = partTexts.GetValueOrDefault(1) },
        };
        return new PublishedReport(file, report, sheet)
        {
            IsPaged = isPaged,
            Lines = tables.Lines,
            Parts = parts,
            TablesFound = tables.Found,
            OldFormatSigns = tables.OldFormatSigns,
            PartTexts = partTexts,
            Texts = items.OfType<SourceParagraph>().Select(p => p.Text).ToList(),
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

    private static AnnualReport ModelFrom(string agency, int year, StatisticsSheet sheet)
    {
        int Count(Datum d) => sheet[d] is { } v && v >= 0 ? (int)Math.Min(v, int.MaxValue) : 0;
        int P(ProactiveItem item) => Count(new ProactiveDatum(item));
        ApplicantCounts Row(ApplicationRow row) => ApplicantCounts.FromValues(
            ApplicantCounts.ApplicantColumns.Select(c => Count(new ApplicationDatum(row, c))).ToArray());
        ReviewOutcomes Group(ReviewGroup group) => new(
            Count(new ReviewDatum(group, ReviewOutcome.Upheld)), Count(new ReviewDatum(group, ReviewOutcome.Corrected)),
            Count(new ReviewDatum(group, ReviewOutcome.Other)), Count(new ReviewDatum(group, ReviewOutcome.Pending)));

        var kind = AgencyKinds.Guess(agency);
        var fees = sheet[ProactiveItem.FeesTenThousandYuan] is { } f && f >= 0 ? f : 0m;
        return new AnnualReport(agency, year, kind,
            new ProactiveDisclosure(
                new DocumentCounts(P(ProactiveItem.RulesIssued), P(ProactiveItem.RulesRepealed), P(ProactiveItem.RulesInForce)),
                new DocumentCounts(P(ProactiveItem.NormativeIssued), P(ProactiveItem.NormativeRepealed), P(ProactiveItem.NormativeInForce)),
                P(ProactiveItem.Licensing), P(ProactiveItem.Punishment), P(ProactiveItem.Enforcement), fees),
            ApplicationStatistics.FromRows(ApplicationStatistics.EnteredRows.ToDictionary(r => r, Row)),
            new ReviewAndLitigation(Group(ReviewGroup.Review), Group(ReviewGroup.LitigationDirect), Group(ReviewGroup.LitigationAfterReview)));
    }
}
