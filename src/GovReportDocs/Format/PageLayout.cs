namespace GovReportDocs.Format;

/// <summary>The GB/T 9704-2012 page (docs/layout.md), in millimetres and points: one place for every layout number.</summary>
internal static class PageLayout
{
    /// <summary>A4 portrait.</summary>
    public const double PageWidthMm = 210, PageHeightMm = 297;

    /// <summary>Margins: top 37, bottom 35, left 28, right 26 (text block 156 × 225 mm).</summary>
    public const double TopMm = 37, BottomMm = 35, LeftMm = 28, RightMm = 26;

    /// <summary>The text block.</summary>
    public const double TextWidthMm = PageWidthMm - LeftMm - RightMm, TextHeightMm = PageHeightMm - TopMm - BottomMm;

    /// <summary>22 lines per page.</summary>
    public const int LinesPerPage = 22;

    /// <summary>28 characters per line.</summary>
    public const int CharactersPerLine = 28;

    /// <summary>Line pitch: 225 mm / 22 ≈ 28.95 pt.</summary>
    public const double LinePitchPt = TextHeightMm / LinesPerPage * PointsPerMm;

    /// <summary>Body text: 3号.</summary>
    public const double BodyPt = 16;

    /// <summary>Title: 2号.</summary>
    public const double TitlePt = 22;

    /// <summary>Page numbers: 4号.</summary>
    public const double PageNumberPt = 14;

    /// <summary>Table text: 五号, so table 3 (10 columns) and table 4 (15 columns) fit 156 mm.</summary>
    public const double TablePt = 10.5;

    /// <summary>Page numbers stand 7 mm below the text block.</summary>
    public const double PageNumberGapMm = 7;

    /// <summary>First-line indent of body paragraphs, in characters.</summary>
    public const int FirstLineIndentChars = 2;

    /// <summary>Space between the closing lines and the right margin, in characters (成文日期右空四字).</summary>
    public const int ClosingRightIndentChars = 4;

    /// <summary>Points per millimetre.</summary>
    public const double PointsPerMm = 72 / 25.4;

    /// <summary>The em dash around page numbers: — 1 —.</summary>
    public static string PageNumberText(int page) => $"— {page} —";
}
