using System.Globalization;
using GovReportDocs.Reading.Lines;

namespace GovReportDocs.Reading.Sources.PlainText;

/// <summary>One table row on a line of its own, its cells spaced out or glued, as `pdftotext` and crawlers print it.</summary>
internal static class SpacedRow
{
    /// <summary>Plain pdftotext sets one space between a label and the cell beside it; -layout sets the cells apart by column.</summary>
    private const int MaxFirstCellGap = 1;

    /// <summary>
    /// A line that is one table row with its cells spaced out, as `pdftotext` prints it (`一、本年新收政府信息公开申请数量
    /// 3001  53  0  0  61  4  3119`), or a line of numbers only (表四): its cells, or null when it is neither.
    /// </summary>
    public static IReadOnlyList<SourceItem>? Read(string line, int number)
    {
        var text = CompactLine.Of(line);
        if (text.Normalized.Length == 0)
        {
            return null;
        }

        var (label, data) = RunOnText.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Labels.Select(l => (Label: l, r.Data)))
            .Where(r => text.Normalized.StartsWith(r.Label, StringComparison.Ordinal))
            .OrderByDescending(r => r.Label.Length).FirstOrDefault();
        var runStart = label?.Length ?? 0;
        if (runStart >= text.Normalized.Length || RunOnText.RunEnd(text.Normalized, runStart, allowPoint: data?.Count == 1) != text.Normalized.Length)
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
            // Too few digits for the whole row glued: plain pdftotext prints a row's first cell on its label's line
            // (`行政规范性文件 77`) and the other cells apart. A single number one space after its label is the first
            // cell, never a glued run; set farther off (pdftotext -layout spaces cells by their place on the page, the
            // cells before it blank) it may be any of the row's cells, and the line is no row read.
            return tokens.Count == 1 && Gap(line, text, runStart) <= MaxFirstCellGap
                ? [new SourceCell(text.Original(line, 0, runStart).Trim(), number), new SourceCell(tokens[0], number)]
                : null;
        }

        items.Add(new SourceCell(text.Original(line, 0, runStart).Trim(), number));
        var row = GluedNumbers.Read(tokens, data);
        if ((row is null ? string.Join(" ", tokens) : row.Unsplit) is { } unsplit)
        {
            items.Add(new SourceNote($"数字“{unsplit}”粘连在一起，无法确定各单元格的分界，此行未读取，请核对原表", number));
        }
        else if (row is { IsGuess: true })
        {
            items.Add(new SourceGuess(row, number));
        }

        items.AddRange((row?.Values ?? Enumerable.Repeat<decimal?>(null, data!.Count).ToList()).Select(v => new SourceCell(v?.ToString(CultureInfo.InvariantCulture) ?? "", number, IsBlank: v is null)));
        return items;
    }

    /// <summary>The white space between the label, which ends before normalised position <paramref name="runStart"/>, and the number.</summary>
    private static int Gap(string line, CompactLine text, int runStart) =>
        line[(text.OriginalIndex(runStart - 1) + 1)..text.OriginalIndex(runStart)].Count(char.IsWhiteSpace);
}
