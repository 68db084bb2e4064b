using UglyToad.PdfPig.Core;

namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>What a subpath is made of, as far as borders go.</summary>
internal enum PathPartKind
{
    Move,
    Line,
    Curve,
    Close,
}

/// <summary>One piece of a subpath, in PDF page coordinates; a curve keeps only its end.</summary>
internal readonly record struct PathPart(PathPartKind Kind, PdfPoint From, PdfPoint To);

/// <summary>
/// A painted path's strokes as rulings: borders come as stroked lines, stroked rectangles, thin filled bars, or
/// cell areas whose edges are the borders; curves and slanted lines (seals, drawings) are no borders.
/// </summary>
internal static class PathRulings
{
    /// <summary>A stroke or filled bar thinner than this is a line, not an area.</summary>
    private const double LineThickness = 3;

    /// <summary>An axis-parallel segment may lean this much and still count as straight.</summary>
    private const double Straightness = 0.5;

    /// <param name="subpath">The subpath's parts in drawing order.</param>
    /// <param name="filled">Filled with a colour that shows (not white).</param>
    /// <param name="stroked">Stroked with a colour that shows.</param>
    /// <param name="rulings">Where the rulings go, in the page's top-left coordinates.</param>
    /// <param name="page">The page the path is drawn on.</param>
    public static void Add(IReadOnlyList<PathPart> subpath, bool filled, bool stroked, List<Ruling> rulings, PageFrame page)
    {
        if (filled && AxisAlignedBounds(subpath) is { } area)
        {
            var (x0, x1) = (area.Left - page.Left, area.Right - page.Left);
            var (y0, y1) = (page.Top - area.Top, page.Top - area.Bottom);
            var (w, h) = (x1 - x0, y1 - y0);
            if (h <= LineThickness && w > h)
            {
                rulings.Add(new Ruling(true, (y0 + y1) / 2, x0, x1));
            }
            else if (w <= LineThickness && h > w)
            {
                rulings.Add(new Ruling(false, (x0 + x1) / 2, y0, y1));
            }
            else if (w < page.Width * 0.9 || h < page.Height * 0.9)
            {
                // A shaded cell: its edges are where the borders are. A page-sized background is none.
                rulings.Add(new Ruling(true, y0, x0, x1));
                rulings.Add(new Ruling(true, y1, x0, x1));
                rulings.Add(new Ruling(false, x0, y0, y1));
                rulings.Add(new Ruling(false, x1, y0, y1));
            }

            return;
        }

        if (!stroked)
        {
            return;
        }

        PdfPoint? first = null;
        PdfPoint? current = null;
        foreach (var part in subpath)
        {
            switch (part.Kind)
            {
                case PathPartKind.Move:
                    first = current = part.To;
                    break;
                case PathPartKind.Line:
                    AddSegment(part.From, part.To, rulings, page);
                    current = part.To;
                    break;
                case PathPartKind.Curve:
                    current = part.To;
                    break;
                case PathPartKind.Close when first is { } start && current is { } end:
                    AddSegment(end, start, rulings, page);
                    current = start;
                    break;
            }
        }
    }

    private static void AddSegment(PdfPoint from, PdfPoint to, List<Ruling> rulings, PageFrame page)
    {
        if (Math.Abs(from.Y - to.Y) <= Straightness && Math.Abs(from.X - to.X) > Straightness)
        {
            rulings.Add(new Ruling(true, page.Top - (from.Y + to.Y) / 2, Math.Min(from.X, to.X) - page.Left, Math.Max(from.X, to.X) - page.Left));
        }
        else if (Math.Abs(from.X - to.X) <= Straightness && Math.Abs(from.Y - to.Y) > Straightness)
        {
            rulings.Add(new Ruling(false, (from.X + to.X) / 2 - page.Left, page.Top - Math.Max(from.Y, to.Y), page.Top - Math.Min(from.Y, to.Y)));
        }
    }

    /// <summary>The bounds of a subpath made only of axis-parallel straight lines (a rectangle), or null.</summary>
    private static PdfRectangle? AxisAlignedBounds(IReadOnlyList<PathPart> subpath)
    {
        if (subpath.Count < 3)
        {
            return null;
        }

        double left = double.MaxValue, bottom = double.MaxValue, right = double.MinValue, top = double.MinValue;
        var any = false;
        foreach (var part in subpath)
        {
            if (part.Kind == PathPartKind.Line)
            {
                if (Math.Abs(part.From.X - part.To.X) > Straightness && Math.Abs(part.From.Y - part.To.Y) > Straightness)
                {
                    return null;
                }

                left = Math.Min(left, Math.Min(part.From.X, part.To.X));
                right = Math.Max(right, Math.Max(part.From.X, part.To.X));
                bottom = Math.Min(bottom, Math.Min(part.From.Y, part.To.Y));
                top = Math.Max(top, Math.Max(part.From.Y, part.To.Y));
                any = true;
            }
            else if (part.Kind == PathPartKind.Curve)
            {
                return null;
            }
        }

        return any ? new PdfRectangle(left, bottom, right, top) : null;
    }
}
