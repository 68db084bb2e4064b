namespace GovReportDocs;

/// <summary>
/// One output of a checked report (.docx, PDF, HTML, a workbook, or one of a platform's own): the seam every writer
/// plugs into. The command line, the web editor and a platform list the writers they know in <see cref="ReportWriters"/>
/// and never name a format in code, so a writer from another package (GovReportDocs.Pdf) or outside this repository
/// is one registration. A writer is stateless and thread-safe: the same report gives the same bytes.
/// </summary>
public interface IReportWriter
{
    /// <summary>What it writes: its id, extension, media type and Chinese name.</summary>
    OutputFormat Format { get; }

    /// <summary>Writes a checked report.</summary>
    /// <exception cref="InvalidOperationException">The report has errors (see <see cref="ReportDocument.Diagnostics"/>).</exception>
    ReportOutput Write(ReportDocument document, CancellationToken cancellation = default);
}
