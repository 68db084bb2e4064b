using System.Text.RegularExpressions;

namespace GovReportDocs.Reading.Pdf;

/// <summary>
/// Tables drawn without borders, read by column position: a line whose letters fall into runs set well apart
/// — with a number among them, or three or more runs of words — is a table row, one cell per run. A short line
/// close above or below such a row, the same size, is the rest of a label that wrapped inside its cell
/// (labels sit vertically centred beside their numbers): it joins the run it overlaps, or becomes a cell of
/// its own at its place. Blank cells cannot be seen without borders, as in flattened text.
/// </summary>
internal static partial class UnruledTables
{
    /// <summary>Runs of a row stand at least this far apart (in letter sizes); text inside a line is closer.</summary>
    private const double ColumnGap = 1.0;

    /// <summary>A wrapped label part is at most this far (in letter sizes) from its row's baseline.</summary>
    private const double WrapDistance = 2.0;

    private const int MaxLabelPart = 30;

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
        for (var i = 0; i < lines.Count; i++)
        {
            var runs = Runs(lines[i]);
            if (runs.Count >= 2 && (runs.Any(r => IsNumber(r.Text)) || runs.Count >= 3 && runs.Average(r => r.Text.Length) >= 2))
            {
                rows[i] = new Row(lines[i], runs);
            }
        }

        var blocks = new List<PageBlock>();
        var parts = new List<(Row Row, TextLine Part)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (rows[i] is not null)
            {
                continue;
            }

            if (IsLabelPart(lines[i]) && NearestRow(lines, rows, i) is { } row)
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
            Attach(row, part);
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
        line.Text.Length <= MaxLabelPart && !line.Text.Contains('。') && !IsNumber(line.Text);

    /// <summary>The table row whose baseline is nearest, if it is close and of the same letter size.</summary>
    private static Row? NearestRow(IReadOnlyList<TextLine> lines, Row?[] rows, int at)
    {
        var line = lines[at];
        Row? best = null;
        var bestDistance = double.MaxValue;
        foreach (var candidate in new[] { Before(rows, at), After(rows, at) })
        {
            if (candidate is null || Math.Abs(candidate.Line.Size - line.Size) > 0.15 * line.Size)
            {
                continue;
            }

            var distance = Math.Abs(candidate.Line.Baseline - line.Baseline);
            if (distance <= WrapDistance * line.Size && distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    private static Row? Before(Row?[] rows, int at)
    {
        for (var i = at - 1; i >= 0; i--)
        {
            if (rows[i] is { } row)
            {
                return row;
            }
        }

        return null;
    }

    private static Row? After(Row?[] rows, int at)
    {
        for (var i = at + 1; i < rows.Length; i++)
        {
            if (rows[i] is { } row)
            {
                return row;
            }
        }

        return null;
    }

    /// <summary>Joins a wrapped label part to the run it overlaps (before it when above the row), or adds it as a cell.</summary>
    private static void Attach(Row row, TextLine part)
    {
        var text = part.Text.Trim();
        var above = part.Baseline < row.Line.Baseline;
        var overlapping = row.Runs.FirstOrDefault(r => r.Left < part.Right && part.Left < r.Right && !IsNumber(r.Text));
        if (overlapping is not null)
        {
            overlapping.Text = above ? text + overlapping.Text : overlapping.Text + text;
            overlapping.Left = Math.Min(overlapping.Left, part.Left);
            overlapping.Right = Math.Max(overlapping.Right, part.Right);
            return;
        }

        var index = row.Runs.FindIndex(r => r.Left > part.Left);
        row.Runs.Insert(index < 0 ? row.Runs.Count : index, new Run(part.Left, part.Right, text));
    }

    private static bool IsNumber(string text) => Number().IsMatch(ChineseNormalizer.Normalize(text));

    [GeneratedRegex(@"^(-?\d{1,9}(\.\d{1,6})?|/|-|—|——|--)$")]
    private static partial Regex Number();
}
