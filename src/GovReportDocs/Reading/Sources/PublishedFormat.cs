
// Public since 0.1: it keeps its namespace, though it lives with the sources it names.
namespace GovReportDocs.Reading;

/// <summary>The forms a published report is read from.</summary>
public enum PublishedFormat
{
    /// <summary>Text copied from a web page, Word or a PDF (.txt).</summary>
    Text,

    /// <summary>A web page as saved (.html, .htm).</summary>
    Html,

    /// <summary>A Word document (.docx).</summary>
    Docx,

    /// <summary>A PDF with text (exported by WPS, Word, LibreOffice or GovReportDocs; not a scan).</summary>
    Pdf,

    /// <summary>Markdown as converters and OCR tools write it (.md, .markdown): headings, emphasis, pipe tables.</summary>
    Markdown,
}
