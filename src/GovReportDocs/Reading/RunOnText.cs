using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GovReportDocs.Format;
using GovReportDocs.Normalization;

namespace GovReportDocs.Reading;

/// <summary>
/// A page's text as a crawler or a copy from a PDF gives it: paragraphs, titles and table cells run together on
/// one line, the numbers of a row glued or spaced (`一、本年新收政府信息公开申请数量15130000154`). Each table
/// description is walked over the line: every row is found by its own label, in order, after its table's first
/// label; the numbers after it are split into as many cells as the row has (<see cref="GluedNumbers"/>). What lies
/// outside the tables becomes paragraphs, cut before part titles and before （一）-style headings.
/// </summary>
internal static partial class RunOnText
{
    private const int MaxPartTitleLength = 32;

    /// <summary>Longest stretch between a table's first label and its first row, or between two rows.</summary>
    private const int MaxGap = 400;

    /// <summary>The shortest beginning of a label taken for the label when the rest wrapped onto another line.</summary>
    private const int MinWrappedLabel = 6;

    /// <summary>Places tried as a table's start; bounds the time a line repeating a label takes.</summary>
    private const int MaxAnchorTries = 16;

    private static readonly IReadOnlyList<(IReadOnlyList<string> Anchors, IReadOnlyList<ReadableRow> Rows)> Tables =
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
        var text = Compact.Of(line);
        var spans = new List<Span>();
        var cursor = 0;
        foreach (var (anchors, rows) in Tables)
        {
            var (start, tableSpans) = BestStart(text, Occurrences(text.Normalized, anchors, cursor), rows);
            if (start < 0)
            {
                continue;
            }

            spans.Add(new Span(start, start, SpanKind.TableStart, null));
            spans.AddRange(tableSpans);
            cursor = tableSpans[^1].End;
        }

        if (spans.Count == 0)
        {
            return null;
        }

        return Items(line, text, spans, lineAt);
    }

    /// <summary>
    /// A line that is one table row with its cells spaced out, as `pdftotext` prints it (`一、本年新收政府信息公开申请数量
    /// 3001  53  0  0  61  4  3119`), or a line of numbers only (表四): its cells, or null when it is neither.
    /// </summary>
    public static IReadOnlyList<SourceItem>? ReadRow(string line, int number)
    {
        var text = Compact.Of(line);
        if (text.Normalized.Length == 0)
        {
            return null;
        }

        var (label, data) = Tables.SelectMany(t => t.Rows).SelectMany(r => r.Labels.Select(l => (Label: l, r.Data)))
            .Where(r => text.Normalized.StartsWith(r.Label, StringComparison.Ordinal))
            .OrderByDescending(r => r.Label.Length).FirstOrDefault();
        var runStart = label?.Length ?? 0;
        if (runStart >= text.Normalized.Length || RunEnd(text.Normalized, runStart, allowPoint: data?.Count == 1) != text.Normalized.Length)
        {
            return null;
        }

        var tokens = text.Tokens(runStart, text.Normalized.Length);
        var items = new List<SourceItem>();
        if (label is null)
        {
            if (tokens.Count < 2)
            {
                return null;
            }

            items.AddRange(tokens.Select(t => new SourceCell(t, number)));
            return items;
        }

        if (data!.Count > 1 && tokens.Sum(t => t.Length) < data.Count)
        {
            return null;
        }

        items.Add(new SourceCell(text.Original(line, 0, runStart).Trim(), number));
        var row = GluedNumbers.Read(tokens, data);
        if (row is null)
        {
            items.Add(new SourceNote($"数字“{string.Join(" ", tokens)}”粘连在一起，无法确定各单元格的分界，此行未读取，请核对原表", number));
        }
        else if (row.IsGuess)
        {
            items.Add(new SourceGuess(row, number));
        }

        items.AddRange((row?.Values ?? Enumerable.Repeat<decimal?>(null, data!.Count).ToList()).Select(v => new SourceCell(v?.ToString(CultureInfo.InvariantCulture) ?? "", number, IsBlank: v is null)));
        return items;
    }

    /// <summary>
    /// A table's labels may also stand in the text before it: the table starts where the most rows are read, the first
    /// such place; (-1, []) when no rows are read anywhere.
    /// </summary>
    private static (int At, List<Span> Spans) BestStart(Compact text, IEnumerable<int> starts, IReadOnlyList<ReadableRow> rows)
    {
        // The tries from different places meet on the same rows: each run of digits is split once.
        var splits = new Dictionary<(int Start, int End, int Row), GluedRow?>();
        (int At, List<Span> Spans, int Read) best = (-1, [], -1);
        foreach (var at in starts)
        {
            var spans = ReadTable(text, at, rows, splits);
            var read = spans.Count(s => s.Kind == SpanKind.Values && s.Unsplit is null);
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

    private static List<Span> ReadTable(Compact text, int start, IReadOnlyList<ReadableRow> rows, Dictionary<(int, int, int), GluedRow?> splits)
    {
        var spans = new List<Span>();
        var cursor = start;
        for (var r = 0; r < rows.Count; r++)
        {
            var data = rows[r].Data;
            Span? labelSpan = null;
            int runStart;
            if (rows[r].Label is not null)
            {
                var (at, length) = Find(text.Normalized, rows[r], cursor);
                if (at < 0 || at - cursor > MaxGap)
                {
                    continue;
                }

                // A label wrapped around its numbers is given whole, so that the table matcher knows it.
                labelSpan = new Span(at, at + length, SpanKind.Label, null)
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

            spans.Add(new Span(runStart, runEnd, SpanKind.Values, row?.Values ?? Enumerable.Repeat<decimal?>(null, data.Count).ToList())
            {
                Unsplit = row is null ? string.Join(" ", tokens) : null,
                Guess = row is { IsGuess: true } ? row : null,
            });
            cursor = runEnd;
        }

        return spans.Any(s => s.Kind == SpanKind.Values) ? spans : [];
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

    private static int RunEnd(string text, int from, bool allowPoint)
    {
        var i = from;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] is '/' or '-' or '—' or '－' || allowPoint && text[i] == '.' && i > from))
        {
            i++;
        }

        return i;
    }

    private static List<SourceItem> Items(string line, Compact text, List<Span> spans, Func<int, int> lineAt)
    {
        var items = new List<SourceItem>();
        var inTable = false;
        var at = 0;
        foreach (var span in spans)
        {
            if (span.Start > at)
            {
                var number = lineAt(text.OriginalIndex(at));
                var between = text.Original(line, at, span.Start).Trim();
                if (between.Length > 0)
                {
                    if (inTable && !between.Contains('。'))
                    {
                        items.AddRange(LabelAndNumbers(between.Replace('\n', ' '), number));
                    }
                    else
                    {
                        items.AddRange(Lines(between, number));
                    }
                }
            }

            var line0 = lineAt(text.OriginalIndex(span.Start));
            switch (span.Kind)
            {
                case SpanKind.TableStart:
                    inTable = true;
                    break;
                case SpanKind.Label:
                    items.Add(new SourceCell(span.Whole ?? text.Original(line, span.Start, span.End).Trim().Replace('\n', ' '), line0));
                    break;
                default:
                    if (span.Unsplit is { } unsplit)
                    {
                        items.Add(new SourceNote($"数字“{unsplit}”粘连在一起，无法确定各单元格的分界，此行未读取，请核对原表", line0));
                    }

                    if (span.Guess is { } guess)
                    {
                        items.Add(new SourceGuess(guess, line0));
                    }

                    items.AddRange(span.Values!.Select(v => new SourceCell(v?.ToString(CultureInfo.InvariantCulture) ?? "", line0, IsBlank: v is null)));
                    break;
            }

            at = Math.Max(at, span.End);
            if (span.Kind == SpanKind.Values && IsLastOfTable(spans, span))
            {
                inTable = false;
            }
        }

        if (at < text.Normalized.Length)
        {
            items.AddRange(Lines(text.Original(line, at, text.Normalized.Length).Trim(), lineAt(text.OriginalIndex(at))));
        }

        return items;
    }

    /// <summary>
    /// Text inside a table that is no row of the format's own (a label with numbers spaced after it, as `pdftotext
    /// -layout` prints （六）其他处理 set as one row): the label one cell and each number one, so the row keeps its columns.
    /// </summary>
    private static IEnumerable<SourceCell> LabelAndNumbers(string text, int number)
    {
        if (TrailingNumbers().Match(text) is not { Success: true } row)
        {
            return [new SourceCell(text, number)];
        }

        var label = text[..row.Index].Trim();
        var numbers = row.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(n => new SourceCell(n, number));
        return label.Length == 0 ? numbers : numbers.Prepend(new SourceCell(label, number));
    }

    /// <summary>Two or more numbers apart at the end of a text, set off from what stands before it.</summary>
    [GeneratedRegex(@"(?<=^|\s)\d{1,9}(\s+\d{1,9})+$")]
    private static partial Regex TrailingNumbers();

    /// <summary>Running text of one or more lines: each line its paragraphs.</summary>
    private static IEnumerable<SourceParagraph> Lines(string text, int firstLine) =>
        text.Split('\n').SelectMany((l, i) => Paragraphs(l.Trim(), firstLine + i));

    private static bool IsLastOfTable(List<Span> spans, Span span)
    {
        var next = spans.IndexOf(span) + 1;
        return next >= spans.Count || spans[next].Kind == SpanKind.TableStart;
    }

    /// <summary>Running text cut before each part title and each （一）-style heading that opens a sentence.</summary>
    public static IEnumerable<SourceParagraph> Paragraphs(string text, int number)
    {
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (Match heading in SubHeading().Matches(text))
        {
            cuts.Add(heading.Index + heading.Groups["pre"].Length);
        }

        foreach (Match marker in PartMarker().Matches(text))
        {
            if (marker.Index > 0 && !IsSentenceBoundary(text[marker.Index - 1]) && !char.IsAsciiDigit(text[marker.Index - 1]))
            {
                continue;
            }

            var title = PartTitleAt(text, marker.Index);
            if (title > 0)
            {
                cuts.Add(marker.Index);
                cuts.Add(marker.Index + title);
            }
        }

        var list = cuts.ToList();
        for (var k = 0; k + 1 < list.Count; k++)
        {
            var paragraph = text[list[k]..list[k + 1]].Trim().Trim('\u3000');
            if (paragraph.Length > 0)
            {
                yield return new SourceParagraph(paragraph, number);
            }
        }
    }

    private static bool IsSentenceBoundary(char c) => c is '。' or '；' or ';' or '：' or ':' or '！' or '？' or ' ' or '\u3000' or '\u00a0' or '）' or ')';

    /// <summary>The length of the part title starting at <paramref name="at"/>, or 0 when none starts there.</summary>
    private static int PartTitleAt(string text, int at)
    {
        var limit = Math.Min(text.Length, at + MaxPartTitleLength);
        var end = limit;
        for (var i = at + 2; i < limit; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c) || c is '（' or '(' or '。' or '，' or ',' or ' ' or '\u3000' or '\u00a0')
            {
                end = i;
                break;
            }

            if (i + 1 < text.Length && text.Substring(i, 2) is "情况" or "事项" or "计划" or "措施")
            {
                end = i + 2;
                break;
            }
        }

        var title = ChineseNormalizer.Normalize(text[at..end]);
        return PartWords.Any(title.Contains) ? end - at : 0;
    }

    private static readonly HashSet<char> Units = ['件', '条', '个', '项', '次', '人', '%', '元', '万', '起', '份', '篇', '余'];

    private static readonly string[] PartWords = ["总体情况", "主动公开政府信息", "政府信息公开申请", "复议", "存在的主要问题", "其他需要报告"];

    [GeneratedRegex(@"[一二三四五六][、.，,]")]
    private static partial Regex PartMarker();

    [GeneratedRegex(@"(?<pre>^|[。；;：:\s])[（(][一二三四五六七八九十][）)]")]
    private static partial Regex SubHeading();

    private enum SpanKind
    {
        TableStart,
        Label,
        Values,
    }

    private sealed record Span(int Start, int End, SpanKind Kind, IReadOnlyList<decimal?>? Values)
    {
        public string? Unsplit { get; init; }

        /// <summary>The row's numbers when its own rules left more than one split.</summary>
        public GluedRow? Guess { get; init; }

        /// <summary>The whole label, when only its beginning stands before the numbers.</summary>
        public string? Whole { get; init; }
    }

    /// <summary>A line in the normalised form labels are compared in, with the way back to the original.</summary>
    private sealed class Compact(string normalized, List<int> original, List<bool> spaceBefore)
    {
        public string Normalized { get; } = normalized;

        public static Compact Of(string line)
        {
            var builder = new StringBuilder(line.Length);
            var original = new List<int>(line.Length + 1);
            var spaceBefore = new List<bool>(line.Length);
            var space = false;
            for (var i = 0; i < line.Length; i++)
            {
                if (ChineseNormalizer.Fold(line[i]) is not { } folded)
                {
                    space |= char.IsWhiteSpace(ChineseNormalizer.HalfWidth(line[i]));
                    continue;
                }

                builder.Append(folded);
                original.Add(i);
                spaceBefore.Add(space);
                space = false;
            }

            original.Add(line.Length);
            return new Compact(builder.ToString(), original, spaceBefore);
        }

        /// <summary>The original position of a normalised position.</summary>
        public int OriginalIndex(int at) => original[at];

        /// <summary>The original text of normalised positions [from, to).</summary>
        public string Original(string line, int from, int to) => line[original[from]..original[to]];

        /// <summary>The run [from, to) cut at white space.</summary>
        public List<string> Tokens(int from, int to) => TokenEnds(from, to).Select(t => t.Text).ToList();

        /// <summary>The run [from, to) cut at white space, with the end of each piece.</summary>
        public List<(string Text, int End)> TokenEnds(int from, int to)
        {
            var tokens = new List<(string, int)>();
            var current = new StringBuilder();
            for (var i = from; i < to; i++)
            {
                if (spaceBefore[i] && current.Length > 0)
                {
                    tokens.Add((current.ToString(), i));
                    current.Clear();
                }

                current.Append(Normalized[i]);
            }

            if (current.Length > 0)
            {
                tokens.Add((current.ToString(), to));
            }

            return tokens;
        }
    }
}
