using System.Text;
using GovReportDocs.Normalization;

namespace GovReportDocs.Reading.Sources.PlainText;

/// <summary>A line in the normalised form labels are compared in, with the way back to the original.</summary>
internal sealed class CompactLine(string normalized, List<int> original, List<bool> spaceBefore)
{
    public string Normalized { get; } = normalized;

    public static CompactLine Of(string line)
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
        return new CompactLine(builder.ToString(), original, spaceBefore);
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
