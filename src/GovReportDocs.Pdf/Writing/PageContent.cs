using System.Text;
using GovReportDocs.Pdf.Layout;

namespace GovReportDocs.Pdf.Writing;

/// <summary>
/// One page's content stream: the layout's operations in PDF's coordinates (y up from the page foot), each text in
/// its own text object so that marked content nests around it, the font set only when it changes.
/// </summary>
internal sealed class PageContent(StringBuilder content, StructureTree? structure)
{
    private const double LineWidth = 0.5;

    private string? _font;

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

            content.Append(PdfSyntax.Number(box.X)).Append(' ').Append(PdfSyntax.Number(Points.PageHeight - box.Y - box.Height)).Append(' ')
                .Append(PdfSyntax.Number(box.Width)).Append(' ').Append(PdfSyntax.Number(box.Height)).Append(" re\n");
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

        var size = PdfSyntax.Number(text.Size);
        var key = font + " " + size;
        content.Append("BT\n");
        if (key != _font)
        {
            content.Append('/').Append(key).Append(" Tf\n");
            _font = key;
        }

        var origin = text.X + (x - text.X) * text.Scale;
        content.Append(PdfSyntax.Scale(text.Scale)).Append(" 0 0 1 ").Append(PdfSyntax.Number(origin)).Append(' ')
            .Append(PdfSyntax.Number(Points.PageHeight - text.Baseline)).Append(" Tm\n")
            .Append(codes).Append(" Tj\nET\n");
    }
}
