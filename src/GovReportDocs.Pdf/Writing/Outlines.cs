using GovReportDocs.Composition.Layout;

namespace GovReportDocs.Pdf.Writing;

/// <summary>The bookmarks: one outline item per part title, leading to its page at the title's height.</summary>
internal static class Outlines
{
    /// <summary>Writes the outline tree; its root's number, or null without bookmarks.</summary>
    public static int? Write(PdfFile file, IReadOnlyList<Bookmark> bookmarks, IReadOnlyList<int> pages)
    {
        if (bookmarks.Count == 0)
        {
            return null;
        }

        var root = file.Reserve();
        var items = bookmarks.Select(_ => file.Reserve()).ToList();
        for (var i = 0; i < bookmarks.Count; i++)
        {
            var bookmark = bookmarks[i];
            var links = (i > 0 ? "/Prev " + PdfSyntax.Reference(items[i - 1]) : "") +
                        (i + 1 < items.Count ? "/Next " + PdfSyntax.Reference(items[i + 1]) : "");
            file.Write(items[i],
                $"<</Title{PdfSyntax.Text(bookmark.Title)}/Parent {PdfSyntax.Reference(root)}{links}" +
                $"/Dest[{PdfSyntax.Reference(pages[bookmark.Page])}/XYZ {PdfSyntax.Number(Points.Left)} {PdfSyntax.Number(Points.PageHeight - bookmark.Y)} null]>>");
        }

        file.Write(root, $"<</Type/Outlines/First {PdfSyntax.Reference(items[0])}/Last {PdfSyntax.Reference(items[^1])}/Count {PdfSyntax.Integer(items.Count)}>>");
        return root;
    }
}
