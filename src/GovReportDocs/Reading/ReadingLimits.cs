namespace GovReportDocs.Reading;

/// <summary>What the reader accepts, so a hostile or broken file cannot exhaust memory or time.</summary>
internal static class ReadingLimits
{
    /// <summary>Largest .txt or .html file read.</summary>
    public const long MaxTextBytes = 8 * 1024 * 1024;

    /// <summary>Deepest nesting of elements in a web page or of tables in a .docx (real reports nest a few dozen).</summary>
    public const int MaxNesting = 200;

    /// <summary>Largest .docx file read.</summary>
    public const long MaxDocxBytes = 32 * 1024 * 1024;

    /// <summary>Largest PDF file read.</summary>
    public const long MaxPdfBytes = 32 * 1024 * 1024;

    /// <summary>Most pages of a PDF read (a report has a handful; the limit bounds the time a hostile file takes).</summary>
    public const int MaxPdfPages = 200;

    /// <summary>Largest total unpacked size of a .docx (zip bombs).</summary>
    public const long MaxDocxUnpackedBytes = 128 * 1024 * 1024;

    /// <summary>Largest total unpacked size of the XML parts of a .docx (a report's text is well under 1 MB; images are not counted).</summary>
    public const long MaxDocxXmlBytes = 16 * 1024 * 1024;

    /// <summary>Most entries in a .docx package.</summary>
    public const int MaxDocxEntries = 2000;

    /// <summary>Largest unpack ratio of one .docx entry (a real document compresses ~10×).</summary>
    public const double MaxCompressionRatio = 200;
}
