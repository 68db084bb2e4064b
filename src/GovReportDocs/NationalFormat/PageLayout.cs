namespace GovReportDocs.NationalFormat;

/// <summary>The GB/T 9704-2012 page (docs/layout.md), in millimetres and points: one place for every layout number.</summary>
internal static class PageLayout
{
    /// <summary>A4 portrait.</summary>
    public const double PageWidthMm = 210, PageHeightMm = 297;

    /// <summary>Margins: top 37, bottom 35, left 28, right 26 (text block 156 × 225 mm).</summary>
    public const double TopMm = 37, BottomMm = 35, LeftMm = 28, RightMm = 26;

    /// <summary>The text block.</summary>
    public const double TextWidthMm = PageWidthMm - LeftMm - RightMm, TextHeightMm = PageHeightMm - TopMm - BottomMm;

    /// <summary>The text block's width in points (≈ 442.2).</summary>
    public const double TextWidthPt = TextWidthMm * PointsPerMm;

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

    /// <summary>Space between a table cell's border and its text, left and right: 1 mm.</summary>
    public const double TableCellPaddingPt = 1 * PointsPerMm;

    /// <summary>
    /// Line pitch of table text, exact in both formats: left to the renderer, LibreOffice gives 宋体 五号 11 pt lines and
    /// Word about 13.7 pt, and the same table ran a page longer in one format than in the other.
    /// </summary>
    public const double TableLinePt = 12;

    /// <summary>Space between a table cell's border and its text, above and below.</summary>
    public const double TableCellPaddingYPt = 1.5;

    /// <summary>
    /// Space between a table's bottom rule and the line box of the text after it: none. That line takes a whole line
    /// pitch from the rule, its glyphs centred in it (a heading's ink about 2.5 mm under the rule), as WPS and Word
    /// set 公文. It is not moved down to the page's 22-line grid: the .docx cannot know where that falls under rows Word
    /// sizes itself, and the PDF, which did, set headings 5–10 mm under a table where the .docx had 2.5 mm.
    /// </summary>
    public const double SpaceAfterTablePt = 0;

    /// <summary>Rows are at least 0.6 cm high, as in the template circulated among offices; taller when a label wraps.</summary>
    public const double TableMinimumRowPt = 17;

    /// <summary>A merged group of at most this many rows (（三）不予公开 has 8) stays on one page; 三、本年度办理结果 (22) may break.</summary>
    public const int KeptTogetherRows = 8;

    /// <summary>
    /// A table of at most this many rows (表二 has 14, 表四 4) breaks only between its blocks (表二's 第二十条 items) or
    /// not at all (表四); 表三 (28) may break between any rows.
    /// </summary>
    public const int KeptWholeTableRows = 16;

    /// <summary>The 一字线 of the page number stands 7 mm below the text block (GB/T 9704 §7.5: 一字线上距版心下边缘7mm).</summary>
    public const double PageNumberGapMm = 7;

    /// <summary>
    /// Where the top of the 一字线 (—) stands in a Song face, in ems above the baseline: the page number's baseline is
    /// this much below the 7 mm, so that the dash, not the line's top, is where the standard puts it.
    /// </summary>
    public const double PageNumberDashRiseEm = 0.39;

    /// <summary>Below the dash's top, what a single-spaced line of the page number still takes: the rise and the descent, in ems.</summary>
    public const double PageNumberDashAboveLineBottomEm = PageNumberDashRiseEm + 0.13;

    /// <summary>First-line indent of body paragraphs, in characters.</summary>
    public const int FirstLineIndentChars = 2;

    /// <summary>Space between the agency name of the signature and the right margin, in characters (GB/T 9704 §7.3.5.3: 右空二字).</summary>
    public const int ClosingRightIndentChars = 2;

    /// <summary>
    /// The widest line of the agency name in the signature, in characters: a wider name wraps, so that the date (two
    /// characters right of the name's first) starts right of the left third of the line.
    /// </summary>
    public const int ClosingNameLineChars = 18;

    /// <summary>The date's first character stands this many characters right of the name's first (首字比署名首字右移二字).</summary>
    public const int ClosingDateShiftChars = 2;

    /// <summary>Points per millimetre.</summary>
    public const double PointsPerMm = 72 / 25.4;

    /// <summary>The em dash around page numbers: — 1 —.</summary>
    public static string PageNumberText(int page) => $"— {page} —";
}
