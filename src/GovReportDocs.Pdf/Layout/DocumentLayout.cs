using GovReportDocs.Composition;
using GovReportDocs.Format;

namespace GovReportDocs.Pdf.Layout;

/// <summary>
/// Lays a composed report out on GB/T 9704 pages: text on the 22-line grid, title centred in balanced lines,
/// headings kept with what follows, tables from their description, closing right-aligned, page numbers last.
/// </summary>
internal sealed class DocumentLayout(GlyphMetrics metrics)
{
    private const double Body = PageLayout.BodyPt;
    private const double Indent = PageLayout.FirstLineIndentChars * Body;
    private const int LinesKeptBeforeTable = 4;

    /// <summary>Lines of text that go over with the closing when it does not fit (GB/T 9704: no signature page without text).</summary>
    private const int LinesKeptWithClosing = 2;

    /// <summary>Lines are measured unscaled on a measure of 28 full-width characters.</summary>
    private static readonly double Measure = PageLayout.CharactersPerLine * Body;

    /// <summary>
    /// 28 characters in 156 mm: the GB/T 9704 pitch (≈15.79 pt) is the 16 pt glyph drawn at this horizontal scale,
    /// as Word's character grid does it. Justified lines take the scale that fills the measure exactly.
    /// </summary>
    private static readonly double GridScale = Points.TextWidth / Measure;

    /// <summary>Beyond these, stretching glyphs would show: the line is justified by spacing instead.</summary>
    private const double MinScale = 0.94, MaxScale = 1.04;

    private readonly PageCanvas _canvas = new();
    private readonly TableLayout _tables = new(metrics);
    private double _y = Points.Top;

    public PageCanvas Lay(ComposedReport report)
    {
        var blocks = report.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            var afterNext = i + 2 < blocks.Count ? blocks[i + 2] : null;
            switch (blocks[i])
            {
                case TitleBlock title:
                    foreach (var line in title.Lines)
                    {
                        Centered(line, FontRole.Title, PageLayout.TitlePt);
                    }

                    _y += Points.LinePitch;
                    break;
                case HeadingBlock heading:
                    Heading(heading, next, afterNext);
                    break;
                case ParagraphBlock paragraph:
                    Paragraph(paragraph, ClosingRoom(next));
                    break;
                case TableBlock table:
                    _y = _tables.Place(table, _canvas, _y);
                    SnapToGrid();
                    break;
                case ClosingBlock closing:
                    Closing(closing);
                    break;
            }
        }

        PageNumbers();
        return _canvas;
    }

    /// <summary>
    /// A heading stays with what follows: one line of text, the start of a table, or — when a short last
    /// paragraph and the closing follow — all of them, so the agency and date never stand alone.
    /// </summary>
    private void Heading(HeadingBlock heading, ReportBlock? next, ReportBlock? afterNext)
    {
        var role = RoleOf(heading.Level);
        var lines = LineBreaker.Break([new StyledRun(heading.Text, role, Body)], metrics, Measure, Indent, justify: true);
        var following = next switch
        {
            TableBlock => LinesKeptBeforeTable,
            ParagraphBlock paragraph when ClosingRoom(afterNext) > 0 && ParagraphLines(paragraph).Count <= LinesKeptWithClosing =>
                ParagraphLines(paragraph).Count + ClosingRoom(afterNext),
            _ => 1,
        };
        var keep = lines.Count + following;
        if (_y + keep * Points.LinePitch > Points.Bottom + 0.01)
        {
            NewPage();
        }

        if (heading.IsPart)
        {
            _canvas.Mark(heading.Text, _y);
        }

        foreach (var line in lines)
        {
            Line(line, Points.Left, bold: heading.Level == 3);
        }
    }

    /// <summary>
    /// A body paragraph. Before the closing, <paramref name="reserve"/> lines must follow on the same page: when
    /// they do not fit, the paragraph's last two lines go over with them (its heading saw to itself).
    /// </summary>
    private void Paragraph(ParagraphBlock paragraph, int reserve)
    {
        var lines = ParagraphLines(paragraph);
        var room = (int)Math.Floor((Points.Bottom - _y) / Points.LinePitch + 0.01);
        var carry = reserve > 0 && lines.Count <= room && lines.Count + reserve > room ? Math.Min(LinesKeptWithClosing, lines.Count) : 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (carry > 0 && i == lines.Count - carry && _y > Points.Top + 0.01)
            {
                NewPage();
            }

            Line(lines[i], Points.Left, bold: false);
        }
    }

    private IReadOnlyList<LaidLine> ParagraphLines(ParagraphBlock paragraph)
    {
        var runs = new List<StyledRun>();
        if (paragraph.LeadIn is not null)
        {
            runs.Add(new StyledRun(paragraph.LeadIn, RoleOf(paragraph.LeadInLevel), Body));
        }

        runs.Add(new StyledRun(paragraph.Text, FontRole.Body, Body));
        return LineBreaker.Break(runs, metrics, Measure, Indent, justify: true);
    }

    /// <summary>Lines the closing needs after a block: a blank line and one per closing line; 0 when no closing follows.</summary>
    private static int ClosingRoom(ReportBlock? next) => next is ClosingBlock closing ? closing.Lines.Count + 1 : 0;

    private void Closing(ClosingBlock closing)
    {
        _y += Points.LinePitch;
        var right = Points.Right - PageLayout.ClosingRightIndentChars * Body * GridScale;
        foreach (var text in closing.Lines)
        {
            foreach (var line in LineBreaker.Break([new StyledRun(text, FontRole.Body, Body)], metrics, Measure, 0, justify: false))
            {
                Line(line, right - line.NaturalWidth * GridScale, bold: false);
            }
        }
    }

    private void Centered(string text, FontRole role, double size)
    {
        foreach (var line in LineBreaker.Break([new StyledRun(text, role, size)], metrics, Points.TextWidth, 0, justify: false))
        {
            Line(line, Points.Left + (Points.TextWidth - line.NaturalWidth) / 2, bold: false, scale: 1);
        }
    }

    /// <summary>
    /// Draws one line on the next grid line, starting a page when the text block is full: each run of one font
    /// as one string, at the grid scale, or at the scale that justifies the line.
    /// </summary>
    private void Line(LaidLine line, double left, bool bold, double? scale = null)
    {
        if (_y + Points.LinePitch > Points.Bottom + 0.01)
        {
            NewPage();
        }

        var size = line.Units.Count == 0 ? Body : line.Units.Max(u => u.Size);
        var baseline = Points.Baseline(_y, Points.LinePitch, size);
        var natural = line.Indent + line.NaturalWidth;
        var stretch = scale ?? (line.Justified ? Points.TextWidth / natural : GridScale);
        var gap = 0.0;
        if (stretch is < MinScale or > MaxScale)
        {
            stretch = GridScale;
            gap = line.Units.Count > 1 ? Math.Max(0, Points.TextWidth - natural * stretch) / (line.Units.Count - 1) : 0;
        }

        var x = left + line.Indent * stretch;
        foreach (var run in Runs(line.Units, splitEach: gap > 0))
        {
            var width = run.Sum(u => u.Width) * stretch;
            var first = run[0];
            _canvas.Add(new DrawText(x, baseline, string.Concat(run.Select(u => u.Text)), first.Role, first.Size,
                bold || first.Role == FontRole.Heading3, stretch));
            x += width + gap;
        }

        _y += Points.LinePitch;
    }

    /// <summary>Consecutive units of one font, drawn as one string; each unit alone when spacing justifies the line.</summary>
    private static IEnumerable<List<TextUnit>> Runs(IReadOnlyList<TextUnit> units, bool splitEach)
    {
        var run = new List<TextUnit>();
        foreach (var unit in units)
        {
            if (run.Count > 0 && (splitEach || run[0].Role != unit.Role || run[0].Size != unit.Size))
            {
                yield return run;
                run = [];
            }

            run.Add(unit);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private void NewPage()
    {
        _canvas.NewPage();
        _y = Points.Top;
    }

    /// <summary>After a table, text resumes on the next line of the grid.</summary>
    private void SnapToGrid()
    {
        var lines = Math.Ceiling((_y - Points.Top) / Points.LinePitch - 0.01);
        _y = Points.Top + lines * Points.LinePitch;
    }

    /// <summary>— N — in 4号, 7 mm below the text block: right with one character in on odd pages, left on even.</summary>
    private void PageNumbers()
    {
        const double size = PageLayout.PageNumberPt;
        var top = Points.Bottom + Points.FromMm(PageLayout.PageNumberGapMm);
        for (var page = 0; page < _canvas.Pages.Count; page++)
        {
            var text = PageLayout.PageNumberText(page + 1);
            var width = metrics.Width(text, FontRole.PageNumber, size);
            var odd = page % 2 == 0;
            var x = odd ? Points.Right - size - width : Points.Left + size;
            _canvas.AddTo(page, new DrawText(x, top + size * 0.88, text, FontRole.PageNumber, size));
        }
    }

    private static FontRole RoleOf(int level) => level switch
    {
        1 => FontRole.Heading1,
        2 => FontRole.Heading2,
        _ => FontRole.Heading3,
    };
}
