using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Colors;

namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>
/// The only code that talks to PdfPig: opens the document within the reading limits and copies each page's
/// visible horizontal letters and straight strokes into plain records. Whatever PdfPig throws on a damaged
/// file becomes a <see cref="RefusedContentException"/> with a Chinese message.
/// </summary>
internal static class PdfContentExtractor
{
    /// <summary>A stroke or filled bar thinner than this is a line, not an area.</summary>
    private const double LineThickness = 3;

    /// <summary>An axis-parallel segment may lean this much and still count as straight.</summary>
    private const double Straightness = 0.5;

    /// <summary>Each of red, green and blue at least this (of 1) is white.</summary>
    private const double WhiteLevel = 0.98;

    /// <param name="stream">The PDF.</param>
    /// <param name="cancellation">Checked before each page: a web request whose client has gone stops reading.</param>
    public static IReadOnlyList<PdfPageContent> Extract(Stream stream, CancellationToken cancellation = default)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(stream, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new RefusedContentException("PDF已加密，需要密码才能打开；请提供未加密的PDF，或改用.docx、网页");
        }
        catch (Exception e) when (IsParserFault(e))
        {
            throw Damaged();
        }

        using (document)
        {
            int count;
            try
            {
                count = document.NumberOfPages;
            }
            catch (Exception e) when (IsParserFault(e))
            {
                throw Damaged();
            }

            if (count > ReadingLimits.MaxPdfPages)
            {
                throw new RefusedContentException($"页数过多（{count}页，上限{ReadingLimits.MaxPdfPages}页）");
            }

            var pages = new List<PdfPageContent>(count);
            var clock = WorkClock.StartNew();
            for (var number = 1; number <= count; number++)
            {
                cancellation.ThrowIfCancellationRequested();
                if (clock.ElapsedSeconds > ReadingLimits.MaxPdfReadSeconds)
                {
                    throw new RefusedContentException($"PDF读取超时（超过{ReadingLimits.MaxPdfReadSeconds}秒，已读{number - 1}页）：文件可能是恶意构造的");
                }

                try
                {
                    pages.Add(Copy(document.GetPage(number), number));
                }
                catch (PdfDocumentEncryptedException)
                {
                    throw new RefusedContentException("PDF已加密，需要密码才能打开；请提供未加密的PDF，或改用.docx、网页");
                }
                catch (Exception e) when (IsParserFault(e))
                {
                    throw Damaged();
                }
            }

            return pages;
        }
    }

    /// <summary>PdfPig signals a malformed file with many exception types; none of them is ours to let through.</summary>
    private static bool IsParserFault(Exception e) => e is not (OutOfMemoryException or RefusedContentException or OperationCanceledException);

    private static RefusedContentException Damaged() => new("PDF文件已损坏，或不是PDF文件");

    private static PdfPageContent Copy(Page page, int number)
    {
        var box = page.CropBox.Bounds;
        var (left, top, width, height) = (box.Left, box.Top, box.Width, box.Height);
        var glyphs = new List<PdfGlyph>(page.Letters.Count);
        foreach (var letter in page.Letters)
        {
            if (letter.TextOrientation != TextOrientation.Horizontal || letter.RenderingMode == TextRenderingMode.Neither
                || string.IsNullOrEmpty(letter.Value))
            {
                continue;
            }

            var start = letter.StartBaseLine.X - left;
            var end = letter.EndBaseLine.X - left;
            if (end <= start)
            {
                end = Math.Max(start, letter.BoundingBox.Right - left);
            }

            var size = letter.PointSize > 0 ? letter.PointSize : letter.BoundingBox.Height;
            var glyph = new PdfGlyph(letter.Value, start, end, top - letter.StartBaseLine.Y, size) {
                // A face without a bold is thickened by stroking its outline too (ours, LibreOffice's) or by drawing it twice (TextLine).
                Heavy = HeavyFace.Is(letter.FontName) || letter.RenderingMode == TextRenderingMode.FillThenStroke,
            };
            if (size > 0 && glyph.CenterX >= 0 && glyph.CenterX <= width && glyph.CenterY >= 0 && glyph.CenterY <= height)
            {
                glyphs.Add(glyph);
            }
        }

        var rulings = new List<Ruling>();
        foreach (var path in page.Paths)
        {
            // White paint is no border: WPS sets each line of running text on a white-filled rectangle (paragraph shading).
            var filled = path.IsFilled && !IsWhite(path.FillColor);
            var stroked = path.IsStroked && !IsWhite(path.StrokeColor);
            if (!filled && !stroked)
            {
                continue;
            }

            foreach (var subpath in path)
            {
                AddRulings(subpath, filled, stroked, rulings, left, top, width, height);
            }
        }

        return new PdfPageContent(number, width, height, glyphs, rulings);
    }

    /// <summary>Whether a colour is white (or so near it that nothing shows on white paper).</summary>
    private static bool IsWhite(IColor? color)
    {
        if (color is null)
        {
            return false;
        }

        var (r, g, b) = color.ToRGBValues();
        return r >= WhiteLevel && g >= WhiteLevel && b >= WhiteLevel;
    }

    /// <summary>
    /// Borders come as stroked lines, stroked rectangles, thin filled bars, or cell areas whose edges are the
    /// borders; curves and slanted lines (seals, drawings) are no borders.
    /// </summary>
    private static void AddRulings(PdfSubpath subpath, bool filled, bool stroked, List<Ruling> rulings,
        double left, double top, double width, double height)
    {
        if (filled && AxisAlignedBounds(subpath) is { } area)
        {
            var (x0, x1) = (area.Left - left, area.Right - left);
            var (y0, y1) = (top - area.Top, top - area.Bottom);
            var (w, h) = (x1 - x0, y1 - y0);
            if (h <= LineThickness && w > h)
            {
                rulings.Add(new Ruling(true, (y0 + y1) / 2, x0, x1));
            }
            else if (w <= LineThickness && h > w)
            {
                rulings.Add(new Ruling(false, (x0 + x1) / 2, y0, y1));
            }
            else if (w < width * 0.9 || h < height * 0.9)
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
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    first = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddSegment(line.From, line.To, rulings, left, top);
                    current = line.To;
                    break;
                case PdfSubpath.BezierCurve curve:
                    current = curve.EndPoint;
                    break;
                case PdfSubpath.Close when first is { } start && current is { } end:
                    AddSegment(end, start, rulings, left, top);
                    current = start;
                    break;
            }
        }
    }

    private static void AddSegment(PdfPoint from, PdfPoint to, List<Ruling> rulings, double left, double top)
    {
        if (Math.Abs(from.Y - to.Y) <= Straightness && Math.Abs(from.X - to.X) > Straightness)
        {
            rulings.Add(new Ruling(true, top - (from.Y + to.Y) / 2, Math.Min(from.X, to.X) - left, Math.Max(from.X, to.X) - left));
        }
        else if (Math.Abs(from.X - to.X) <= Straightness && Math.Abs(from.Y - to.Y) > Straightness)
        {
            rulings.Add(new Ruling(false, (from.X + to.X) / 2 - left, top - Math.Max(from.Y, to.Y), top - Math.Min(from.Y, to.Y)));
        }
    }

    /// <summary>The bounds of a subpath made only of axis-parallel straight lines (a rectangle), or null.</summary>
    private static PdfRectangle? AxisAlignedBounds(PdfSubpath subpath)
    {
        if (subpath.Commands.Count < 3)
        {
            return null;
        }

        foreach (var command in subpath.Commands)
        {
            if (command is PdfSubpath.Line line)
            {
                if (Math.Abs(line.From.X - line.To.X) > Straightness && Math.Abs(line.From.Y - line.To.Y) > Straightness)
                {
                    return null;
                }
            }
            else if (command is not (PdfSubpath.Move or PdfSubpath.Close))
            {
                return null;
            }
        }

        return subpath.GetBoundingRectangle();
    }
}
