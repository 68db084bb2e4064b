using GovReportDocs.Format;

namespace GovReportDocs.Pdf.Layout;

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

    /// <summary>Where a glyph's baseline sits in a line box: CJK faces centre their em box around 0.38 em above it.</summary>
    public static double Baseline(double lineTop, double lineHeight, double size) => lineTop + lineHeight / 2 + size * 0.38;
}
