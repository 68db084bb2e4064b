using System.Globalization;
using GovReportDocs.Composition;
using GovReportDocs.Format;
using GovReportDocs.Pdf.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GovReportDocs.Pdf;

/// <summary>Draws a laid-out document with PDFsharp: the only place that draws.</summary>
internal static class PdfWriter
{
    private const double BoldOffset = 0.35;

    public static byte[] Write(PageCanvas canvas, GlyphMetrics metrics, ComposedReport report)
    {
        using var document = new PdfDocument();
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        SetInformation(document, report);
        var fonts = new Dictionary<(FontRole, double), XFont>();
        var pen = new XPen(XColors.Black, 0.5);
        var pages = new List<PdfPage>();
        foreach (var operations in canvas.Pages)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(Points.PageWidth);
            page.Height = XUnit.FromPoint(Points.PageHeight);
            pages.Add(page);
            using var graphics = XGraphics.FromPdfPage(page);
            foreach (var operation in operations)
            {
                switch (operation)
                {
                    case DrawText text:
                        var key = (text.Role, text.Size);
                        if (!fonts.TryGetValue(key, out var font))
                        {
                            fonts[key] = font = metrics.Font(text.Role, text.Size);
                        }

                        Draw(graphics, text, font);
                        break;
                    case DrawBox box:
                        graphics.DrawRectangle(pen, box.X, box.Y, box.Width, box.Height);
                        break;
                }
            }
        }

        foreach (var bookmark in canvas.Bookmarks)
        {
            var outline = document.Outlines.Add(bookmark.Title, pages[bookmark.Page], true);
            outline.PageDestinationType = PdfPageDestinationType.Xyz;
            outline.Left = Points.Left;
            outline.Top = bookmark.Y;
        }

        using var output = new MemoryStream();
        SaveInvariant(document, output);
        return output.ToArray();
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

    private static void Draw(XGraphics graphics, DrawText text, XFont font)
    {
        var scaled = Math.Abs(text.Scale - 1) > 1e-6;
        if (scaled)
        {
            graphics.Save();
            graphics.ScaleAtTransform(text.Scale, 1, text.X, text.Baseline);
        }

        graphics.DrawString(text.Text, font, XBrushes.Black, text.X, text.Baseline, XStringFormats.BaseLineLeft);
        if (text.Bold)
        {
            // The Debian faces have no bold: a second pass a third of a point over thickens the strokes.
            graphics.DrawString(text.Text, font, XBrushes.Black, text.X + BoldOffset, text.Baseline, XStringFormats.BaseLineLeft);
        }

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
