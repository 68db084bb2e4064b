using GovReportDocs.NationalFormat;

namespace GovReportDocs.Composition.Layout;

/// <summary>The page of <see cref="PageLayout"/> in PDF points (y grows downwards from the page top).</summary>
internal static class Points
{
    public static double FromMm(double mm) => mm * PageLayout.PointsPerMm;

    public static readonly double PageWidth = FromMm(PageLayout.PageWidthMm);
    public static readonly double PageHeight = FromMm(PageLayout.PageHeightMm);
    public static readonly double Left = FromMm(PageLayout.LeftMm);
    public static readonly double Top = FromMm(PageLayout.TopMm);
    public static readonly double TextWidth = FromMm(PageLayout.TextWidthMm);
    public static readonly double TextHeight = FromMm(PageLayout.TextHeightMm);
    public static readonly double Bottom = Top + TextHeight;
    public static readonly double Right = Left + TextWidth;
    public static readonly double LinePitch = PageLayout.LinePitchPt;

    /// <summary>
    /// Slack when comparing positions and widths: they are sums of many fractional points (28.99 pt lines, rows of
    /// 12 pt lines and padding, glyph widths), and what fits exactly must not go to the next line or page for a
    /// rounding error. <see cref="DocumentLayout"/> also counts whole lines with it.
    /// </summary>
    public const double Tolerance = 0.01;

    /// <summary>
    /// How far above the baseline the middle of a CJK face's em box stands, in ems: the Song, FangSong, Kai and Hei
    /// faces we embed centre their ideographs there, so a line's glyphs sit in the middle of its box.
    /// </summary>
    public const double EmBoxCentreAboveBaselineEm = 0.38;

    /// <summary>Where a glyph's baseline sits in a line box: the em box's middle on the box's middle.</summary>
    public static double Baseline(double lineTop, double lineHeight, double size) => lineTop + lineHeight / 2 + size * EmBoxCentreAboveBaselineEm;
}
