
namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>
/// Where the running text stands: the left edge most lines start at, the right edge justified lines end at,
/// and the body letter size. Taken over the whole document, as a page of tables has too few lines of its own.
/// </summary>
internal sealed record TextFrame(double Left, double Right, double BodySize)
{
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
            bodySize);
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
