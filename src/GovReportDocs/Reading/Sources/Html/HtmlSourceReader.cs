using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using GovReportDocs.Reading.Lines;
using GovReportDocs.Reading.Structure;

namespace GovReportDocs.Reading.Sources.Html;

/// <summary>
/// HTML pages: block elements become paragraphs, table cells become cells in reading order (a cell with
/// rowspan/colspan appears once, as in the table description); inline elements (span, font, b…) stay inside their
/// paragraph. On a whole saved page only the article is read — the element holding the part titles — with the
/// page's title (meta ArticleTitle, else &lt;title&gt;) before it: navigation, breadcrumbs and footers are left out.
/// Parsed offline: nothing is ever fetched.
/// </summary>
internal static class HtmlSourceReader
{
    private static readonly HashSet<string> Blocks =
    [
        "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "SECTION", "ARTICLE", "TITLE", "BR", "TABLE", "TR", "TD", "TH",
        "BLOCKQUOTE", "CENTER", "HEADER", "FOOTER", "NAV", "MAIN", "FORM", "PRE", "DL", "DT", "DD", "HR",
    ];

    /// <summary>Elements a part title is set in.</summary>
    private static readonly HashSet<string> TitleElements = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "strong", "b", "span", "font", "li"];

    public static IReadOnlyList<SourceItem> Read(string html)
    {
        if (RawArticle.Find(html) is { } cut)
        {
            // Only the article is parsed, without the attributes it does not need; its lines are counted from where it starts in the page.
            var offset = RawArticle.LineAt(html, cut.Start) - 1;
            var items = new List<SourceItem>();
            if (PageTitle(html, cut.Start) is { } title)
            {
                items.Add(title);
            }

            var fragment = Parse(BareMarkup.Of(html, cut.Start, cut.End));
            var article = Article(fragment) ?? fragment.Body ?? (INode)fragment.DocumentElement;
            var read = new List<SourceItem>();
            Walk(article, read);
            items.AddRange(read.Select(i => i with { Line = i.Line + offset }));
            return items;
        }

        return ReadWholePage(html);
    }

    /// <summary>The whole page parsed, the article then found in it: what <see cref="Read"/> does when the scan finds no article.</summary>
    internal static List<SourceItem> ReadWholePage(string html)
    {
        var document = Parse(html);
        var items = new List<SourceItem>();
        var root = document.Body ?? (INode)document.DocumentElement;
        if (Article(document) is { } article)
        {
            if (PageTitle(html, html.Length) is { } title)
            {
                items.Add(title);
            }

            root = article;
        }

        Walk(root, items);
        return items;
    }

    private static IHtmlDocument Parse(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = true, SkipComments = true });
        var document = parser.ParseDocument(html);
        CheckDepth(document.DocumentElement);
        return document;
    }

    /// <summary>The page's own title before <paramref name="end"/>: meta ArticleTitle, else &lt;title&gt; up to the site's name (`…报告_栏目_网站`).</summary>
    private static SourceParagraph? PageTitle(string html, int end) =>
        RawArticle.PageTitle(html, end) is { } head && (head.IsMeta ? NonEmpty(Clean(head.Text)) : TitleText(head.Text)) is { } text
            ? new SourceParagraph(text, head.Line)
            : null;

    private static string? NonEmpty(string text) => text.Length > 0 ? text : null;

    /// <summary>A &lt;title&gt; up to the site's name (`…报告_栏目_网站`).</summary>
    private static string? TitleText(string title) =>
        Clean(title).Split('_', '|', '－').FirstOrDefault()?.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>The smallest element holding the first and the last part title found, or null when the page has none.</summary>
    private static IElement? Article(IHtmlDocument document)
    {
        var titles = document.Body?.Descendants<IElement>()
            .Where(e => TitleElements.Contains(e.LocalName) && e.ChildElementCount <= 8 && IsShort(e) && StructureFinder.PartNumber(Clean(e.TextContent)) is not null)
            .ToList() ?? [];
        if (titles.Count < 2)
        {
            return null;
        }

        var ancestors = titles[0].AncestorsAndSelf().ToList();
        var last = titles[^1].AncestorsAndSelf().ToHashSet();
        return ancestors.FirstOrDefault(last.Contains) is IElement { TagName: not "BODY" and not "HTML" } common ? common : null;
    }

    /// <summary>Whether an element's text is short enough to be a title, without gathering the text of a long one.</summary>
    private static bool IsShort(IElement element)
    {
        var length = 0;
        foreach (var text in element.Descendants<IText>())
        {
            length += text.Length;
            if (length > ReadingThresholds.MaxTitleElement)
            {
                return false;
            }
        }

        return length > 0;
    }

    private static IEnumerable<INode> AncestorsAndSelf(this INode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            yield return current;
        }
    }

    /// <summary>Refuses pages nested deeper than any report, before anything walks them recursively.</summary>
    private static void CheckDepth(IElement? root)
    {
        if (root is null)
        {
            return;
        }

        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (depth > ReadingLimits.MaxNesting)
            {
                throw new RefusedContentException($"网页元素嵌套超过{ReadingLimits.MaxNesting}层，不是年度报告的网页");
            }

            foreach (var child in element.Children)
            {
                stack.Push((child, depth + 1));
            }
        }
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
        // A line break in the source is white space, not a new paragraph: `三、收到和处理</span>⏎<span>政府信息公开申请情况`.
        var paragraph = Clean(string.Join("", text.Split('\n').Select(l => l.Trim())));
        if (paragraph.Length > 0)
        {
            items.Add(new SourceParagraph(paragraph, line));
        }
    }

    private static string Clean(string text) => text.Replace('\u00a0', ' ').Trim().Trim('\u3000');

    private static int LineOf(IElement? element) => element?.SourceReference?.Position.Line ?? 0;
}
