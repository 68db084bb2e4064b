using System.Globalization;
using GovReportDocs.Composition;
using GovReportDocs.Format;
using GovReportDocs.Pdf.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GovReportDocs.Pdf;

/// <summary>The PDF as PDFsharp wrote it, and the characters each role's face drew as empty boxes (in order of first appearance).</summary>
internal sealed record WrittenPdf(byte[] Bytes, IReadOnlyDictionary<FontRole, IReadOnlyList<string>> MissingGlyphs);

/// <summary>Draws a laid-out document with PDFsharp: the only place that draws.</summary>
internal static class PdfWriter
{
    private const double BoldOffset = 0.35;

    /// <summary>
    /// Draws the pages; with <paramref name="tagged"/>, also the logical structure (PDF/UA tags) the layout hung on what it
    /// drew. The cancellation is checked before each page.
    /// </summary>
    public static WrittenPdf Write(PageCanvas canvas, GlyphMetrics metrics, ComposedReport report, bool tagged,
        CancellationToken cancellation = default)
    {
        using var document = new PdfDocument();
        var missing = new MissingGlyphLog();
        document.RenderEvents.RenderTextEvent += missing.OnRenderText;
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        SetInformation(document, report);
        var structure = tagged ? new StructureWriter(document) : null;
        var fonts = new Dictionary<(FontRole, double), XFont>();
        var pen = new XPen(XColors.Black, 0.5);
        var pages = new List<PdfPage>();
        foreach (var operations in canvas.Pages)
        {
            cancellation.ThrowIfCancellationRequested();
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(Points.PageWidth);
            page.Height = XUnit.FromPoint(Points.PageHeight);
            pages.Add(page);
            using var graphics = XGraphics.FromPdfPage(page);

            // Borders first, in one artifact, then the text in reading order: no border crosses a text, so the page
            // looks the same, and a tagged page switches between artifact and content far less often.
            foreach (var operation in operations.Where(o => o is DrawBox).Concat(operations.Where(o => o is not DrawBox)))
            {
                switch (operation)
                {
                    case DrawText text:
                        missing.Role = text.Role;
                        var key = (text.Role, text.Size);
                        if (!fonts.TryGetValue(key, out var font))
                        {
                            fonts[key] = font = metrics.Font(text.Role, text.Size);
                        }

                        Draw(graphics, text, font, structure);
                        break;
                    case DrawBox box:
                        structure?.Artifact();
                        graphics.DrawRectangle(pen, box.X, box.Y, box.Width, box.Height);
                        break;
                    case MarkStructure mark:
                        structure?.Enter(mark.Node);
                        break;
                }
            }

            structure?.EndPage();
        }

        structure?.Finish();

        foreach (var bookmark in canvas.Bookmarks)
        {
            var outline = document.Outlines.Add(bookmark.Title, pages[bookmark.Page], true);
            outline.PageDestinationType = PdfPageDestinationType.Xyz;
            outline.Left = Points.Left;
            outline.Top = bookmark.Y;
        }

        using var output = new MemoryStream();
        SaveInvariant(document, output);
        return new WrittenPdf(output.ToArray(), missing.ByRole());
    }

    /// <summary>
    /// PDFsharp writes the XMP dates in the thread's calendar (ar-SA gives 1447-08-01 for 2026-01-20); a
    /// platform's culture must not change the file.
    /// </summary>
    private static void SaveInvariant(PdfDocument document, Stream output)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            document.Save(output, closeStream: false);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    private static void Draw(XGraphics graphics, DrawText text, XFont font, StructureWriter? structure)
    {
        if (text.Node is null)
        {
            structure?.Artifact();
        }
        else
        {
            structure?.Enter(text.Node);
        }

        Pass(graphics, text, font, text.X);
        if (text.Bold)
        {
            // The Debian faces have no bold: a second pass a third of a point over thickens the strokes. It is not
            // read (an artifact), or the heading would be read twice.
            structure?.Artifact();
            Pass(graphics, text, font, text.X + BoldOffset);
        }
    }

    /// <summary>One drawing of the text; a scaled one in its own graphics state, so that it nests in its marked content.</summary>
    private static void Pass(XGraphics graphics, DrawText text, XFont font, double x)
    {
        var scaled = Math.Abs(text.Scale - 1) > 1e-6;
        if (scaled)
        {
            graphics.Save();
            graphics.ScaleAtTransform(text.Scale, 1, text.X, text.Baseline);
        }

        graphics.DrawString(text.Text, font, XBrushes.Black, x, text.Baseline, XStringFormats.BaseLineLeft);
        if (scaled)
        {
            graphics.Restore();
        }
    }

    private static void SetInformation(PdfDocument document, ComposedReport report)
    {
        var info = document.Info;
        info.Title = report.Title;
        info.Author = report.Report.Agency;
        info.Subject = "政府信息公开工作年度报告";
        info.Keywords = $"政府信息公开;年度报告;{report.Report.Year}";
        if (report.Report.PublishDate is { } date)
        {
            var stamp = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            info.CreationDate = stamp;
            info.ModificationDate = stamp;
        }
        else
        {
            // No date in the input, no date in the file: PDFsharp would stamp the current time.
            info.Elements.Remove("/CreationDate");
            info.Elements.Remove("/ModDate");
        }
        document.PageLayout = PdfPageLayout.SinglePage;
        document.PageMode = PdfPageMode.UseOutlines;
    }
}
