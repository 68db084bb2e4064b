namespace GovReportDocs.Reading.Lines;

/// <summary>
/// "Short enough to be a title, a heading or a cell", in characters, for every stage. A line longer than these is
/// running text whatever its shape; each bound leaves room above the longest real case for spaces, brackets and
/// numbering, and stays under the shortest sentence that could be mistaken for one (docs/reading.md, 阈值).
/// </summary>
internal static class ReadingThresholds
{
    /// <summary>
    /// A report's title line: the agency (the longest real names, a 街道办事处 under a district of a city, run to
    /// some 30 characters) and `2024年政府信息公开工作年度报告` (15).
    /// </summary>
    public const int MaxTitle = 60;

    /// <summary>
    /// The paragraphs a report's title stands among at its start (a 附件 line, a document number, the title set on two
    /// lines); a title found later, after a saved page's navigation, makes what stands before it the site's.
    /// </summary>
    public const int TitleParagraphs = 8;

    /// <summary>
    /// A part title (`四、政府信息公开行政复议、行政诉讼情况`, the longest, is 19) with a run-on page's spacing and a
    /// variant's extra words; a part's first sentence is longer.
    /// </summary>
    public const int MaxPartTitle = 32;

    /// <summary>The signature line at the end: an agency's name alone (the longest some 30 characters), never a sentence.</summary>
    public const int MaxSignature = 30;

    /// <summary>
    /// An element of a web page taken as the report's title: the title line itself plus what sites add around it
    /// (a 【】 column name, a date); counted without gathering a long element's text.
    /// </summary>
    public const int MaxTitleElement = 80;

    /// <summary>
    /// A line between parts 二 and 五 taken as a table cell: the longest label of the tables (表三's
    /// `2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请`, 36) with its numbering and room.
    /// </summary>
    public const int MaxTableCell = 60;

    /// <summary>
    /// One line of a label wrapped inside its cell of a PDF table: the cell column is narrow, so a line of the label is
    /// shorter than the longest label; a line of 30 or more is running text set across the page.
    /// </summary>
    public const int MaxLabelLine = 30;
}
