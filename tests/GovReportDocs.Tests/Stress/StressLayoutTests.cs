using GovReportDocs.Composition;
using GovReportDocs.NationalFormat;
using GovReportDocs.Composition.Layout;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Stress;

/// <summary>
/// The pages of every stress input as the PDF layout decides them, measured with the fixed-pitch test measure:
/// no fonts needed, so these run on any machine. <see cref="StressRenderingTests"/> reads the real files back.
/// </summary>
public class StressLayoutTests
{
    private static PageCanvas Lay(ComposedReport report) => new DocumentLayout(FixedPitchGlyphs.Instance).Lay(report);

    private static IEnumerable<(int Page, DrawText Text)> Texts(PageCanvas canvas) =>
        canvas.Pages.SelectMany((operations, page) => operations.OfType<DrawText>().Select(t => (page, t)));

    [Theory]
    [MemberData(nameof(StressInputs.All), MemberType = typeof(StressInputs))]
    public void Every_number_stays_on_one_line_inside_its_cell(string input)
    {
        var composed = StressInputs.Compose(input);
        var canvas = Lay(composed);
        var numbers = composed.Blocks.OfType<TableBlock>()
            .SelectMany(b => b.Table.DatumCells.Select(b.TextOf)).Where(t => t.Length > 0).ToHashSet();
        foreach (var (page, text) in Texts(canvas).Where(x => x.Text.Role == FontRole.Table && x.Text.Text.All(c => char.IsAsciiDigit(c) || c == '.')))
        {
            numbers.ShouldContain(text.Text, $"{input}: a number was cut: {text.Text}");
            var width = FixedPitchGlyphs.Instance.Width(text.Text, FontRole.Table, text.Size) * text.Scale;
            var box = canvas.Pages[page].OfType<DrawBox>()
                .Single(b => b.X <= text.X && text.X < b.X + b.Width && b.Y <= text.Baseline && text.Baseline <= b.Y + b.Height);
            (text.X - box.X).ShouldBeGreaterThanOrEqualTo(PageLayout.TableCellPaddingPt - 0.01, $"{input}: {text.Text}");
            (box.X + box.Width - text.X - width).ShouldBeGreaterThanOrEqualTo(PageLayout.TableCellPaddingPt - 0.01, $"{input}: {text.Text}");
            // One rule in both formats: condensed no further than legible, else a size smaller (issue 24).
            text.Size.ShouldBeGreaterThanOrEqualTo(CellFit.SmallerPt);
            text.Scale.ShouldBeGreaterThanOrEqualTo(CellFit.MinimumScale, $"{input}: {text.Text}");
        }
    }

    [Theory]
    [MemberData(nameof(StressInputs.All), MemberType = typeof(StressInputs))]
    public void No_page_ends_with_a_heading_and_the_closing_has_text_above_it(string input)
    {
        var composed = StressInputs.Compose(input);
        var canvas = Lay(composed);
        var headings = composed.Blocks.OfType<HeadingBlock>().Select(h => h.Text).ToHashSet();
        var closing = composed.Blocks.OfType<ClosingBlock>().Single();
        for (var page = 0; page < canvas.Pages.Count; page++)
        {
            var lines = canvas.Pages[page].OfType<DrawText>().Where(t => t.Role != FontRole.PageNumber)
                .GroupBy(t => Math.Round(t.Baseline, 1)).OrderBy(g => g.Key)
                .Select(g => string.Concat(g.OrderBy(t => t.X).Select(t => t.Text))).ToList();
            lines.ShouldNotBeEmpty($"{input}: page {page + 1} is empty");
            headings.ShouldNotContain(lines[^1], $"{input}: page {page + 1} ends with a heading");
            if (lines.Contains(closing.Lines[^1].Text))
            {
                lines.Count.ShouldBeGreaterThan(closing.Lines.Count + 1, $"{input}: the closing stands alone on page {page + 1}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(StressInputs.All), MemberType = typeof(StressInputs))]
    public void Table_3_pages_carry_its_header_and_a_cut_label_has_room(string input)
    {
        var canvas = Lay(StressInputs.Compose(input));
        var rowLabels = ApplicationRows.All.Select(r => r.Label).ToHashSet();
        var tablePages = Texts(canvas).Where(x => rowLabels.Contains(x.Text.Text)).Select(x => x.Page).Distinct().ToList();
        foreach (var page in tablePages)
        {
            Texts(canvas).ShouldContain(x => x.Page == page && x.Text.Text == ApplicantColumns.ApplicantsHeader, $"{input}: page {page + 1}");
        }

        // The label column of 三、本年度办理结果: on every page the table crosses, the whole label.
        var labelRight = Points.Left + ReportTables.Applications.ColumnEdges[1] * Points.TextWidth;
        var label = Texts(canvas)
            .Where(x => x.Text.Role == FontRole.Table && x.Text.X < labelRight && x.Text.Text != "结果" // 表四's 结果维持 … wraps to 结果 in the same column
                && ApplicationRows.ResultsHeader.Contains(x.Text.Text, StringComparison.Ordinal))
            .ToList();
        label.ShouldNotBeEmpty();
        foreach (var page in label.Select(x => x.Page).Distinct())
        {
            string.Concat(label.Where(x => x.Page == page).OrderBy(x => x.Text.Baseline).Select(x => x.Text.Text))
                .ShouldBe(ApplicationRows.ResultsHeader, $"{input}: page {page + 1}");
        }
    }

    public static TheoryData<string> EveryInput => [.. StressInputs.Names, "panzhou-2024.yaml", "mengga-2024.yaml"];

    [Theory]
    [MemberData(nameof(EveryInput))]
    public void No_paragraph_ends_on_a_line_of_fewer_than_three_characters(string input)
    {
        // 勐戛 ended paragraphs on 形象。 and 增强。, 盘州 on 响力。: the PDF took a character down only for a single 象。.
        var composed = input.EndsWith("-2024.yaml", StringComparison.Ordinal) ? ReportComposer.Compose(Samples.Load(input)) : StressInputs.Compose(input);
        var runts = Texts(Lay(composed))
            .Where(x => x.Text.Node?.Tag == StructureTag.P && x.Text.Role == FontRole.Body)
            .GroupBy(x => x.Text.Node!)
            .Select(paragraph => paragraph.GroupBy(x => (x.Page, Math.Round(x.Text.Baseline, 1))).OrderBy(line => line.Key).ToList())
            .Where(lines => lines.Count > 1)
            .Select(lines => string.Concat(lines[^1].OrderBy(x => x.Text.X).Select(x => x.Text.Text)))
            .Where(last => last.Count(c => !Kinsoku.CannotStartLine(c)) < 3);
        runts.ShouldBeEmpty(input);
    }

    [Theory]
    [MemberData(nameof(StressInputs.All), MemberType = typeof(StressInputs))]
    public void No_line_is_letter_spaced_across_the_measure(string input)
    {
        // A line before a web address that could not break was set as 7 characters across 28 cells.
        var canvas = Lay(StressInputs.Compose(input));
        foreach (var (page, operations) in canvas.Pages.Select((o, p) => (p + 1, o)))
        {
            foreach (var line in operations.OfType<DrawText>().Where(t => t.Role is not (FontRole.Table or FontRole.PageNumber)).GroupBy(t => Math.Round(t.Baseline, 1)))
            {
                var texts = line.OrderBy(t => t.X).ToList();
                for (var i = 1; i < texts.Count; i++)
                {
                    var end = texts[i - 1].X + (FixedPitchGlyphs.Instance.Width(texts[i - 1].Text, texts[i - 1].Role, texts[i - 1].Size) * texts[i - 1].Scale);
                    (texts[i].X - end).ShouldBeLessThanOrEqualTo(PageLayout.BodyPt / 2 + 0.01, $"{input} page {page}: {string.Concat(texts.Select(t => t.Text))}");

                    // Inside a web address justification opens no gap: it would read as a space (xzcf/ 2025- annual-).
                    if ("/?&.-_=".Contains(texts[i - 1].Text[^1]) && char.IsAsciiLetterOrDigit(texts[i].Text[0]))
                    {
                        (texts[i].X - end).ShouldBeLessThanOrEqualTo(0.01, $"{input} page {page}: {texts[i - 1].Text}|{texts[i].Text}");
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(StressInputs.All), MemberType = typeof(StressInputs))]
    public void A_line_before_a_number_and_its_measure_word_is_not_letter_spaced(string input)
    {
        // bracket-name set 3125253件，已办结6215486件，结转下年度继续办理 a third of a character apart between every two
        // characters, because 2828531件， could not leave its measure word and was 1.8 % too wide to follow.
        var canvas = Lay(StressInputs.Compose(input));
        var loose = new List<string>();
        foreach (var (page, operations) in canvas.Pages.Select((o, p) => (p + 1, o)))
        {
            var lines = operations.OfType<DrawText>().Where(t => t.Role is not (FontRole.Table or FontRole.PageNumber))
                .GroupBy(t => Math.Round(t.Baseline, 1)).OrderBy(g => g.Key).Select(g => g.OrderBy(t => t.X).ToList()).ToList();
            for (var l = 0; l + 1 < lines.Count; l++)
            {
                var texts = lines[l];
                var next = string.Concat(lines[l + 1].Select(t => t.Text));
                var digits = next.TakeWhile(char.IsAsciiDigit).Count();
                if (digits == 0 || digits == next.Length || !KeptTogether.Joins(next[digits - 1], next[digits]))
                {
                    continue;
                }

                var gaps = texts.Skip(1).Select((t, i) => t.X - texts[i].X - (FixedPitchGlyphs.Instance.Width(texts[i].Text, texts[i].Role, texts[i].Size) * texts[i].Scale));
                if (gaps.DefaultIfEmpty(0).Max() > LooseGapPt)
                {
                    loose.Add($"page {page}: {string.Concat(texts.Select(t => t.Text))} / {next}");
                }
            }
        }

        loose.ShouldBeEmpty(input);
    }

    /// <summary>Spacing between two characters that a reader sees as a letter-spaced line: an eighth of a character.</summary>
    private const double LooseGapPt = PageLayout.BodyPt / 8;

    [Theory]
    [MemberData(nameof(StressInputs.All), MemberType = typeof(StressInputs))]
    public void Table_2_starts_under_its_heading_and_breaks_only_between_its_article_20_blocks(string input)
    {
        // 勐戛镇's 表二 went whole to the next page and left half a page blank under its heading.
        var canvas = Lay(StressInputs.Compose(input));
        var blocks = new[] { ProactiveLabels.Article20Item1, ProactiveLabels.Article20Item5, ProactiveLabels.Article20Item6, ProactiveLabels.Article20Item8 };
        var heading = Texts(canvas).Single(x => x.Text.Text == PartTitles.Proactive).Page;
        Texts(canvas).Single(x => x.Text.Text == ProactiveLabels.Article20Item1).Page.ShouldBe(heading, $"{input}: 表二 starts under its heading");

        // A page of 表二 after its first opens with a block's own heading (第二十条第（…）项).
        var pages = blocks.Select(b => Texts(canvas).Single(x => x.Text.Text == b).Page).ToList();
        pages.ShouldBe([.. pages.Order()]);
        foreach (var page in pages.Distinct().Skip(1))
        {
            var opening = Texts(canvas).Where(x => x.Page == page && x.Text.Role == FontRole.Table).MinBy(x => x.Text.Baseline).Text.Text;
            blocks.ShouldContain(opening, $"{input}: page {page + 1}");
        }
    }

    [Theory]
    [MemberData(nameof(StressInputs.All), MemberType = typeof(StressInputs))]
    public void The_line_after_a_table_takes_its_line_right_under_the_bottom_rule(string input)
    {
        // The PDF moved it down to the page's grid (5–10 mm under the rule) where the .docx set it right under (2.5 mm).
        var canvas = Lay(StressInputs.Compose(input));
        var checkedAny = false;
        foreach (var page in canvas.Pages)
        {
            var boxes = page.OfType<DrawBox>().ToList();
            var texts = page.OfType<DrawText>().Where(t => t.Role is not (FontRole.Table or FontRole.PageNumber)).ToList();
            if (boxes.Count == 0)
            {
                continue;
            }

            var rule = boxes.Max(b => b.Y + b.Height);
            if (texts.Where(t => t.Baseline > rule).MinBy(t => t.Baseline) is { } after)
            {
                after.Baseline.ShouldBe(Points.Baseline(rule + PageLayout.SpaceAfterTablePt, Points.LinePitch, after.Size), 0.01, $"{input}: {after.Text}");
                checkedAny = true;
            }
        }

        checkedAny.ShouldBeTrue($"{input}: no text follows a table on its page");
    }

    [Fact]
    public void The_stress_set_has_a_table_2_that_falls_at_a_page_foot()
    {
        var canvas = Lay(StressInputs.Compose("table2-at-foot.yaml"));
        new[] { ProactiveLabels.Article20Item1, ProactiveLabels.Article20Item8 }
            .Select(b => Texts(canvas).Single(x => x.Text.Text == b).Page).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public void The_page_numbers_dash_is_placed_7_mm_below_the_text_block()
    {
        var canvas = Lay(StressInputs.Compose("minimal.yaml"));
        var number = canvas.Pages[0].OfType<DrawText>().Single(t => t.Role == FontRole.PageNumber);
        (number.Baseline - (number.Size * PageLayout.PageNumberDashRiseEm)).ShouldBe(Points.Bottom + Points.FromMm(PageLayout.PageNumberGapMm), 0.01);
    }

    [Theory]
    [InlineData(5, 10, 0, -1)] // fits
    [InlineData(5, 4, 0, 3)] // two lines go over, not one (no widow)
    [InlineData(3, 2, 0, 0)] // one line at the foot would be an orphan, one at the top a widow: all go over
    [InlineData(10, 1, 0, 0)] // one line at the foot: the paragraph starts on the next page
    [InlineData(10, 6, 0, 6)]
    [InlineData(4, 5, 3, 2)] // the closing does not fit after it: the last two lines go over with it
    public void A_page_break_leaves_at_least_two_lines_of_a_paragraph_on_each_page(int count, int room, int reserve, int breakBefore) =>
        DocumentLayout.BreakBefore(count, room, reserve).ShouldBe(breakBefore);
}
