using System.Globalization;
using System.Text.RegularExpressions;
using GovReportDocs.Reading.Lines;

namespace GovReportDocs.Reading.Sources.PlainText;

/// <summary>
/// A run-on line's spans made items, in the line's order: the text between them paragraphs (or, inside a table, a
/// label and its spaced numbers), each label a cell, each row's values cells, and what could not be split a note.
/// </summary>
internal static partial class RunOnItems
{
    public static List<SourceItem> Of(string line, CompactLine text, List<RunOnSpan> spans, Func<int, int> lineAt)
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
                        items.AddRange(RunOnParagraphs.Lines(between, number));
                    }
                }
            }

            var line0 = lineAt(text.OriginalIndex(span.Start));
            switch (span.Kind)
            {
                case RunOnSpanKind.TableStart:
                    inTable = true;
                    break;
                case RunOnSpanKind.Label:
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
            if (span.Kind == RunOnSpanKind.Values && IsLastOfTable(spans, span))
            {
                inTable = false;
            }
        }

        if (at < text.Normalized.Length)
        {
            items.AddRange(RunOnParagraphs.Lines(text.Original(line, at, text.Normalized.Length).Trim(), lineAt(text.OriginalIndex(at))));
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

    private static bool IsLastOfTable(List<RunOnSpan> spans, RunOnSpan span)
    {
        var next = spans.IndexOf(span) + 1;
        return next >= spans.Count || spans[next].Kind == RunOnSpanKind.TableStart;
    }
}
