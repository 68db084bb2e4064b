using GovReportDocs.Reading;
using GovReportDocs.Reading.Sources;
using GovReportDocs.Reading.Sources.PlainText;

namespace GovReportDocs.Tests.Support;

/// <summary>
/// The reader fed from memory, as tests build their reports: text and web pages as strings (no decoding), a PDF as
/// bytes. Made of the reader's own stages, so what they read is what a file of the same content reads.
/// </summary>
internal static class TestReader
{
    /// <summary>Published text (one cell per `|`, tab or line).</summary>
    public static PublishedReport ReadText(string text, string file) =>
        ReadFailures.Refusable(file, () => PublishedReportAssembler.Assemble(TextSourceReader.Read(text), file));

    /// <summary>A published web page.</summary>
    public static PublishedReport ReadHtml(string html, string file) =>
        ReadFailures.Refusable(file, () => PublishedReportAssembler.Assemble(PublishedForms.ReadHtml(html), file));

    /// <summary>A published PDF.</summary>
    /// <exception cref="Files.ReportReadException">The PDF is damaged, encrypted, too long, or has no text.</exception>
    public static PublishedReport ReadPdf(byte[] pdf, string file) => PublishedReportReader.Read(pdf, file, PublishedFormat.Pdf);
}
