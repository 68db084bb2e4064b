using GovReportDocs.NationalFormat;
using GovReportDocs.Normalization;
using GovReportDocs.Reading.Lines;
using GovReportDocs.Reading.Tables;

namespace GovReportDocs.Reading.Sources.PlainText;

/// <summary>
/// `pdftotext -layout` prints a table row whose label wraps inside its cell over several lines: the row's numbers stand
/// on one of them (often the middle or the last), sometimes some on one line and the rest on the next, and the merged
/// group labels beside it (`三、本` / `年度办` / `理结果`, `（六）其` / `他处理`) are cut into the same lines. Each such row is
/// put back on one line, its label joined from the fragments that continue one of the format's row labels and its
/// numbers in the order of their columns, so that it reads as a row printed on one line (<see cref="SpacedRow"/>). A
/// row whose numbers do not come to exactly its cells, each in a column of its own, is left as printed (and told
/// missing), never guessed.
/// </summary>
internal static class LayoutRows
{
    /// <summary>
    /// Lines a wrapped row may take, blank lines between them included: Chromium prints the longest label (36 letters)
    /// four or five letters to a line of a narrow cell, nine lines with a blank line between each.
    /// </summary>
    private const int MaxRowLines = 20;

    /// <summary>Every row label of the tables, normalised, with the number of cells of its row.</summary>
    private static readonly (string Label, int Cells)[] RowLabels =
        [.. ReadableRow.All.SelectMany(r => r.Labels.Select(l => (l, r.Data.Count)))];

    /// <summary>The tables' labels that are no row's: headers and the merged group labels a wrapped row's lines cut.</summary>
    private static readonly string[] OtherLabels =
        [.. ReportTables.All.SelectMany(t => t.Cells).Select(c => c.Label).OfType<string>().Select(ChineseNormalizer.Normalize)
            .Where(l => !RowLabels.Any(r => r.Label == l)).Distinct()];

    /// <summary>
    /// The lines with each wrapped row of the tables put on the first of its lines and its other lines blank, so that
    /// every line keeps its number; lines of anything else as they are.
    /// </summary>
    public static string[] Join(string[] lines, int from)
    {
        var result = (string[])lines.Clone();
        var claimed = new HashSet<int>();
        Row? open = null;
        for (var i = from; i < lines.Length; i++)
        {
            var fragmentBefore = false;
            foreach (var token in Tokens(lines[i]))
            {
                if (IsNumber(token.Text))
                {
                    open?.Number(token.Column, token.Text, i);
                    continue;
                }

                var text = ChineseNormalizer.Normalize(token.Text);
                if (text.Length == 0)
                {
                    continue;
                }

                if (open is not null && !open.LabelComplete && open.Continues(text))
                {
                    open.Append(token.Text, text, i);
                }
                else if (Row.Start(token.Text, text, i, fragmentBefore) is { } started)
                {
                    Close(open, result, claimed);
                    open = started;
                }
                else if (OtherLabels.Any(l => l.Contains(text, StringComparison.Ordinal)))
                {
                    // A piece of a merged group label or a header cut into the row's lines.
                    fragmentBefore = true;
                    open?.Touch(i);
                }
                else
                {
                    Close(open, result, claimed);
                    open = null;
                }
            }

            // A row is whole at the end of a line: numbers further on the same line would be more than its cells.
            if (open is not null && (open.IsComplete || i - open.FirstLine >= MaxRowLines))
            {
                Close(open, result, claimed);
                open = null;
            }
        }

        Close(open, result, claimed);
        return result;
    }

    /// <summary>Puts a row read whole on its first line, blanking its other lines, unless it is as printed already.</summary>
    private static void Close(Row? row, string[] lines, HashSet<int> claimed)
    {
        if (row is null || !row.IsComplete || !row.NeedsJoining || !row.NumbersSetAsRow)
        {
            return;
        }

        var columns = row.Numbers.OrderBy(n => n.Column).ToList();
        if (columns.Select(n => n.Column).Distinct().Count() != columns.Count)
        {
            return;
        }

        var span = Enumerable.Range(row.FirstLine, row.LastLine - row.FirstLine + 1).ToList();
        if (span.Any(claimed.Contains))
        {
            return;
        }

        claimed.UnionWith(span);
        foreach (var line in span)
        {
            lines[line] = "";
        }

        lines[row.FirstLine] = row.PrintedLabel + "  " + string.Join("  ", columns.Select(n => n.Text));
    }

    private static bool IsNumber(string token) => CellValue.TryRead(new SourceCell(token, 0), out _);

    /// <summary>The pieces of a line between runs of white space (a form feed is a page break), each with its column.</summary>
    private static IEnumerable<(string Text, int Column)> Tokens(string line)
    {
        var start = -1;
        for (var i = 0; i <= line.Length; i++)
        {
            var space = i == line.Length || char.IsWhiteSpace(line[i]);
            if (space && start >= 0)
            {
                yield return (line[start..i], start);
                start = -1;
            }
            else if (!space && start < 0)
            {
                start = i;
            }
        }
    }

    /// <summary>A row being put together: the labels its fragments so far begin, the numbers seen, its lines.</summary>
    private sealed class Row(List<(string Label, int Cells)> candidates, string printed, string label, int line)
    {
        public List<(int Column, string Text, int Line)> Numbers { get; } = [];

        public string PrintedLabel { get; private set; } = printed;

        public int FirstLine { get; } = line;

        public int LastLine { get; private set; } = line;

        private string _label = label;

        private List<(string Label, int Cells)> _candidates = candidates;

        private bool _fragments;

        private readonly HashSet<int> _labelLines = [line];

        public static Row? Start(string printed, string text, int line, bool fragmentBefore)
        {
            var candidates = RowLabels.Where(r => r.Label.StartsWith(text, StringComparison.Ordinal)).ToList();
            return candidates.Count == 0 ? null : new Row(candidates, printed, text, line) { _fragments = fragmentBefore };
        }

        public bool LabelComplete => _candidates.Any(c => c.Label == _label);

        /// <summary>The label is one of the format's and its numbers are its cells, no more, no fewer.</summary>
        public bool IsComplete => LabelComplete && Numbers.Count == _candidates.First(c => c.Label == _label).Cells;

        /// <summary>The label wrapped, or fragments of other labels or numbers stood on other lines: not a row as printed.</summary>
        public bool NeedsJoining => _fragments || LastLine > FirstLine || Numbers.Any(n => n.Line != FirstLine);

        /// <summary>
        /// Each line's numbers stand beside the row's label or are more than one: a single number alone on its line is
        /// plain `pdftotext`'s cell per line, a column of a block, not a piece of this row (<see cref="Tables.DetachedValues"/>).
        /// </summary>
        public bool NumbersSetAsRow => Numbers.GroupBy(n => n.Line).All(g => g.Count() > 1 || _labelLines.Contains(g.Key));

        public bool Continues(string text) => _candidates.Any(c => c.Label.StartsWith(_label + text, StringComparison.Ordinal));

        public void Append(string printed, string text, int line)
        {
            _label += text;
            _candidates = [.. _candidates.Where(c => c.Label.StartsWith(_label, StringComparison.Ordinal))];
            PrintedLabel += printed;
            _labelLines.Add(line);
            Touch(line);
        }

        public void Number(int column, string text, int line)
        {
            Numbers.Add((column, text, line));
            LastLine = Math.Max(LastLine, line);
        }

        public void Touch(int line)
        {
            _fragments = true;
            LastLine = Math.Max(LastLine, line);
        }
    }
}
