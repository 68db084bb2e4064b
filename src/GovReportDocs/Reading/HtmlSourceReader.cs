using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace GovReportDocs.Reading;

/// <summary>
/// HTML pages: block elements become paragraphs, table cells become cells in reading order (a cell with
/// rowspan/colspan appears once, as in the table description). Parsed offline: nothing is ever fetched.
/// </summary>
internal static class HtmlSourceReader
{
    private static readonly HashSet<string> Blocks = ["P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "SECTION", "ARTICLE", "TITLE", "BR", "SPAN"];

    public static IReadOnlyList<SourceItem> Read(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(html);
        var items = new List<SourceItem>();
        Walk(document.Body ?? (INode)document.DocumentElement, items);
        return items;
    }

    private static void Walk(INode node, List<SourceItem> items)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IHtmlTableElement table:
                    foreach (var row in table.Rows)
                    {
                        foreach (var cell in row.Cells)
                        {
                            var text = Clean(cell.TextContent);
                            items.Add(new SourceCell(text, LineOf(cell), IsBlank: text.Length == 0));
                        }
                    }

                    break;
                case IElement { TagName: "SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE" }:
                    break;
                case IElement element when HasBlockChildren(element):
                    Walk(element, items);
                    break;
                case IElement element:
                    AddParagraph(items, element.TextContent, LineOf(element));
                    break;
                case IText text when text.Data.Trim().Length > 0:
                    AddParagraph(items, text.Data, LineOf(text.ParentElement));
                    break;
            }
        }
    }

    private static bool HasBlockChildren(IElement element) =>
        element.Children.Any(c => c is IHtmlTableElement || Blocks.Contains(c.TagName) || HasBlockChildren(c));

    private static void AddParagraph(List<SourceItem> items, string text, int line)
    {
        foreach (var part in text.Split('\n').Select(Clean).Where(p => p.Length > 0))
        {
            items.Add(new SourceParagraph(part, line));
        }
    }

    private static string Clean(string text) => text.Replace('\u00a0', ' ').Trim().Trim('\u3000');

    private static int LineOf(IElement? element) => element?.SourceReference?.Position.Line ?? 0;
}
