using System.Globalization;

namespace GovReportDocs.Tests.Support;

/// <summary>
/// The structure tree of a tagged PDF as poppler prints it (`pdfinfo -struct-text`): elements indented two spaces
/// a level, their attributes (`/RowSpan 3`) and their text (quoted) below them.
/// </summary>
internal sealed class StructElement(string tag)
{
    public string Tag { get; } = tag;

    public Dictionary<string, string> Attributes { get; } = [];

    public List<string> Strings { get; } = [];

    public List<StructElement> Children { get; } = [];

    /// <summary>Its own text and its descendants', in order.</summary>
    public string Text => string.Concat(Strings) + string.Concat(Children.Select(c => c.Text));

    public int Span(string key) => Attributes.TryGetValue(key, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : 1;

    public IEnumerable<StructElement> Descendants() => Children.SelectMany(c => c.Descendants().Prepend(c));

    /// <summary>Reads poppler's output; the root is the Document element.</summary>
    public static StructElement Read(string pdfPath)
    {
        var lines = ExternalTool.Run("pdfinfo", "-struct-text", pdfPath).Split('\n').Where(l => l.Trim().Length > 0).ToList();
        var root = new StructElement(lines[0].Trim());
        var stack = new List<(int Indent, StructElement Element)> { (0, root) };
        foreach (var line in lines.Skip(1))
        {
            var indent = line.Length - line.TrimStart().Length;
            var text = line.Trim();
            if (text.StartsWith('"'))
            {
                stack.Last(e => e.Indent < indent).Element.Strings.Add(text[1..^1]);
            }
            else if (text.StartsWith('/'))
            {
                var parts = text.Split(' ', 2);
                stack[^1].Element.Attributes[parts[0][1..]] = parts[1].TrimStart('/');
            }
            else
            {
                while (stack[^1].Indent >= indent)
                {
                    stack.RemoveAt(stack.Count - 1);
                }

                var element = new StructElement(text.Split(' ')[0].TrimEnd(':'));
                stack[^1].Element.Children.Add(element);
                stack.Add((indent, element));
            }
        }

        return root;
    }
}
