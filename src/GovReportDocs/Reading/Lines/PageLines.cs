
namespace GovReportDocs.Reading.Lines;

/// <summary>
/// How a paged source (PDF) numbers its items: page × <see cref="PerPage"/> + line on that page, so one integer
/// still orders items through the document like the line of a text file, and a diagnostic can say `页3:行12`.
/// </summary>
internal static class PageLines
{
    /// <summary>Lines a page can number; a report page holds a few dozen.</summary>
    public const int PerPage = 1000;

    /// <summary>The item line of a line on a page (both 1-based).</summary>
    public static int Encode(int page, int line) => page * PerPage + Math.Clamp(line, 1, PerPage - 1);

    /// <summary>The page of an encoded line, or null for a line that names no page (the file's start).</summary>
    public static int? Page(int line) => line >= PerPage ? line / PerPage : null;

    /// <summary>The line on its page of an encoded line.</summary>
    public static int LineOnPage(int line) => line >= PerPage ? line % PerPage : line;
}
