using System.Text;
using GovReportDocs.Composition.Layout;

namespace GovReportDocs.Pdf.Writing;

/// <summary>
/// One page's content stream: the layout's operations in PDF's coordinates (y up from the page foot), each text in
/// its own text object so that marked content nests around it, the font set only when it changes.
/// </summary>
internal sealed class PageContent(StringBuilder content, StructureTree? structure)
{
    private const double LineWidth = 0.5;

    private string? _font;
    private double _size;

    /// <summary>The cell borders, stroked as one path in one artifact.</summary>
    public void Boxes(IEnumerable<DrawBox> boxes)
    {
        var any = false;
        foreach (var box in boxes)
        {
            if (!any)
            {
                structure?.Artifact();
                content.Append(PdfSyntax.Number(LineWidth)).Append(" w\n");
                any = true;
            }

            content.AppendNumber(box.X).Append(' ').AppendNumber(Points.PageHeight - box.Y - box.Height).Append(' ')
                .AppendNumber(box.Width).Append(' ').AppendNumber(box.Height).Append(" re\n");
        }

        if (any)
        {
            content.Append("S\n");
        }
    }

    /// <summary>
    /// A bold text's outline is stroked this wide besides being filled (text rendering mode 2): the Debian faces have
    /// no bold. One drawing, so a reader that copies every glyph drawn (pdftotext, most viewers) copies it once.
    /// </summary>
    private const double BoldStrokeWidth = 0.35;

    /// <summary>
    /// The text <paramref name="codes"/> at its place; a scaled text scales about its own start (<see cref="DrawText.X"/>);
    /// a bold one is filled and stroked. A text of no node is not read.
    /// </summary>
    public void Text(DrawText text, string font, string codes)
    {
        if (structure is not null)
        {
            if (text.Node is null)
            {
                structure.Artifact();
            }
            else
            {
                structure.Enter(text.Node);
                structure.Draw();
            }
        }

        content.Append("BT\n");
        // Compared as written (four decimals), so a size that spells the same sets no font again.
        var size = Math.Round(text.Size, 4);
        if (!string.Equals(font, _font, StringComparison.Ordinal) || size != _size)
        {
            content.Append('/').Append(font).Append(' ').AppendNumber(size).Append(" Tf\n");
            _font = font;
            _size = size;
        }

        if (text.Bold)
        {
            content.Append("2 Tr ").Append(PdfSyntax.Number(BoldStrokeWidth)).Append(" w\n");
        }

        content.AppendScale(text.Scale).Append(" 0 0 1 ").AppendNumber(text.X).Append(' ')
            .AppendNumber(Points.PageHeight - text.Baseline).Append(" Tm\n")
            .Append(codes).Append(" Tj\n");
        if (text.Bold)
        {
            // The rendering mode is text state and outlives the text object.
            content.Append("0 Tr\n");
        }

        content.Append("ET\n");
    }
}
