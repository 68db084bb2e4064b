using System.Text;
using GovReportDocs.Format;
using PdfSharp.Events;

namespace GovReportDocs.Pdf;

/// <summary>
/// Listens to PDFsharp as it draws: every code point it finds no glyph for (glyph 0, drawn as .notdef, an empty box)
/// is noted under the role being drawn, once, in order.
/// </summary>
internal sealed class MissingGlyphLog
{
    private readonly Dictionary<FontRole, List<string>> _missing = [];
    private readonly HashSet<(FontRole, int)> _seen = [];

    /// <summary>The role of the text being drawn now.</summary>
    public FontRole Role { get; set; }

    public void OnRenderText(object sender, RenderTextEventArgs e)
    {
        foreach (var pair in e.CodePointGlyphIndexPairs)
        {
            // Code point 0 is a lone surrogate, not a character; control characters draw nothing anyway.
            if (pair.GlyphIndex != 0 || pair.CodePoint < 0x20 || !Rune.IsValid(pair.CodePoint) || !_seen.Add((Role, pair.CodePoint)))
            {
                continue;
            }

            if (!_missing.TryGetValue(Role, out var list))
            {
                _missing[Role] = list = [];
            }

            list.Add(char.ConvertFromUtf32(pair.CodePoint));
        }
    }

    public IReadOnlyDictionary<FontRole, IReadOnlyList<string>> ByRole() =>
        _missing.OrderBy(m => m.Key).ToDictionary(m => m.Key, m => (IReadOnlyList<string>)m.Value);
}
