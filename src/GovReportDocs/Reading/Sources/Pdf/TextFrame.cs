
namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>
/// Where the running text stands: the left edge most lines start at, the right edge justified lines end at,
/// and the body letter size. Taken over the whole document, as a page of tables has too few lines of its own.
/// </summary>
internal sealed record TextFrame(double Left, double Right, double BodySize)
{
    /// <summary>Whether the body itself is set heavy (a PDF whose every face is a 黑体): then no line stands out by weight.</summary>
    public bool BodyIsHeavy { get; init; }

    /// <summary>
    /// Whether a line looks like a title: set heavier than the body, or larger. A part title is so even when its words
    /// are not the format's.
    /// </summary>
    public bool LooksLikeTitle(TextLine line) => (line.IsHeavy && !BodyIsHeavy) || line.Size > BodySize * 1.15;

    /// <summary>An edge is a position at least this many lines share.</summary>
    private const int Shared = 3;

    private const double SamePosition = 2;

    public static TextFrame Of(IReadOnlyList<TextLine> lines)
    {
        if (lines.Count == 0)
        {
            return new TextFrame(0, 0, 0);
        }

        var bodySize = lines.GroupBy(l => Math.Round(l.Size * 2) / 2).MaxBy(g => g.Sum(l => l.Glyphs.Count))!.Key;
        var body = lines.Where(l => Math.Abs(l.Size - bodySize) <= 0.15 * bodySize).ToList();
        var starts = body.Select(l => l.Left).Order().ToList();
        var ends = body.Select(l => l.Right).OrderDescending().ToList();
        return new TextFrame(
            FirstShared(starts, (a, b) => b - a) ?? starts[0],
            FirstShared(ends, (a, b) => a - b) ?? ends[0],
            bodySize)
        {
            BodyIsHeavy = body.Sum(l => l.IsHeavy ? l.Glyphs.Count : 0) * 2 > body.Sum(l => l.Glyphs.Count),
        };
    }

    /// <summary>The first position (in the given order) that enough others share.</summary>
    private static double? FirstShared(List<double> ordered, Func<double, double, double> distance)
    {
        for (var i = 0; i + Shared - 1 < ordered.Count; i++)
        {
            if (distance(ordered[i], ordered[i + Shared - 1]) <= SamePosition)
            {
                return ordered[i];
            }
        }

        return null;
    }
}
