using GovReportDocs.Pdf.Fonts;

namespace GovReportDocs.Pdf;

/// <summary>A rendered PDF, with the font substitutions made (never silent) and the page count.</summary>
public sealed record PdfRenderResult(byte[] Bytes, IReadOnlyList<FontSubstitution> Substitutions, int PageCount)
{
    /// <summary>Characters a role's face has no glyph for, which print as empty boxes: a warning each role.</summary>
    public IReadOnlyList<MissingGlyphs> MissingGlyphs { get; init; } = [];
}

/// <summary>Where to find fonts besides the system folders.</summary>
public sealed record PdfRenderOptions
{
    /// <summary>Folders or font files searched before the system font folders.</summary>
    public IReadOnlyList<string> FontSources { get; init; } = [];

    /// <summary>
    /// Whether the PDF carries its logical structure (PDF/UA tags: headings, paragraphs, tables with header cells
    /// and spans, language zh-CN) for screen readers and tools that extract the numbers. On by default; off gives a
    /// smaller file.
    /// </summary>
    public bool Tagged { get; init; } = true;
}
