using System.Globalization;
using System.Text.RegularExpressions;

namespace GovReportDocs.Tests.Support;

/// <summary>The words of a PDF with their boxes, as poppler's `pdftotext -bbox` reads them (points, y down).</summary>
internal static partial class PdfWords
{
    public sealed record Word(int Page, double XMin, double YMin, double XMax, double YMax, string Text);

    public static IReadOnlyList<Word> Read(string pdf)
    {
        var html = ExternalTool.Run("pdftotext", "-bbox", pdf, "-");
        var words = new List<Word>();
        var page = 0;
        foreach (var line in html.Split('\n'))
        {
            if (line.Contains("<page ", StringComparison.Ordinal))
            {
                page++;
                continue;
            }

            var match = WordTag().Match(line);
            if (match.Success)
            {
                double At(int i) => double.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture);
                words.Add(new Word(page, At(1), At(2), At(3), At(4), System.Net.WebUtility.HtmlDecode(match.Groups[5].Value)));
            }
        }

        return words;
    }

    /// <summary>The lines of one page, top to bottom: words whose boxes share a middle, joined left to right.</summary>
    public static IReadOnlyList<string> Lines(IEnumerable<Word> words, int page) =>
        LineWords(words, page).Select(l => string.Concat(l.Select(w => w.Text))).ToList();

    /// <summary>The words of each line of one page, top to bottom, each line's left to right.</summary>
    public static IReadOnlyList<IReadOnlyList<Word>> LineWords(IEnumerable<Word> words, int page)
    {
        var lines = new List<(double Middle, List<Word> Words)>();
        foreach (var word in words.Where(w => w.Page == page).OrderBy(w => (w.YMin + w.YMax) / 2))
        {
            var middle = (word.YMin + word.YMax) / 2;
            if (lines.Count > 0 && Math.Abs(lines[^1].Middle - middle) < 4)
            {
                lines[^1].Words.Add(word);
            }
            else
            {
                lines.Add((middle, [word]));
            }
        }

        return lines.Select(l => (IReadOnlyList<Word>)[.. l.Words.OrderBy(w => w.XMin)]).ToList();
    }

    [GeneratedRegex("""<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>""")]
    private static partial Regex WordTag();
}
