using GovReportDocs.NationalFormat;

namespace GovReportDocs.Tests.Support;

/// <summary>
/// Where ink falls on a printed page, from poppler's grey rendering (pdftoppm -gray, a binary PGM): for measuring
/// what text boxes cannot tell, such as the 一字线 of a page number.
/// </summary>
internal static class PageInk
{
    private const int Dpi = 600;

    /// <summary>
    /// The top of the leftmost glyph inked in a band of the page, in millimetres from the page top: for `— 3 —`, the
    /// top of the first 一字线.
    /// </summary>
    public static double LeftmostGlyphTopMm(string pdf, int page, double fromMm, double toMm)
    {
        var pixelsPerMm = Dpi / 25.4;
        var (width, rows, pixels) = Band(pdf, page, fromMm, toMm);

        bool Ink(int x, int y) => pixels[(y * width) + x] < 128;
        var left = Enumerable.Range(0, width).First(x => Enumerable.Range(0, rows).Any(y => Ink(x, y)));
        // A few pixels into the dash: its top edge, not a serif of the digit beside it.
        var columns = Enumerable.Range(left, (int)(pixelsPerMm * 1.0)).ToList();
        var inkTop = Enumerable.Range(0, rows).First(y => columns.Any(x => Ink(x, y)));
        return fromMm + (inkTop / pixelsPerMm);
    }

    /// <summary>
    /// In a band of the page, the lowest rule drawn across the text block (a table's bottom border) and the top of the
    /// first ink below it, in millimetres from the page top; null when the band has no such rule.
    /// </summary>
    public static (double RuleMm, double InkBelowMm)? RuleAndInkBelow(string pdf, int page, double fromMm, double toMm)
    {
        var pixelsPerMm = Dpi / 25.4;
        var (width, rows, pixels) = Band(pdf, page, fromMm, toMm);
        var left = (int)((PageLayout.LeftMm + 2) * pixelsPerMm);
        var right = (int)((PageLayout.LeftMm + PageLayout.TextWidthMm - 2) * pixelsPerMm);
        int Inked(int y) => Enumerable.Range(0, (right - left) / 4).Count(i => pixels[(y * width) + left + (i * 4)] < 128);
        var across = (right - left) / 4 * 0.9;
        var counts = Enumerable.Range(0, rows).Select(Inked).ToArray();
        var rule = Array.FindLastIndex(counts, c => c > across);
        if (rule < 0)
        {
            return null;
        }

        var ink = Array.FindIndex(counts, rule + 1, c => c > 0);
        return ink < 0 ? null : (fromMm + (rule / pixelsPerMm), fromMm + (ink / pixelsPerMm));
    }

    private static (int Width, int Height, byte[] Pixels) Band(string pdf, int page, double fromMm, double toMm)
    {
        var pixelsPerMm = Dpi / 25.4;
        var top = (int)(fromMm * pixelsPerMm);
        var height = (int)((toMm - fromMm) * pixelsPerMm);
        var stem = Path.Combine(Path.GetTempPath(), $"govreport-ink-{Environment.ProcessId}-{Guid.NewGuid():N}");
        ExternalTool.Run("pdftoppm", "-gray", "-r", Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-y", top.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-H", height.ToString(System.Globalization.CultureInfo.InvariantCulture), "-x", "0", "-W", ((int)(210 * pixelsPerMm)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-singlefile", pdf, stem);
        var image = ReadPgm(stem + ".pgm");
        File.Delete(stem + ".pgm");
        return image;
    }

    private static (int Width, int Height, byte[] Pixels) ReadPgm(string path)
    {
        var image = Pgm.ReadAll(File.ReadAllBytes(path)).Single();
        return (image.Width, image.Height, image.Pixels);
    }
}
