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
    /// One drawing of a text at <paramref name="x"/>, its glyphs <paramref name="codes"/>; a scaled text scales about its
    /// own start (<see cref="DrawText.X"/>), so a second pass at x + d lands d × scale over. A text of no node, or a
    /// second pass (<paramref name="artifact"/>), is not read.
    /// </summary>
    public void Text(DrawText text, string font, string codes, double x, bool artifact = false)
    {
        if (structure is not null)
        {
            if (text.Node is null || artifact)
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

        var origin = text.X + (x - text.X) * text.Scale;
        content.AppendScale(text.Scale).Append(" 0 0 1 ").AppendNumber(origin).Append(' ')
            .AppendNumber(Points.PageHeight - text.Baseline).Append(" Tm\n")
            .Append(codes).Append(" Tj\nET\n");
    }
}
