using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;

namespace GovReportDocs.Tests.Html;

/// <summary>A rendered page parsed by an HTML5 parser that reports every parse error, and its tables as grids.</summary>
internal sealed class HtmlReadBack
{
    public HtmlReadBack(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var errors = new List<string>();
        parser.Error += (_, e) =>
        {
            var error = (HtmlErrorEvent)e;
            errors.Add($"{error.Position.Line}:{error.Position.Column} {error.Code} {error.Message}");
        };
        Document = parser.ParseDocument(html);
        ParseErrors = errors;
    }

    public IHtmlDocument Document { get; }

    public IReadOnlyList<string> ParseErrors { get; }

    public IReadOnlyList<IHtmlTableElement> Tables => Document.QuerySelectorAll("table").OfType<IHtmlTableElement>().ToList();

    /// <summary>
    /// The HTML table model: every slot of the grid holds the cell covering it, rows in the order thead, tbody…,
    /// each cell placed at the first free slot of its row and spread over its rowspan and colspan.
    /// </summary>
    public static PlacedCell[][] Grid(IHtmlTableElement table)
    {
        var rows = table.Rows.ToList();
        var slots = new Dictionary<(int Row, int Column), PlacedCell>();
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (slots.ContainsKey((r, column)))
                {
                    column++;
                }

                var placed = new PlacedCell(cell, r, column);
                for (var dr = 0; dr < placed.RowSpan; dr++)
                {
                    for (var dc = 0; dc < placed.ColumnSpan; dc++)
                    {
                        slots.TryAdd((r + dr, column + dc), placed).ShouldBeTrue($"cells overlap at ({r + dr},{column + dc})");
                    }
                }

                column += placed.ColumnSpan;
            }
        }

        var width = slots.Keys.Max(k => k.Column) + 1;
        return [.. Enumerable.Range(0, rows.Count).Select(r => Enumerable.Range(0, width).Select(c => slots.GetValueOrDefault((r, c))!).ToArray())];
    }

    /// <summary>The texts of a table row's cells, by grid slot (a merged cell repeats its text).</summary>
    public static string[] RowTexts(PlacedCell[][] grid, int row) => [.. grid[row].Select(c => c.Text)];
}

/// <summary>A th or td placed on its table's grid.</summary>
internal sealed record PlacedCell(IHtmlTableCellElement Element, int Row, int Column)
{
    public int RowSpan => Math.Max(1, Element.RowSpan);

    public int ColumnSpan => Math.Max(1, Element.ColumnSpan);

    public bool IsHeader => Element.LocalName == "th";

    public string? Scope => Element.GetAttribute("scope");

    public string Text => Element.TextContent;

    public string Section => Element.ParentElement!.ParentElement!.LocalName;
}
