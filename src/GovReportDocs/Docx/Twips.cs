using GovReportDocs.NationalFormat;

namespace GovReportDocs.Docx;

/// <summary>Converts the layout numbers of <see cref="PageLayout"/> to the units of WordprocessingML.</summary>
internal static class Twips
{
    public static int FromMm(double mm) => (int)Math.Round(mm * PageLayout.PointsPerMm * 20);

    public static int FromPt(double pt) => (int)Math.Round(pt * 20);

    /// <summary>Half-points, the unit of w:sz.</summary>
    public static string HalfPoints(double pt) => ((int)Math.Round(pt * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static readonly int PageWidth = FromMm(PageLayout.PageWidthMm);
    public static readonly int PageHeight = FromMm(PageLayout.PageHeightMm);
    public static readonly int Top = FromMm(PageLayout.TopMm);
    public static readonly int Bottom = FromMm(PageLayout.BottomMm);
    public static readonly int Left = FromMm(PageLayout.LeftMm);
    public static readonly int Right = FromMm(PageLayout.RightMm);
    public static readonly int TextWidth = PageWidth - Left - Right;
    public static readonly int LinePitch = (int)Math.Floor(PageLayout.LinePitchPt * 20);
    public static readonly int BodyChar = FromPt(PageLayout.BodyPt);

    /// <summary>The character pitch of GB/T 9704: 28 characters in the text width (≈ 15.79 pt), in twips.</summary>
    public static readonly double CharacterPitch = (double)TextWidth / PageLayout.CharactersPerLine;

    /// <summary>
    /// Character spacing (w:spacing, twentieths of a point) that brings the 16 pt body glyphs to the pitch: −0.25 pt,
    /// so 28 characters (441 pt) fit the 442.25 pt line in Word, WPS and LibreOffice alike.
    /// </summary>
    public static readonly int CharacterSpacing = (int)Math.Floor(CharacterPitch - FromPt(PageLayout.BodyPt));

    /// <summary>
    /// Footer distance from the page edge, to the bottom of the page-number line: the top of its 一字线 stands 7 mm
    /// below the text block (GB/T 9704 §7.5), measured on the page in StressRenderingTests.
    /// </summary>
    public static readonly int Footer =
        FromMm(PageLayout.BottomMm - PageLayout.PageNumberGapMm) - FromPt(PageLayout.PageNumberPt * PageLayout.PageNumberDashAboveLineBottomEm);
}
