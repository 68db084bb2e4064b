namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>Paint that does not show on white paper, and device colours turned to red, green and blue.</summary>
internal static class PaintColour
{
    /// <summary>Each of red, green and blue at least this (of 1) is white.</summary>
    private const double WhiteLevel = 0.98;

    public static bool IsWhite(double red, double green, double blue) =>
        red >= WhiteLevel && green >= WhiteLevel && blue >= WhiteLevel;

    /// <summary>
    /// Whether device colour components (1 gray, 3 RGB, 4 CMYK, as the operators give them) are white; CMYK as
    /// PdfPig turns it to RGB, so that both ways of reading a page agree.
    /// </summary>
    public static bool IsWhite(ReadOnlySpan<double> components) => components.Length switch
    {
        1 => IsWhite(components[0], components[0], components[0]),
        3 => IsWhite(components[0], components[1], components[2]),
        4 => IsWhite((1 - components[0]) * (1 - components[3]), (1 - components[1]) * (1 - components[3]), (1 - components[2]) * (1 - components[3])),
        _ => false,
    };
}
