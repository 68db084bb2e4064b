using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using GovReportDocs.Composition;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Pdf;
using GovReportDocs.Composition.Layout;
using GovReportDocs.Pdf.Layout;
using GovReportDocs.Tests.Support;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GovReportDocs.Tests.Reading;

/// <summary>What a Word or WPS export does differently from our renderer, one switch each.</summary>
internal sealed record WordLikeStyle
{
    /// <summary>Table borders as thin filled bars (Word); false draws no borders at all.</summary>
    public bool Borders { get; init; } = true;

    /// <summary>Borders as stroked lines, one per cell edge (WPS), rather than filled bars.</summary>
    public bool StrokedBorders { get; init; }

    /// <summary>Whether a merged label cut by a page break is printed again on the next page.</summary>
    public bool RepeatMergedLabel { get; init; } = true;

    /// <summary>The page number footer; {0} is the page, {1} the page count.</summary>
    public string PageNumber { get; init; } = "- {0} -";

    /// <summary>A running head printed above the text block of every page, or null.</summary>
    public string? RunningHead { get; init; }

    /// <summary>Header cells filled grey: the fill's edges lie on the borders.</summary>
    public bool ShadedHeader { get; init; }

    /// <summary>Each line of running text set on a white-filled rectangle the width of the text block (WPS paragraph shading).</summary>
    public bool WhiteLineShading { get; init; }

    /// <summary>Table text size: Word users pick 10.5 (五号) to 12 (小四).</summary>
    public double TableSize { get; init; } = 10.5;

    /// <summary>Headings printed otherwise, each as its lines: a title reworded, renumbered or broken over two lines.</summary>
    public IReadOnlyDictionary<string, string[]> Headings { get; init; } = new Dictionary<string, string[]>();

    /// <summary>The distance between the baselines of running text, in letter sizes, or null for the format's 28-point pitch (a template's wide spacing: 2.6).</summary>
    public double? BodyLinePitch { get; init; }

    /// <summary>Whether headings are set in their 黑体 face and thickened (drawn twice), as Word and WPS set them; false sets them in the body's face and weight.</summary>
    public bool BoldHeadings { get; init; } = true;
}

/// <summary>
/// Draws a report the way Word and WPS exports look to a PDF reader, with PDFsharp: every CJK character placed
/// by itself and Latin runs as words, no spaces drawn, headings thickened by drawing twice, paragraphs left
/// aligned (not justified), tables walked from their descriptions with borders as filled bars or per-cell
/// lines, split over pages with the header rows repeated, and a page number and running head on every page.
/// </summary>
[SuppressMessage("Reliability", "CA1001", Justification = "Draw saves the document and disposes it; the instance keeps only the bytes.")]
internal sealed class WordLikePdf
{
    private const double BodySize = 16;
    private const double TitleSize = 22;
    private const double Padding = 3;
    private const double BorderWidth = 0.5;

    private static readonly double PageWidth = Points.PageWidth;
    private static readonly double PageHeight = Points.PageHeight;
    private static readonly double Left = Points.Left;
    private static readonly double Width = Points.TextWidth;
    private static readonly double Top = Points.Top;
    private static readonly double Bottom = Points.Bottom;

    private readonly GlyphMetrics _metrics = new(PdfRenderer.Fonts());
    private readonly WordLikeStyle _style;
    private readonly PdfDocument _document = new();
    private readonly List<XGraphics> _pages = [];
    private double _y;

    private WordLikePdf(WordLikeStyle style) => _style = style;

    /// <summary>The pages each table was drawn on (1-based), by table name.</summary>
    public Dictionary<string, List<int>> TablePages { get; } = [];

    public byte[] Bytes { get; private set; } = [];

    public int PageCount => _pages.Count;

    public static WordLikePdf Render(AnnualReport report, WordLikeStyle style)
    {
        PdfSamples.Render(report); // chooses the licence and the fonts as the renderer does
        var pdf = new WordLikePdf(style);
        pdf.Draw(ReportComposer.Compose(report));
        return pdf;
    }

    private XGraphics Page => _pages[^1];

    private void Draw(ComposedReport report)
    {
        NewPage();
        foreach (var block in report.Blocks)
        {
            switch (block)
            {
                case TitleBlock title:
                    foreach (var line in title.Lines)
                    {
                        var width = _metrics.Width(line, FontRole.Title, TitleSize);
                        TextLine(line, Left + (Width - width) / 2, TitleSize * 1.6, FontRole.Title, TitleSize, bold: false);
                    }

                    _y += BodySize;
                    break;
                case HeadingBlock heading:
                    foreach (var line in _style.Headings.GetValueOrDefault(heading.Text) ?? [heading.Text])
                    {
                        var role = !_style.BoldHeadings ? FontRole.Body : heading.Level == 1 ? FontRole.Heading1 : FontRole.Heading2;
                        TextLine(line, Left + 2 * BodySize, Points.LinePitch, role, BodySize, bold: _style.BoldHeadings);
                    }

                    break;
                case ParagraphBlock paragraph:
                    var first = true;
                    foreach (var line in Wrap(paragraph.FullText, FontRole.Body, BodySize, Width, 2 * BodySize))
                    {
                        TextLine(line, Left + (first ? 2 * BodySize : 0), _style.BodyLinePitch * BodySize ?? Points.LinePitch, FontRole.Body, BodySize, bold: false);
                        first = false;
                    }

                    break;
                case ClosingBlock closing:
                    foreach (var line in closing.Lines)
                    {
                        TextLine(line.Text, Left + Width - _metrics.Width(line.Text, FontRole.Body, BodySize) - 2 * BodySize, Points.LinePitch, FontRole.Body, BodySize, bold: false);
                    }

                    break;
                case TableBlock table:
                    Table(table);
                    break;
            }
        }

        for (var i = 0; i < _pages.Count; i++)
        {
            Residue(_pages[i], i + 1);
            _pages[i].Dispose();
        }

        using var output = new MemoryStream();
        _document.Save(output, closeStream: false);
        _document.Dispose();
        Bytes = output.ToArray();
    }

    private void NewPage()
    {
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        _pages.Add(XGraphics.FromPdfPage(page));
        _y = Top;
    }

    private void TextLine(string text, double x, double pitch, FontRole role, double size, bool bold)
    {
        if (_y + pitch > Bottom)
        {
            NewPage();
        }

        if (_style.WhiteLineShading)
        {
            Page.DrawRectangle(XBrushes.White, Left, _y, Width, pitch);
        }

        Glyphs(Page, text, x, _y + pitch * 0.7, role, size, bold);
        _y += pitch;
    }

    /// <summary>CJK one character at a time, Latin and digits a word at a time, each at its own position.</summary>
    private void Glyphs(XGraphics page, string text, double x, double baseline, FontRole role, double size, bool bold)
    {
        var font = PdfSharpFonts.Font(role, size);
        var i = 0;
        while (i < text.Length)
        {
            var end = i + 1;
            if (text[i] < 0x2E80)
            {
                while (end < text.Length && text[end] < 0x2E80 && text[end] != ' ')
                {
                    end++;
                }
            }

            var piece = text[i..end];
            if (piece != " ")
            {
                page.DrawString(piece, font, XBrushes.Black, x, baseline, XStringFormats.BaseLineLeft);
                if (bold)
                {
                    page.DrawString(piece, font, XBrushes.Black, x + 0.3, baseline, XStringFormats.BaseLineLeft);
                }
            }

            x += _metrics.Width(piece, role, size);
            i = end;
        }
    }

    private List<string> Wrap(string text, FontRole role, double size, double width, double firstIndent = 0)
    {
        var lines = new List<string>();
        var start = 0;
        var used = firstIndent;
        for (var i = 0; i < text.Length; i++)
        {
            var w = _metrics.Width(text[i].ToString(), role, size);
            if (used + w > width && i > start)
            {
                // Closing punctuation never starts a line: the character before it moves down with it.
                var at = "，。、；：）》”".Contains(text[i]) && i - 1 > start ? i - 1 : i;
                lines.Add(text[start..at]);
                start = at;
                used = _metrics.Width(text[at..i], role, size);
            }

            used += w;
        }

        lines.Add(text[start..]);
        return lines;
    }

    private void Table(TableBlock block)
    {
        var table = block.Table;
        var size = _style.TableSize;
        var pitch = size * 1.3;
        var edges = table.ColumnEdges.Select(e => Left + e * Width).ToArray();
        double CellWidth(TableCell c) => edges[c.Column + c.ColumnSpan] - edges[c.Column] - 2 * Padding;
        List<string> Lines(TableCell c) => Wrap(block.TextOf(c), FontRole.Table, size, CellWidth(c));

        var heights = new double[table.RowCount];
        for (var row = 0; row < table.RowCount; row++)
        {
            heights[row] = table.CellsStartingOn(row).Where(c => c.RowSpan == 1)
                .Select(c => Lines(c).Count * pitch + 2 * Padding).DefaultIfEmpty(pitch + 2 * Padding).Max();
        }

        var pages = TablePages[table.Name] = [];
        var headerHeight = heights.Take(table.HeaderRowCount).Sum();
        var first = table.HeaderRowCount;
        while (first < table.RowCount)
        {
            if (_y + headerHeight + heights[first] > Bottom)
            {
                NewPage();
            }

            var last = first;
            var height = headerHeight + heights[first];
            while (last + 1 < table.RowCount && _y + height + heights[last + 1] <= Bottom)
            {
                height += heights[++last];
            }

            pages.Add(_pages.Count);
            var tops = new Dictionary<int, double>();
            var y = _y;
            foreach (var row in Enumerable.Range(0, table.HeaderRowCount).Concat(Enumerable.Range(first, last - first + 1)))
            {
                tops[row] = y;
                y += heights[row];
            }

            foreach (var cell in table.Cells)
            {
                var header = cell.Row < table.HeaderRowCount;
                var from = header ? cell.Row : Math.Max(cell.Row, first);
                var to = header ? cell.LastRow : Math.Min(cell.LastRow, last);
                if (from > to)
                {
                    continue;
                }

                var top = tops[from];
                var bottom = tops[to] + heights[to];
                var text = Lines(cell);
                var cut = !header && (cell.Row < first || cell.LastRow > last);
                if (cut && !_style.RepeatMergedLabel)
                {
                    // Word flows a cut cell's text: what fits stays at the top of the first part, the rest goes on.
                    var fits = (int)((bottom - top - 2 * Padding) / pitch);
                    text = cell.Row >= first ? text.Take(fits).ToList() : text.Skip(FitsBefore(cell, first, heights, pitch)).ToList();
                }

                if (header && _style.ShadedHeader)
                {
                    Page.DrawRectangle(XBrushes.LightGray, edges[cell.Column], top, edges[cell.Column + cell.ColumnSpan] - edges[cell.Column], bottom - top);
                }

                CellDrawing(edges[cell.Column], top, edges[cell.Column + cell.ColumnSpan], bottom, text, size, pitch, centred: !cut || _style.RepeatMergedLabel);
            }

            _y = y;
            first = last + 1;
        }

        _y += pitch;
    }

    /// <summary>How many lines of a cut cell were printed on the pages before the one starting at row <paramref name="first"/>.</summary>
    private static int FitsBefore(TableCell cell, int first, double[] heights, double pitch) =>
        (int)((heights.Skip(cell.Row).Take(first - cell.Row).Sum() - 2 * Padding) / pitch);

    private void CellDrawing(double left, double top, double right, double bottom, List<string> lines, double size, double pitch, bool centred)
    {
        var baseline = (centred ? (top + bottom) / 2 - lines.Count * pitch / 2 : top + Padding) + pitch * 0.75;
        foreach (var line in lines.Where(l => l.Length > 0))
        {
            var width = _metrics.Width(line, FontRole.Table, size);
            Glyphs(Page, line, (left + right - width) / 2, baseline, FontRole.Table, size, bold: false);
            baseline += pitch;
        }

        if (!_style.Borders)
        {
            return;
        }

        if (_style.StrokedBorders)
        {
            var pen = new XPen(XColors.Black, BorderWidth);
            Page.DrawLine(pen, left, top, right, top);
            Page.DrawLine(pen, right, top, right, bottom);
            Page.DrawLine(pen, left, bottom, right, bottom);
            Page.DrawLine(pen, left, top, left, bottom);
        }
        else
        {
            Page.DrawRectangle(XBrushes.Black, left, top - BorderWidth / 2, right - left, BorderWidth);
            Page.DrawRectangle(XBrushes.Black, left, bottom - BorderWidth / 2, right - left, BorderWidth);
            Page.DrawRectangle(XBrushes.Black, left - BorderWidth / 2, top, BorderWidth, bottom - top);
            Page.DrawRectangle(XBrushes.Black, right - BorderWidth / 2, top, BorderWidth, bottom - top);
        }
    }

    private void Residue(XGraphics page, int number)
    {
        if (_style.RunningHead is { } head)
        {
            Glyphs(page, head, Left + (Width - _metrics.Width(head, FontRole.Table, 10.5)) / 2, Top - 30, FontRole.Table, 10.5, bold: false);
            page.DrawLine(new XPen(XColors.Black, 0.75), Left, Top - 24, Left + Width, Top - 24);
        }

        var text = string.Format(CultureInfo.InvariantCulture, _style.PageNumber, number, _pages.Count);
        var width = _metrics.Width(text, FontRole.PageNumber, 14);
        var x = number % 2 == 1 ? Left + Width - width - 14 : Left + 14;
        Glyphs(page, text, x, Bottom + 20 + 14, FontRole.PageNumber, 14, bold: false);
    }
}
