namespace GovReportDocs.Composition;

/// <summary>
/// The one width measure of text the library sets without a font at hand — titles, signatures, table labels and
/// numbers: a CJK or full-width character is one em, an ASCII character half an em (宋体's and 仿宋's half-width
/// digits and Latin, which the .docx and the PDF both use where widths must agree). The PDF measures its embedded
/// faces where it draws; this is what both formats can count on.
/// </summary>
internal static class NominalWidth
{
    /// <summary>Width of an ASCII character (a digit, . in an amount, Latin) in ems.</summary>
    public const double AsciiEms = 0.5;

    /// <summary>Width of <paramref name="text"/> in ems.</summary>
    public static double Ems(string text)
    {
        var width = 0.0;
        foreach (var c in text)
        {
            width += c < 128 ? AsciiEms : 1.0;
        }

        return width;
    }

    /// <summary>Width of <paramref name="text"/> in points at <paramref name="sizePt"/>.</summary>
    public static double Points(string text, double sizePt) => Ems(text) * sizePt;
}
