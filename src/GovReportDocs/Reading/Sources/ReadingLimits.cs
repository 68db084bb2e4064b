
namespace GovReportDocs.Reading.Sources;

/// <summary>What the reader accepts, so a hostile or broken file cannot exhaust memory or time.</summary>
internal static class ReadingLimits
{
    /// <summary>Largest .txt or .html file read.</summary>
    public const long MaxTextBytes = 8 * 1024 * 1024;

    /// <summary>Deepest nesting of elements in a web page or of tables in a .docx (real reports nest a few dozen).</summary>
    public const int MaxNesting = 200;

    /// <summary>
    /// Most elements a web page may make, counted before parsing, with those the parser rebuilds for formatting tags
    /// left open (a report's page has a few thousand).
    /// </summary>
    public const int MaxHtmlElements = 200_000;

    /// <summary>Largest .docx file read.</summary>
    public const long MaxDocxBytes = 32 * 1024 * 1024;

    /// <summary>
    /// Most codes a PDF font's ToUnicode map or /W widths may give, counting a code each time an entry gives it (a
    /// range given again counts again), and the widest one range: no real font comes near; a font past either is
    /// left to PdfPig, so a map built to fill the memory or the time costs no more than this.
    /// </summary>
    public const int MaxFontCodes = 200_000, MaxFontCodeRange = 65_536;

    /// <summary>Deepest nesting of saved graphics states (`q`) on a PDF page followed by our own page reader.</summary>
    public const int MaxPdfStateNesting = 1_000;

    /// <summary>Largest PDF file read.</summary>
    public const long MaxPdfBytes = 32 * 1024 * 1024;

    /// <summary>Most pages of a PDF read (a report has a handful; the limit bounds the time a hostile file takes).</summary>
    public const int MaxPdfPages = 200;

    /// <summary>
    /// Largest size of what a PDF's pages draw, inflated; a stream that several pages share counts once for each
    /// (a real report's pages draw well under 100 KB each).
    /// </summary>
    public const long MaxPdfContentBytes = 8 * 1024 * 1024;

    /// <summary>Largest total size of a PDF's compressed streams once inflated (fonts and images included).</summary>
    public const long MaxPdfInflatedBytes = 128 * 1024 * 1024;

    /// <summary>
    /// Longest time reading a PDF's pages may take, in seconds of the reading thread's own work (its CPU time on
    /// Linux, else the wall clock); checked between pages.
    /// </summary>
    public const int MaxPdfReadSeconds = 10;

    /// <summary>Largest total unpacked size of a .docx (zip bombs).</summary>
    public const long MaxDocxUnpackedBytes = 128 * 1024 * 1024;

    /// <summary>Largest total unpacked size of the XML parts of a .docx (a report's text is well under 1 MB; images are not counted).</summary>
    public const long MaxDocxXmlBytes = 16 * 1024 * 1024;

    /// <summary>Most entries in a .docx package.</summary>
    public const int MaxDocxEntries = 2000;

    /// <summary>Largest unpack ratio of one .docx entry (a real document compresses ~10×).</summary>
    public const double MaxCompressionRatio = 200;
}
