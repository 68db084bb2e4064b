using System.Text;
using GovReportDocs.NationalFormat;

namespace GovReportDocs.Pdf;

/// <summary>
/// Every code point a face has no glyph for (glyph 0, drawn as .notdef, an empty box), noted under the role being
/// drawn, once, in order.
/// </summary>
internal sealed class MissingGlyphLog
{
    private readonly Dictionary<FontRole, List<string>> _missing = [];
    private readonly HashSet<(FontRole, int)> _seen = [];

    /// <summary>A code point the face of <paramref name="role"/> has no glyph for.</summary>
    public void Note(FontRole role, int codePoint)
    {
        // Control characters draw nothing anyway.
        if (codePoint < 0x20 || !Rune.IsValid(codePoint) || !_seen.Add((role, codePoint)))
        {
            return;
        }

        if (!_missing.TryGetValue(role, out var list))
        {
            _missing[role] = list = [];
        }

        list.Add(char.ConvertFromUtf32(codePoint));
    }

    public IReadOnlyDictionary<FontRole, IReadOnlyList<string>> ByRole() =>
        _missing.OrderBy(m => m.Key).ToDictionary(m => m.Key, m => (IReadOnlyList<string>)m.Value);
}
