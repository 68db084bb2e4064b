using GovReportDocs.NationalFormat;
using GovReportDocs.Reading.Lines;
using GovReportDocs.Reading.Tables;

namespace GovReportDocs.Reading.Sources.PlainText;

/// <summary>
/// A page's text as a crawler or a copy from a PDF gives it: paragraphs, titles and table cells run together on
/// one line, the numbers of a row glued or spaced (`一、本年新收政府信息公开申请数量15130000154`). Each table
/// description is walked over the line: every row is found by its own label, in order, after its table's first
/// label; the numbers after it are split into as many cells as the row has (<see cref="GluedNumbers"/>). This class
/// finds the spans (<see cref="RunOnSpan"/>) on a <see cref="CompactLine"/>; <see cref="RunOnItems"/> makes them items
/// and <see cref="RunOnParagraphs"/> cuts what lies outside the tables before part titles and （一）-style headings.
/// A row alone on its line is <see cref="SpacedRow"/>'s.
/// </summary>
internal static class RunOnText
{
    /// <summary>Longest stretch between a table's first label and its first row, or between two rows.</summary>
    private const int MaxGap = 400;

    /// <summary>The shortest beginning of a label taken for the label when the rest wrapped onto another line.</summary>
    private const int MinWrappedLabel = 6;

    /// <summary>Places tried as a table's start; bounds the time a line repeating a label takes.</summary>
    private const int MaxAnchorTries = 16;

    /// <summary>Each table's anchors (its first labels) and its rows as they may be printed.</summary>
    public static readonly IReadOnlyList<(IReadOnlyList<string> Anchors, IReadOnlyList<ReadableRow> Rows)> Tables =
        ReportTables.All.Select(t => (TableMatcher.AnchorsOf(t), ReadableRow.Of(t))).ToList();

    /// <summary>The items of one line, or null when no table row is found on it.</summary>
    public static IReadOnlyList<SourceItem>? Read(string line, int number) => Read(line, _ => number);

    /// <summary>
    /// The items of a text whose lines are numbered from <paramref name="firstLine"/>, read as one run (table rows
    /// may wrap their labels over lines, as `pdftotext -layout` prints them), or null when no table row is found.
    /// </summary>
    public static IReadOnlyList<SourceItem>? ReadLines(string text, int firstLine)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return Read(text, at =>
        {
            var index = starts.BinarySearch(at);
            return firstLine + (index >= 0 ? index : ~index - 1);
        });
    }

    private static List<SourceItem>? Read(string line, Func<int, int> lineAt)
    {
        var text = CompactLine.Of(line);
        var spans = new List<RunOnSpan>();
        var cursor = 0;
        foreach (var (anchors, rows) in Tables)
        {
            var (start, tableSpans) = BestStart(text, Occurrences(text.Normalized, anchors, cursor), rows);
            if (start < 0)
            {
                continue;
            }

            spans.Add(new RunOnSpan(start, start, RunOnSpanKind.TableStart, null));
            spans.AddRange(tableSpans);
            cursor = tableSpans[^1].End;
        }

        if (spans.Count == 0)
        {
            return null;
        }

        return RunOnItems.Of(line, text, spans, lineAt);
    }

    /// <summary>
    /// A table's labels may also stand in the text before it: the table starts where the most rows are read, the first
    /// such place; (-1, []) when no rows are read anywhere.
    /// </summary>
    private static (int At, List<RunOnSpan> Spans) BestStart(CompactLine text, IEnumerable<int> starts, IReadOnlyList<ReadableRow> rows)
    {
        // The tries from different places meet on the same rows: each run of digits is split once.
        var splits = new Dictionary<(int Start, int End, int Row), GluedRow?>();
        (int At, List<RunOnSpan> Spans, int Read) best = (-1, [], -1);
        foreach (var at in starts)
        {
            var spans = ReadTable(text, at, rows, splits);
            var read = spans.Count(s => s.Kind == RunOnSpanKind.Values && s.Unsplit is null);
            if (spans.Count > 0 && read > best.Read)
            {
                best = (at, spans, read);
                if (read == rows.Count)
                {
                    break;
                }
            }
        }

        return (best.At, best.Spans);
    }

    private static IEnumerable<int> Occurrences(string text, IReadOnlyList<string> anchors, int from) =>
        anchors.SelectMany(a => AllIndexes(text, a, from).Take(MaxAnchorTries)).Order().Distinct().Take(MaxAnchorTries);

    private static IEnumerable<int> AllIndexes(string text, string value, int from)
    {
        for (var at = text.IndexOf(value, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    private static List<RunOnSpan> ReadTable(CompactLine text, int start, IReadOnlyList<ReadableRow> rows, Dictionary<(int, int, int), GluedRow?> splits)
    {
        var spans = new List<RunOnSpan>();
        var cursor = start;
        for (var r = 0; r < rows.Count; r++)
        {
            var data = rows[r].Data;
            RunOnSpan? labelSpan = null;
            int runStart;
            if (rows[r].Label is not null)
            {
                var (at, length) = Find(text.Normalized, rows[r], cursor);
                if (at < 0 || at - cursor > MaxGap)
                {
                    continue;
                }

                // A label wrapped around its numbers is given whole, so that the table matcher knows it.
                labelSpan = new RunOnSpan(at, at + length, RunOnSpanKind.Label, null)
                {
                    Whole = rows[r].Labels.Contains(text.Normalized.Substring(at, length)) ? null : rows[r].Original,
                };
                runStart = at + length;
            }
            else
            {
                runStart = FirstDigit(text.Normalized, cursor);
                if (runStart < 0)
                {
                    continue;
                }
            }

            var runEnd = RunEnd(text.Normalized, runStart, allowPoint: data.Count == 1);
            // A glued run may swallow the enumerator of the next row's label: `00000002.其他法律…`.
            if (r + 1 < rows.Count && rows[r + 1].Label is not null)
            {
                var (nextAt, _) = Find(text.Normalized, rows[r + 1], runStart);
                if (nextAt >= 0 && nextAt < runEnd)
                {
                    runEnd = nextAt;
                }
            }

            // Text glued after the table may start with a year: `行政事业性收费02025年，我局…`.
            if (runEnd < text.Normalized.Length && text.Normalized[runEnd] == '年' && runEnd - runStart > 4
                && text.Normalized.Substring(runEnd - 4, 2) is "19" or "20")
            {
                runEnd -= 4;
            }

            // A number followed by a unit is running text (`行政规范性文件62件`), not a row.
            if (runEnd == runStart || runEnd < text.Normalized.Length && Units.Contains(text.Normalized[runEnd]))
            {
                continue;
            }

            if (labelSpan is not null)
            {
                spans.Add(labelSpan);
            }

            // Numbers beyond the row's cells belong to something else (a page number between two rows).
            var pieces = text.TokenEnds(runStart, runEnd);
            if (pieces.Count > data.Count)
            {
                runEnd = pieces[data.Count - 1].End;
                pieces = pieces.Take(data.Count).ToList();
            }

            var tokens = pieces.Select(p => p.Text).ToList();

            // Fewer digits than the row has cells glue nothing together: the row's numbers stand elsewhere (plain
            // pdftotext prints a table's numbers apart from its labels), and a single number is never a glued run.
            if (data.Count > 1 && tokens.Sum(t => t.Length) < data.Count)
            {
                if (labelSpan is not null)
                {
                    spans.Remove(labelSpan);
                }

                continue;
            }

            if (!splits.TryGetValue((runStart, runEnd, r), out var row))
            {
                row = splits[(runStart, runEnd, r)] = GluedNumbers.Read(tokens, data);
            }

            spans.Add(new RunOnSpan(runStart, runEnd, RunOnSpanKind.Values, row?.Values ?? Enumerable.Repeat<decimal?>(null, data.Count).ToList())
            {
                Unsplit = row is null ? string.Join(" ", tokens) : row.Unsplit,
                Guess = row is { IsGuess: true } ? row : null,
            });
            cursor = runEnd;
        }

        return spans.Any(s => s.Kind == RunOnSpanKind.Values) ? spans : [];
    }

    /// <summary>
    /// Where a row's label (or, failing it, one of its variants) stands near <paramref name="from"/>, and its length;
    /// failing both, the longest beginning of the label followed by the row's numbers (a label wrapped around them).
    /// </summary>
    private static (int At, int Length) Find(string text, ReadableRow row, int from)
    {
        var window = Math.Min(text.Length - from, MaxGap + 80);
        foreach (var label in row.Labels)
        {
            var at = text.IndexOf(label, from, window, StringComparison.Ordinal);
            if (at >= 0)
            {
                return (at, label.Length);
            }
        }

        var whole = row.Label!;
        for (var length = whole.Length - 1; length >= Math.Max(MinWrappedLabel, whole.Length / 2); length--)
        {
            var prefix = whole[..length];
            for (var at = text.IndexOf(prefix, from, window, StringComparison.Ordinal); at >= 0;
                 at = at + 1 < from + window ? text.IndexOf(prefix, at + 1, from + window - at - 1, StringComparison.Ordinal) : -1)
            {
                if (at + length < text.Length && char.IsAsciiDigit(text[at + length]))
                {
                    return (at, length);
                }
            }
        }

        return LostFromTheMiddle(text, whole, from, window);
    }

    /// <summary>
    /// A label printed with characters lost from its middle (`2.其他法律行政止公开`), followed by the row's numbers: its
    /// beginning, then within a few characters its end, together most of the label (as <see cref="LabelMatch"/> takes it).
    /// </summary>
    private static (int At, int Length) LostFromTheMiddle(string text, string whole, int from, int window)
    {
        var needed = (int)Math.Ceiling(whole.Length * LabelMatch.KeptShare);
        if (whole.Length < MinWrappedLabel)
        {
            return (-1, 0);
        }

        var head = whole[..(MinWrappedLabel / 2)];
        for (var at = text.IndexOf(head, from, window, StringComparison.Ordinal); at >= 0;
             at = at + 1 < from + window ? text.IndexOf(head, at + 1, from + window - at - 1, StringComparison.Ordinal) : -1)
        {
            var prefix = 0;
            while (prefix < whole.Length - 1 && at + prefix < text.Length && text[at + prefix] == whole[prefix])
            {
                prefix++;
            }

            for (var suffix = whole.Length - prefix - 1; suffix > 0 && prefix + suffix >= needed; suffix--)
            {
                var tail = whole[^suffix..];
                var searchEnd = Math.Min(text.Length, at + prefix + (whole.Length - prefix - suffix) + suffix);
                var end = text.IndexOf(tail, at + prefix, searchEnd - at - prefix, StringComparison.Ordinal);
                if (end >= 0 && end + suffix < text.Length && char.IsAsciiDigit(text[end + suffix]))
                {
                    return (at, end + suffix - at);
                }
            }
        }

        return (-1, 0);
    }

    private static int FirstDigit(string text, int from)
    {
        for (var i = from; i < text.Length && i - from <= MaxGap; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                return i;
            }

            if (text[i] == '。')
            {
                return -1;
            }
        }

        return -1;
    }

    public static int RunEnd(string text, int from, bool allowPoint)
    {
        var i = from;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] is '/' or '-' or '—' or '－' || allowPoint && text[i] == '.' && i > from))
        {
            i++;
        }

        return i;
    }

    private static readonly HashSet<char> Units = ['件', '条', '个', '项', '次', '人', '%', '元', '万', '起', '份', '篇', '余'];
}
