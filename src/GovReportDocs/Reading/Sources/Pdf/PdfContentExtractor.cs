using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Colors;

namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>
/// Opens the document with PdfPig within the reading limits and copies each page's visible horizontal letters and
/// straight strokes into plain records: by <see cref="TextOperatorPage"/> where it can, else by PdfPig's page reading. Whatever PdfPig throws on a damaged
/// file becomes a <see cref="RefusedContentException"/> with a Chinese message.
/// </summary>
internal static class PdfContentExtractor
{
    /// <param name="stream">The PDF.</param>
    /// <param name="cancellation">Checked before each page: a web request whose client has gone stops reading.</param>
    public static IReadOnlyList<PdfPageContent> Extract(Stream stream, CancellationToken cancellation = default) =>
        Extract(stream, cancellation, out _);

    /// <param name="stream">The PDF.</param>
    /// <param name="cancellation">Checked before each page.</param>
    /// <param name="fallenBack">How many pages <see cref="TextOperatorPage"/> left to PdfPig (for the tests).</param>
    internal static IReadOnlyList<PdfPageContent> Extract(Stream stream, CancellationToken cancellation, out int fallenBack)
    {
        fallenBack = 0;
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

            var operators = new TextOperatorPage(document.Structure.TokenScanner, document.Structure.FilterProvider);
            document.AddPageFactory<PdfPageContent?>(operators);
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
                    pages.Add(document.GetPage<PdfPageContent?>(number) ?? Copy(document.GetPage(number), number));
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

            fallenBack = operators.FallenBack;
            return pages;
        }
    }

    /// <summary>PdfPig signals a malformed file with many exception types; none of them is ours to let through.</summary>
    private static bool IsParserFault(Exception e) => e is not (OutOfMemoryException or RefusedContentException or OperationCanceledException);

    private static RefusedContentException Damaged() => new("PDF文件已损坏，或不是PDF文件");

    /// <summary>PdfPig's reading of a page (every font program parsed), for pages <see cref="TextOperatorPage"/> leaves.</summary>
    internal static PdfPageContent Copy(Page page, int number)
    {
        var box = page.CropBox.Bounds;
        var frame = new PageFrame(box.Left, box.Top, box.Width, box.Height);
        var glyphs = new List<PdfGlyph>(page.Letters.Count);
        foreach (var letter in page.Letters)
        {
            if (letter.TextOrientation != TextOrientation.Horizontal || letter.RenderingMode == TextRenderingMode.Neither
                || string.IsNullOrEmpty(letter.Value))
            {
                continue;
            }

            var start = letter.StartBaseLine.X;
            var end = letter.EndBaseLine.X;
            if (end <= start)
            {
                end = Math.Max(start, letter.BoundingBox.Right);
            }

            var size = letter.PointSize > 0 ? letter.PointSize : letter.BoundingBox.Height;
            frame.Keep(glyphs, letter.Value, start, end, letter.StartBaseLine.Y, size, letter.FontName, stroked: letter.RenderingMode == TextRenderingMode.FillThenStroke);
        }

        var rulings = new List<Ruling>();
        var parts = new List<PathPart>();
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
                parts.Clear();
                foreach (var command in subpath.Commands)
                {
                    parts.Add(command switch
                    {
                        PdfSubpath.Move move => new PathPart(PathPartKind.Move, move.Location, move.Location),
                        PdfSubpath.Line line => new PathPart(PathPartKind.Line, line.From, line.To),
                        PdfSubpath.BezierCurve curve => new PathPart(PathPartKind.Curve, curve.StartPoint, curve.EndPoint),
                        _ => new PathPart(PathPartKind.Close, default, default),
                    });
                }

                PathRulings.Add(parts, filled, stroked, rulings, frame);
            }
        }

        return new PdfPageContent(number, frame.Width, frame.Height, glyphs, rulings);
    }

    /// <summary>Whether a colour is white (or so near it that nothing shows on white paper).</summary>
    private static bool IsWhite(IColor? color)
    {
        if (color is null)
        {
            return false;
        }

        var (r, g, b) = color.ToRGBValues();
        return PaintColour.IsWhite(r, g, b);
    }
}
