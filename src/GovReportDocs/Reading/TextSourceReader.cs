namespace GovReportDocs.Reading;

/// <summary>
/// Text copied from web pages or Word: cells flattened to `|`-separated lines, or tab-indented cells whose
/// words wrap onto short unindented lines, or one cell per line. Lines become paragraphs or cells.
/// </summary>
internal static class TextSourceReader
{
    private const int MaxWrappedCellPart = 4;

    public static IReadOnlyList<SourceItem> Read(string text)
    {
        var items = new List<SourceItem>();
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i];
            var number = i + 1;
            var trimmed = raw.Trim().Trim('\u3000');
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (raw.Contains('|'))
            {
                items.AddRange(raw.Split('|').Select(p => p.Trim()).Where(p => p.Length > 0).Select(p => new SourceCell(p, number)));
            }
            else if (raw.StartsWith('\t'))
            {
                var cell = trimmed;
                while (i + 1 < lines.Length && IsWrappedCellPart(lines[i + 1]))
                {
                    cell += lines[++i].Trim();
                }

                items.Add(new SourceCell(cell, number));
            }
            else
            {
                items.Add(new SourceParagraph(trimmed, number));
            }
        }

        return items;
    }

    /// <summary>Word wraps 商业/企业 inside a cell onto a line of its own without the tab.</summary>
    private static bool IsWrappedCellPart(string line) =>
        line.Length > 0 && !line.StartsWith('\t') && line.Trim().Length is > 0 and <= MaxWrappedCellPart
        && !line.Trim().Any(c => c is '。' or '；' or '、');
}
