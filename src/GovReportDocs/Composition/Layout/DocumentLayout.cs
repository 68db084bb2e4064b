using GovReportDocs.Composition;
using GovReportDocs.NationalFormat;

namespace GovReportDocs.Composition.Layout;

/// <summary>
/// Lays a composed report out on GB/T 9704 pages: text on the 22-line grid, title centred in balanced lines,
/// headings kept with what follows, tables from their description, closing right-aligned, page numbers last.
/// The space between a Chinese character and a digit or Latin letter, hanLatinGapEm, is none, as 公文 are set and as
/// the .docx asks; only a test lays out with LibreOffice 7.4's gap, which it adds all the same, to show that it alone
/// moves LibreOffice's page breaks (docs/layout.md, “LibreOffice 7.4”).
/// </summary>
internal sealed class DocumentLayout(IGlyphMeasure metrics, double hanLatinGapEm = 0)
{
    private const double Body = PageLayout.BodyPt;
    private const double Indent = PageLayout.FirstLineIndentChars * Body;

    /// <summary>Lines of text that go over with the closing when it does not fit (GB/T 9704: no signature page without text).</summary>
    private const int LinesKeptWithClosing = 2;

    /// <summary>Lines are measured unscaled on a measure of 28 full-width characters.</summary>
    private static readonly double Measure = PageLayout.CharactersPerLine * Body;

    /// <summary>
    /// 28 characters in 156 mm: the GB/T 9704 pitch (≈15.79 pt) is the 16 pt glyph drawn at this horizontal scale,
    /// as Word's character grid does it. Justified lines take the scale that fills the measure exactly.
    /// </summary>
    private static readonly double GridScale = Points.TextWidth / Measure;

    /// <summary>An overfull line is condensed at most this far.</summary>
    private const double MinScale = 0.94;

    /// <summary>
    /// The widest space justification puts between two characters, a quarter em: a line that would need more (before
    /// a number or an address piece that cannot break) stays ragged rather than letter-spaced across the measure. Half
    /// an em let 某 县 城 关 镇 … 电 话 ： 0858- stand 0.27 em apart.
    /// </summary>
    internal const double MaxJustifyGap = Body / 4;

    /// <summary>A page break inside a paragraph leaves at least this many of its lines on each page (no widow, no orphan).</summary>
    private const int MinimumLinesOnAPage = 2;

    private readonly PageCanvas _canvas = new();
    private readonly TableLayout _tables = new(metrics, hanLatinGapEm);
    private double _y = Points.Top;

    public PageCanvas Lay(ComposedReport report)
    {
        var blocks = report.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            switch (blocks[i])
            {
                case TitleBlock title:
                    var titleNode = new StructureNode(StructureTag.H1);
                    foreach (var line in title.Lines)
                    {
                        Centered(line, FontRole.Title, PageLayout.TitlePt, titleNode);
                    }

                    _y += Points.LinePitch;
                    break;
                case HeadingBlock heading:
                    Heading(heading, KeptAfterHeading(blocks, i + 1));
                    break;
                case ParagraphBlock paragraph:
                    Paragraph(paragraph, ClosingRoom(next));
                    break;
                case TableBlock table:
                    _y = _tables.Place(table, _canvas, _y) + PageLayout.SpaceAfterTablePt;
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
    /// A heading stays with what follows: the next heading and what that one keeps, the first two lines of text,
    /// the start of a table (all of a table kept whole), or — when a short last paragraph and the closing follow —
    /// all of them, so the agency and date never stand alone.
    /// </summary>
    private void Heading(HeadingBlock heading, double keptAfter)
    {
        var lines = HeadingLines(heading);
        if (_y + lines.Count * Points.LinePitch + keptAfter > Points.Bottom + Points.Tolerance && _y > Points.Top + Points.Tolerance)
        {
            NewPage();
        }

        if (heading.IsPart)
        {
            _canvas.Mark(heading.Text, _y);
        }

        var node = new StructureNode(StructureNode.HeadingTag(heading.Level));
        foreach (var line in lines)
        {
            Line(line, Points.Left, bold: heading.Level == 3, node);
        }
    }

    /// <summary>The height, in points, that must follow a heading on its page.</summary>
    private double KeptAfterHeading(IReadOnlyList<ReportBlock> blocks, int index)
    {
        var next = index + 1 < blocks.Count ? blocks[index + 1] : null;
        return index >= blocks.Count ? 0 : blocks[index] switch
        {
            HeadingBlock heading => HeadingLines(heading).Count * Points.LinePitch + KeptAfterHeading(blocks, index + 1),
            TableBlock table => _tables.NeededAtStart(table),
            ParagraphBlock paragraph when ClosingRoom(next) > 0 && ParagraphLines(paragraph).Count <= LinesKeptWithClosing =>
                (ParagraphLines(paragraph).Count + ClosingRoom(next)) * Points.LinePitch,
            ParagraphBlock paragraph => FirstPartLines(ParagraphLines(paragraph).Count) * Points.LinePitch,
            _ => 0,
        };
    }

    /// <summary>The fewest lines of a paragraph that may end a page: all of a short one, which cannot be split two and two.</summary>
    private static int FirstPartLines(int count) => count < 2 * MinimumLinesOnAPage ? count : MinimumLinesOnAPage;

    private IReadOnlyList<LaidLine> HeadingLines(HeadingBlock heading) =>
        LineBreaker.Break([new StyledRun(heading.Text, RoleOf(heading.Level), Body)], metrics, Measure, Indent, justify: true, hanLatinGapEm);

    /// <summary>
    /// A body paragraph. A page break inside it leaves at least two lines on each side (no widow, no orphan). Before
    /// the closing, <paramref name="reserve"/> lines must follow on the same page: when they do not fit, the
    /// paragraph's last two lines go over with them (its heading saw to itself).
    /// </summary>
    private void Paragraph(ParagraphBlock paragraph, int reserve)
    {
        var lines = ParagraphLines(paragraph);
        var breakAt = BreakBefore(lines.Count, LinesLeft(), reserve);

        // A lead-in (（一）强化组织领导。) is the heading of its level, run in; the rest is the paragraph.
        var leadIn = paragraph.LeadIn is null ? null : new StructureNode(StructureNode.HeadingTag(paragraph.LeadInLevel));
        var node = new StructureNode(StructureTag.P);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == breakAt && _y > Points.Top + Points.Tolerance)
            {
                NewPage();
            }

            Line(lines[i], Points.Left, bold: false, node, leadIn: leadIn);
        }
    }

    /// <summary>The index of a paragraph's first line on the next page, or -1 when no page break falls inside it.</summary>
    internal static int BreakBefore(int count, int room, int reserve)
    {
        if (count + reserve <= room)
        {
            return -1;
        }

        if (count <= room)
        {
            return reserve == 0 ? -1 : count - Math.Min(LinesKeptWithClosing, count);
        }

        var first = Math.Min(room, count - MinimumLinesOnAPage);
        return first < MinimumLinesOnAPage ? 0 : first;
    }

    /// <summary>Whole grid lines left on the current page.</summary>
    private int LinesLeft() => (int)Math.Floor((Points.Bottom - _y) / Points.LinePitch + Points.Tolerance);

    // What a heading keeps lays out the paragraph after it (up to twice), and then the paragraph is laid out: its
    // lines, read-only, are broken once. One DocumentLayout serves one render, so this is never shared between threads.
    private readonly Dictionary<ParagraphBlock, IReadOnlyList<LaidLine>> _paragraphLines = new(ReferenceEqualityComparer.Instance);

    private IReadOnlyList<LaidLine> ParagraphLines(ParagraphBlock paragraph)
    {
        if (!_paragraphLines.TryGetValue(paragraph, out var lines))
        {
            _paragraphLines[paragraph] = lines = BreakParagraph(paragraph);
        }

        return lines;
    }

    private IReadOnlyList<LaidLine> BreakParagraph(ParagraphBlock paragraph)
    {
        var runs = new List<StyledRun>();
        if (paragraph.LeadIn is not null)
        {
            runs.Add(new StyledRun(paragraph.LeadIn, RoleOf(paragraph.LeadInLevel), Body));
        }

        runs.Add(new StyledRun(paragraph.Text, FontRole.Body, Body));
        return LineBreaker.Break(runs, metrics, Measure, Indent, justify: true, hanLatinGapEm);
    }

    /// <summary>Lines the closing needs after a block: a blank line and one per closing line; 0 when no closing follows.</summary>
    private static int ClosingRoom(ReportBlock? next) => next is ClosingBlock closing ? closing.Lines.Count + 1 : 0;

    /// <summary>The signature where <see cref="ClosingLayout"/> placed it, on the character grid.</summary>
    private void Closing(ClosingBlock closing)
    {
        _y += Points.LinePitch;
        foreach (var placed in closing.Lines)
        {
            var line = new LaidLine(
                [.. placed.Text.EnumerateRunes().Select(r => r.ToString()).Select(t => new TextUnit(t, FontRole.Body, Body, metrics.Width(t, FontRole.Body, Body)))],
                0, Justified: false);
            Line(line, Points.Left + placed.IndentChars * Body * GridScale, bold: false, new StructureNode(StructureTag.P));
        }
    }

    private void Centered(string text, FontRole role, double size, StructureNode node)
    {
        foreach (var line in LineBreaker.Break([new StyledRun(text, role, size)], metrics, Points.TextWidth, 0, justify: false, hanLatinGapEm))
        {
            Line(line, Points.Left + (Points.TextWidth - line.NaturalWidth) / 2, bold: false, node, scale: 1);
        }
    }

    /// <summary>
    /// Draws one line on the next grid line, starting a page when the text block is full: each run of one font
    /// as one string, at the grid scale, or at the scale that justifies the line. The text is part of
    /// <paramref name="node"/>; runs in a heading font are part of <paramref name="leadIn"/> when there is one.
    /// </summary>
    private void Line(LaidLine line, double left, bool bold, StructureNode node, double? scale = null, StructureNode? leadIn = null)
    {
        if (_y + Points.LinePitch > Points.Bottom + Points.Tolerance)
        {
            NewPage();
        }

        var size = line.Units.Count == 0 ? Body : line.Units.Max(u => u.Size);
        var baseline = Points.Baseline(_y, Points.LinePitch, size);
        var natural = line.Indent + line.NaturalWidth;
        var stretch = scale ?? GridScale;
        var gap = 0.0;
        if (scale is null && line.Justified)
        {
            // A short line is justified by spacing (stretched glyphs show); an overfull one by condensing a little.
            var fill = Points.TextWidth - natural * GridScale;
            if (fill < 0)
            {
                stretch = Math.Max(MinScale, Points.TextWidth / natural);
            }
            else if (line.Units.Skip(1).Count(u => !u.Glued) is var gaps and > 0 && fill > 0.05 && fill / gaps <= MaxJustifyGap)
            {
                gap = fill / gaps;
            }
        }

        var x = left + line.Indent * stretch;
        foreach (var run in Runs(line.Units, splitEach: gap > 0))
        {
            var width = run.Sum(u => u.Width) * stretch;
            var first = run[0];
            _canvas.Add(new DrawText(x, baseline, string.Concat(run.Select(u => u.Text)), first.Role, first.Size,
                bold || first.Role == FontRole.Heading3, stretch, leadIn is not null && first.Role != FontRole.Body ? leadIn : node));
            x += width + gap;
        }

        _y += Points.LinePitch;
    }

    /// <summary>
    /// Consecutive units of one font, drawn as one string; each unit alone when spacing justifies the line, but the
    /// pieces of a web address together.
    /// </summary>
    private static IEnumerable<List<TextUnit>> Runs(IReadOnlyList<TextUnit> units, bool splitEach)
    {
        var run = new List<TextUnit>();
        foreach (var unit in units)
        {
            if (run.Count > 0 && ((splitEach && !unit.Glued) || run[0].Role != unit.Role || run[0].Size != unit.Size))
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

    /// <summary>— N — in 4号, its 一字线 7 mm below the text block: right with one character in on odd pages, left on even.</summary>
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
            _canvas.AddTo(page, new DrawText(x, top + size * PageLayout.PageNumberDashRiseEm, text, FontRole.PageNumber, size));
        }
    }

    private static FontRole RoleOf(int level) => level switch
    {
        1 => FontRole.Heading1,
        2 => FontRole.Heading2,
        _ => FontRole.Heading3,
    };
}
