using System.Text.RegularExpressions;
using GovReportDocs.Normalization;
using GovReportDocs.Reading.Lines;

namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>
/// Tables drawn without borders, read by column position: a line whose letters fall into runs set apart — with
/// a number among them, or three or more runs of words — is a table row, one cell per run, and so is a line of
/// several runs just above or below a row (a header row). A short line of one run close to a row, the same
/// size, is the rest of a label that wrapped inside its cell (labels sit vertically centred beside their
/// numbers): it joins the label it overlaps, or becomes a cell of its own left of the numbers, or a row of its
/// own (a heading across the table). Blank cells cannot be seen without borders, as in flattened text.
/// </summary>
internal static partial class UnruledTables
{
    /// <summary>Runs of a row stand at least this far apart (in letter sizes); text inside a line is closer.</summary>
    private const double ColumnGap = 0.5;

    /// <summary>A wrapped label part is at most this far (in letter sizes) from its row's baseline.</summary>
    private const double WrapDistance = 2.0;

    private sealed class Row(TextLine line, List<Run> runs)
    {
        public TextLine Line { get; } = line;

        public List<Run> Runs { get; } = runs;
    }

    private sealed class Run(double left, double right, string text)
    {
        public double Left { get; set; } = left;

        public double Right { get; set; } = right;

        public string Text { get; set; } = text;
    }

    /// <summary>The blocks of some lines (top to bottom): rows where the lines form a table, text lines elsewhere.</summary>
    public static List<PageBlock> Blocks(IReadOnlyList<TextLine> lines)
    {
        var rows = new Row?[lines.Count];
        var runs = lines.Select(Runs).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (runs[i].Count >= 2 && (runs[i].Any(r => IsNumber(r.Text)) || runs[i].Count >= 3 && runs[i].Average(r => r.Text.Length) >= 2))
            {
                rows[i] = new Row(lines[i], runs[i]);
            }
        }

        // Header rows: several runs next to a row, spreading from the rows found up, then down.
        Spread(lines, runs, rows, Enumerable.Range(0, lines.Count).Reverse());
        Spread(lines, runs, rows, Enumerable.Range(0, lines.Count));

        var (before, after) = Neighbours(rows);
        var blocks = new List<PageBlock>();
        var parts = new List<(Row Row, TextLine Part)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (rows[i] is not null)
            {
                continue;
            }

            if (runs[i].Count == 1 && IsLabelPart(lines[i]) && NearestRow(lines[i], before[i], after[i]) is { } row)
            {
                parts.Add((row, lines[i]));
            }
            else
            {
                blocks.Add(new LineBlock(lines[i]));
            }
        }

        // Nearest part first: parts above are put before, so the farthest ends up first.
        foreach (var (row, part) in parts.OrderBy(p => Math.Abs(p.Part.Baseline - p.Row.Line.Baseline)))
        {
            if (!Attach(row, part))
            {
                blocks.Add(new RowBlock(part.Top, [part.Text.Trim()]));
            }
        }

        blocks.AddRange(rows.OfType<Row>().Select(r => new RowBlock(r.Line.Top, r.Runs.Select(run => run.Text).ToList())));
        return blocks;
    }

    private static List<Run> Runs(TextLine line)
    {
        var runs = new List<Run>();
        var start = 0;
        var glyphs = line.Glyphs;
        for (var i = 1; i <= glyphs.Count; i++)
        {
            if (i == glyphs.Count || glyphs[i].Left - glyphs[i - 1].Right > ColumnGap * Math.Max(glyphs[i].Size, glyphs[i - 1].Size))
            {
                runs.Add(new Run(glyphs[start].Left, glyphs[i - 1].Right, GlyphText.Compose(glyphs, start, i)));
                start = i;
            }
        }

        return runs;
    }

    private static bool IsLabelPart(TextLine line) =>
        line.Text.Length <= ReadingThresholds.MaxLabelLine && !line.Text.Contains('。') && !IsNumber(line.Text);

    /// <summary>Marks lines of several runs next to a row, in the given order, as rows too.</summary>
    private static void Spread(IReadOnlyList<TextLine> lines, List<List<Run>> runs, Row?[] rows, IEnumerable<int> order)
    {
        Row? last = null;
        foreach (var i in order)
        {
            if (rows[i] is { } row)
            {
                last = row;
            }
            else if (last is not null && runs[i].Count >= 2 && !lines[i].Text.Contains('。') && IsClose(last, lines[i]))
            {
                last = rows[i] = new Row(lines[i], runs[i]);
            }
        }
    }

    /// <summary>For each line, the nearest row above and below it.</summary>
    private static (Row?[] Before, Row?[] After) Neighbours(Row?[] rows)
    {
        var before = new Row?[rows.Length];
        var after = new Row?[rows.Length];
        for (int i = 0, j = rows.Length - 1; i < rows.Length; i++, j--)
        {
            before[i] = i > 0 ? rows[i - 1] ?? before[i - 1] : null;
            after[j] = j + 1 < rows.Length ? rows[j + 1] ?? after[j + 1] : null;
        }

        return (before, after);
    }

    /// <summary>The nearer of two rows, if it is close and of the same letter size.</summary>
    private static Row? NearestRow(TextLine line, Row? above, Row? below)
    {
        Row? best = null;
        var bestDistance = double.MaxValue;
        foreach (var candidate in new[] { above, below })
        {
            var distance = candidate is null ? double.MaxValue : Math.Abs(candidate.Line.Baseline - line.Baseline);
            if (candidate is not null && IsClose(candidate, line) && distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    private static bool IsClose(Row row, TextLine line) =>
        Math.Abs(row.Line.Size - line.Size) <= 0.15 * line.Size && Math.Abs(row.Line.Baseline - line.Baseline) <= WrapDistance * line.Size;

    /// <summary>
    /// Joins a wrapped label part to the label run it overlaps (before it when above the row), or adds it as a cell
    /// left of the row's numbers; false when it stands over the numbers (a heading across the table).
    /// </summary>
    private static bool Attach(Row row, TextLine part)
    {
        var text = part.Text.Trim();
        var above = part.Baseline < row.Line.Baseline;
        var overlapping = row.Runs.FirstOrDefault(r => r.Left < part.Right && part.Left < r.Right && !IsNumber(r.Text));
        if (overlapping is not null)
        {
            overlapping.Text = above ? text + overlapping.Text : overlapping.Text + text;
            overlapping.Left = Math.Min(overlapping.Left, part.Left);
            overlapping.Right = Math.Max(overlapping.Right, part.Right);
            return true;
        }

        var firstNumber = row.Runs.FirstOrDefault(r => IsNumber(r.Text));
        if (firstNumber is not null && part.Right > firstNumber.Left || row.Runs.Any(r => r.Left < part.Right && part.Left < r.Right))
        {
            return false;
        }

        var index = row.Runs.FindIndex(r => r.Left > part.Left);
        row.Runs.Insert(index < 0 ? row.Runs.Count : index, new Run(part.Left, part.Right, text));
        return true;
    }

    private static bool IsNumber(string text) => Number().IsMatch(ChineseNormalizer.Normalize(text));

    [GeneratedRegex(@"^(-?\d{1,9}(\.\d{1,6})?|/|-|—|——|--)$")]
    private static partial Regex Number();
}
