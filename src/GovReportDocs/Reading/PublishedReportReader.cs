using GovReportDocs.Files;
using GovReportDocs.Reading.Sources;

namespace GovReportDocs.Reading;

/// <summary>
/// Reads a published report — text copied from a web page or Word (.txt), Markdown (.md), a web page (.html), a .docx or a PDF — into
/// the model and the numbers as printed: the form's source reader (<see cref="PublishedForms"/>) makes items, the
/// <see cref="PublishedReportAssembler"/> makes the report, <see cref="ReadFailures"/> makes any failure a Chinese message.
/// Stateless and thread-safe; never fetches anything.
/// </summary>
internal static class PublishedReportReader
{
    /// <summary>The form a file's extension names, or null when the reader takes no such file.</summary>
    public static PublishedFormat? FormatOf(string path) => PublishedForms.Of(path)?.Format;

    /// <summary>Whether a file's extension names a kind the reader takes.</summary>
    public static bool CanRead(string path) => PublishedForms.Of(path) is not null;

    /// <summary>The most bytes read of a report in the given form.</summary>
    public static long LimitOf(PublishedFormat format) => PublishedForms.Get(format).MaxBytes;

    /// <summary>Reads a published report from a file.</summary>
    /// <exception cref="ReportReadException">The file is missing, too large, damaged, or of another kind.</exception>
    public static PublishedReport Read(string path)
    {
        var form = PublishedForms.Of(path) ?? throw new ReportReadException(path, $"不支持的文件类型：应为 {PublishedForms.ListedOr}");
        return Read(BoundedFile.ReadAllBytes(path, form.MaxBytes), path, form.Format);
    }

    /// <summary>Reads a published report from its bytes.</summary>
    /// <exception cref="ReportReadException">The bytes are damaged, undecodable, or no report.</exception>
    public static PublishedReport Read(byte[] bytes, string name, PublishedFormat format, CancellationToken cancellation = default)
    {
        var form = PublishedForms.Get(format);
        return ReadFailures.Translate(name, form, () =>
        {
            // Between the stages for every form (a PDF's reader also checks between pages): a client that has gone
            // stops the work before its lines are read and before its tables are matched.
            cancellation.ThrowIfCancellationRequested();
            var items = form.Read(bytes, name, cancellation);
            cancellation.ThrowIfCancellationRequested();
            return PublishedReportAssembler.Assemble(items, name, isPaged: format == PublishedFormat.Pdf);
        });
    }
}
