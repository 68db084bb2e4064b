using GovReportDocs.Reading.Lines;
using GovReportDocs.Validation;

namespace GovReportDocs.Reading.Structure;

/// <summary>The running text of each part, keyed by its number (0: what stands before part 一, the title left out).</summary>
internal static class PartTexts
{
    public static Dictionary<int, string> Of(IReadOnlyList<SourceItem> items, IReadOnlyList<FoundPart> parts, int? titleLine)
    {
        var texts = new Dictionary<int, string>();
        var boundaries = parts.OrderBy(p => p.Index).ToList();
        var starts = new List<(int Number, int Index)> { (0, -1) };
        starts.AddRange(boundaries.Select(p => (p.Number, p.Index)));
        for (var k = 0; k < starts.Count; k++)
        {
            var begin = starts[k].Index + 1;
            var end = k + 1 < starts.Count ? starts[k + 1].Index : items.Count;
            var paragraphs = items.Skip(begin).Take(end - begin).OfType<SourceParagraph>()
                .Where(p => p.Line != titleLine).Select(p => p.Text).ToList();
            if (paragraphs.Count > 0)
            {
                texts[starts[k].Number] = string.Join("\n", paragraphs);
            }
        }

        return texts;
    }
}
