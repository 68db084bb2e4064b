using GovReportDocs.Files;
using GovReportDocs.Reading.Lines;
using GovReportDocs.Reading.Sources.Docx;
using GovReportDocs.Reading.Sources.Html;
using GovReportDocs.Reading.Sources.Markdown;
using GovReportDocs.Reading.Sources.Pdf;
using GovReportDocs.Reading.Sources.PlainText;

namespace GovReportDocs.Reading.Sources;

/// <summary>
/// The registry of the forms a published report is read from. Every list of them a user reads — CLI help, messages,
/// the web page's upload field — is made here, so a new form is one line.
/// </summary>
internal static class PublishedForms
{
    /// <summary>In the order users are told them.</summary>
    public static IReadOnlyList<PublishedForm> All { get; } =
    [
        new(PublishedFormat.Text, [".txt", ".text"], "文本", ReadingLimits.MaxTextBytes,
            (bytes, name, _) => TextSourceReader.Read(TextDecoding.Decode(bytes, name).Text)),
        new(PublishedFormat.Markdown, [".md", ".markdown"], "Markdown 文本", ReadingLimits.MaxTextBytes,
            (bytes, name, _) => TextSourceReader.Read(MarkdownText.ToText(TextDecoding.Decode(bytes, name).Text))),
        new(PublishedFormat.Html, [".html", ".htm"], "网页", ReadingLimits.MaxTextBytes,
            (bytes, name, _) => ReadHtml(TextDecoding.Decode(bytes, name).Text)),
        new(PublishedFormat.Docx, [".docx"], "Word 文档（.docx）", ReadingLimits.MaxDocxBytes,
            (bytes, _, _) => DocxSourceReader.Read(new MemoryStream(bytes, writable: false))),
        new(PublishedFormat.Pdf, [".pdf"], "PDF 文件", ReadingLimits.MaxPdfBytes, (bytes, _, cancellation) => ReadPdf(bytes, cancellation)),
    ];

    /// <summary>The form a file's extension names, or null when the reader takes no such file.</summary>
    public static PublishedForm? Of(string path)
    {
        var extension = Path.GetExtension(path);
        return All.FirstOrDefault(f => f.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
    }

    public static PublishedForm Get(PublishedFormat format) => All.Single(f => f.Format == format);

    /// <summary>`.txt、.md、.html、.docx、.pdf`: the forms as users are told them.</summary>
    public static string Listed => string.Join("、", All.Select(f => f.Extensions[0]));

    /// <summary>`.txt、.md、.html、.docx 或 .pdf`.</summary>
    public static string ListedOr => string.Join("、", All.SkipLast(1).Select(f => f.Extensions[0])) + " 或 " + All[^1].Extensions[0];

    /// <summary>Every extension, for a file chooser's accept attribute.</summary>
    public static string Accept => string.Join(",", All.SelectMany(f => f.Extensions));

    /// <summary>A web page whose elements are counted first (<see cref="HtmlGuard"/>).</summary>
    public static IReadOnlyList<SourceItem> ReadHtml(string html)
    {
        HtmlGuard.Check(html);
        return HtmlSourceReader.Read(html);
    }

    /// <summary>A PDF looked over first for what would overflow the stack or inflate without bound (<see cref="PdfGuard"/>).</summary>
    private static IReadOnlyList<SourceItem> ReadPdf(byte[] bytes, CancellationToken cancellation)
    {
        PdfGuard.Check(bytes);
        cancellation.ThrowIfCancellationRequested();
        return PdfSourceReader.Read(new MemoryStream(bytes, writable: false), cancellation);
    }
}
