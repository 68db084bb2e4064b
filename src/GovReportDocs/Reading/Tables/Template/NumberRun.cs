using System.Globalization;
using System.Text.RegularExpressions;
using GovReportDocs.Normalization;
using GovReportDocs.Reading.Lines;

namespace GovReportDocs.Reading.Tables.Template;

/// <summary>
/// Numbers plain `pdftotext` printed on consecutive lines (a text block's stretch of one column), or the one number a
/// label's line ends with (`5.要求行政机关确认或重新出具已 0`: a centred cell beside a label wrapped over lines).
/// <paramref name="Across"/>: a line held two numbers (`217 1`), so the run reads two columns a row at a time.
/// </summary>
internal sealed partial record NumberRun(IReadOnlyList<ReadItem> Items, bool Across, bool OnLabel)
{
    public int Count => Items.Count;

    /// <summary>
    /// The runs of numbers among <paramref name="items"/>, in printed order. A label ending in a number is a run of
    /// one when its words are part of one of <paramref name="labels"/> (a line of a label the cell wrapped); any other
    /// text only ends the run before it.
    /// </summary>
    public static List<NumberRun> Of(IReadOnlyList<ReadItem> items, IReadOnlyList<string> labels)
    {
        var runs = new List<NumberRun>();
        List<ReadItem>? current = null;
        var across = false;
        foreach (var each in items)
        {
            var numbers = Numbers(each);
            foreach (var item in numbers)
            {
                var last = current?[^1].Source.Line;
                if (current is not null && (last == item.Source.Line || last == item.Source.Line - 1))
                {
                    across |= last == item.Source.Line;
                    current.Add(item);
                    continue;
                }

                Close();
                current = [item];
            }

            if (numbers.Count > 0)
            {
                continue;
            }

            Close();
            if (OnLabelNumber(each, labels) is { } onLabel)
            {
                runs.Add(new NumberRun([onLabel], false, true));
            }
        }

        Close();
        return runs;

        void Close()
        {
            if (current is not null)
            {
                runs.Add(new NumberRun(current, across, false));
            }

            current = null;
            across = false;
        }
    }

    /// <summary>
    /// A cell holding a number, or a line of text that is only counts one space apart (a line of its own between
    /// labels, `217 1`): its numbers, or none.
    /// </summary>
    private static IReadOnlyList<ReadItem> Numbers(ReadItem item)
    {
        if (item is { HasNumber: true, IsBlank: false })
        {
            return [item];
        }

        var text = item.Source.Text.Trim();
        return CountsOnly().IsMatch(text)
            ? [.. text.Split(' ').Select(n => new ReadItem(new SourceCell(n, item.Source.Line), n, true, decimal.Parse(n, CultureInfo.InvariantCulture)))]
            : [];
    }

    /// <summary>The number a label's line ends with, one space after words of a known label, or null.</summary>
    private static ReadItem? OnLabelNumber(ReadItem item, IReadOnlyList<string> labels)
    {
        if (LabelThenNumber().Match(item.Source.Text.Trim()) is not { Success: true } match)
        {
            return null;
        }

        var words = ChineseNormalizer.Normalize(match.Groups["words"].Value);
        if (words.Length < MinLabelPart || !labels.Any(l => l.Contains(words, StringComparison.Ordinal)))
        {
            return null;
        }

        var digits = match.Groups["number"].Value;
        return new ReadItem(new SourceCell(digits, item.Source.Line), digits, true, decimal.Parse(digits, CultureInfo.InvariantCulture));
    }

    /// <summary>Fewer characters would match a stray word anywhere in the labels.</summary>
    private const int MinLabelPart = 4;

    [GeneratedRegex("^(0|[1-9][0-9]*)( (0|[1-9][0-9]*))*$")]
    private static partial Regex CountsOnly();

    [GeneratedRegex(@"^(?<words>\S.*\S) (?<number>0|[1-9][0-9]*)$")]
    private static partial Regex LabelThenNumber();
}
