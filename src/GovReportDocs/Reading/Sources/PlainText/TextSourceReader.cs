using System.Text.RegularExpressions;
using GovReportDocs.Reading.Lines;

namespace GovReportDocs.Reading.Sources.PlainText;

/// <summary>
/// Text copied from web pages, Word or PDF, and Markdown made text (<see cref="Markdown.MarkdownText"/>): cells flattened to
/// `|`-separated lines (pipe tables), or tab-indented cells whose
/// words wrap onto short unindented lines, or one cell per line, or a row per line with its cells spaced out
/// (`pdftotext`), or a whole page run together on one line (<see cref="RunOnText"/>). Lines become paragraphs or
/// cells. A crawler's header (`标题: …` … `==== 正文 ====`) gives the title; the rest of it is kept apart, as headers.
/// </summary>
internal static partial class TextSourceReader
{
    private const int MaxWrappedCellPart = 4;

    /// <summary>Shorter lines hold no table run together with its labels (表三 alone takes some 700 characters).</summary>
    private const int MinRunOnLine = 100;

    public static IReadOnlyList<SourceItem> Read(string text)
    {
        var items = new List<SourceItem>();
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var bodyStart = Array.FindIndex(lines, l => CrawlerBodyMark().IsMatch(l)) + 1;
        for (var i = bodyStart; i < lines.Length; i++)
        {
            // A page number copied from a PDF (`-3-`, `— 2 —`, `第3页`) is blanked, its line kept for the numbering; never a
            // bare number, which may be a cell, nor numbers apart (`217 1`: two cells of a row, which normalising glues).
            var trimmed = lines[i].Trim().Trim('\u3000');
            if (trimmed.Length > 0 && !trimmed.All(c => char.IsAsciiDigit(c) || c == ' ') && Pdf.PageResidue.IsPageNumber(trimmed))
            {
                lines[i] = "";
            }
        }

        // `pdftotext -layout` wraps a row's label over lines with its numbers on one of them: each such row is put back on one line.
        lines = LayoutRows.Join(lines, bodyStart);
        for (var i = 0; i < bodyStart; i++)
        {
            if (CrawlerTitle().Match(lines[i]) is { Success: true } title)
            {
                items.Add(new SourceParagraph(title.Groups["title"].Value.Trim(), i + 1));
            }
            else if (lines[i].Trim().Length > 0)
            {
                items.Add(new SourceHeader(lines[i].Trim(), i + 1));
            }
        }

        for (var i = bodyStart; i < lines.Length; i++)
        {
            var raw = lines[i];
            var number = i + 1;
            var trimmed = raw.Trim().Trim('\u3000');
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (raw.Contains('|'))
            {
                items.AddRange(PipeCells(raw, number));
            }
            else if (raw.StartsWith('\t'))
            {
                var cell = trimmed;
                while (i + 1 < lines.Length && IsWrappedCellPart(lines[i + 1]))
                {
                    cell += lines[++i].Trim();
                }

                items.Add(new SourceCell(cell, number));
            }
            else if (trimmed.Any(char.IsAsciiDigit) && SpacedRow.Read(trimmed, number) is { } row)
            {
                items.AddRange(row);
            }
            else if (trimmed.Length >= MinRunOnLine && RunOnText.Read(trimmed, number) is { } page)
            {
                items.AddRange(page);
            }
            else
            {
                items.AddRange(RunOnParagraphs.Paragraphs(trimmed, number));
            }
        }

        // Too few numbers read line by line: the rows may wrap their labels over lines (`pdftotext -layout`). Its running
        // text is cut by the text width as well, and joined as line by line.
        if (bodyStart < lines.Length && NumberCells(items) < NationalFormat.StatisticsSheet.AllData.Length
            && RunOnText.ReadLines(string.Join("\n", lines.Skip(bodyStart)), bodyStart + 1) is { } whole
            && NumberCells(whole) > NumberCells(items))
        {
            return WrappedLines.Join(items.Where(i => i.Line <= bodyStart).Concat(whole).ToList(), lines);
        }

        return WrappedLines.Join(items, lines);
    }

    /// <summary>
    /// The cells of a `|` row. Its outer pipes only delimit. An empty cell before the row's first number is part of
    /// a merged label (converters write a span as empty cells); one after it is a blank cell, missing, so the numbers
    /// after it keep their columns. A label repeated in the next cell is one merged label written in each cell it spans
    /// (Docling).
    /// </summary>
    private static IEnumerable<SourceCell> PipeCells(string raw, int line)
    {
        var parts = raw.Split('|').Select(p => p.Trim().Trim('\u3000')).ToList();
        if (parts.Count > 1 && parts[0].Length == 0)
        {
            parts.RemoveAt(0);
        }

        if (parts.Count > 1 && parts[^1].Length == 0)
        {
            parts.RemoveAt(parts.Count - 1);
        }

        var numbersBegun = false;
        string? previous = null;
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                if (numbersBegun)
                {
                    yield return new SourceCell("", line, IsBlank: true);
                }

                continue;
            }

            var cell = new SourceCell(part, line);
            var isNumber = CellValue.TryRead(cell, out _);
            numbersBegun |= isNumber;
            if (isNumber || part != previous)
            {
                yield return cell;
            }

            previous = part;
        }
    }

    /// <summary>
    /// The numbers read: cells, and numbers alone on their line (plain `pdftotext` prints a cell per line; they become
    /// cells between the tables' part titles).
    /// </summary>
    private static int NumberCells(IEnumerable<SourceItem> items) =>
        items.Count(i => i is SourceCell { IsBlank: false } or SourceParagraph && CellValue.TryRead(new SourceCell(i.Text, i.Line), out var v) && v is not null);

    /// <summary>Word wraps 商业/企业 inside a cell onto a line of its own without the tab.</summary>
    private static bool IsWrappedCellPart(string line) =>
        line.Length > 0 && !line.StartsWith('\t') && line.Trim().Length is > 0 and <= MaxWrappedCellPart
        && !line.Trim().Any(c => c is '。' or '；' or '、');

    [GeneratedRegex(@"^\s*=+\s*正文\s*=+\s*$")]
    private static partial Regex CrawlerBodyMark();

    [GeneratedRegex(@"^\s*标题\s*[:：](?<title>.+)$")]
    private static partial Regex CrawlerTitle();
}
