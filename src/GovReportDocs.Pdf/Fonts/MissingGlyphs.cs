using System.Globalization;
using System.Text;
using GovReportDocs.NationalFormat;

namespace GovReportDocs.Pdf.Fonts;

/// <summary>
/// Characters the face of a role has no glyph for (an emoji, a CJK Extension B character such as 𠀀): they print as
/// empty boxes in the PDF. Reported, never silent; the .docx is not affected (Word falls back to another font).
/// </summary>
/// <param name="Role">Which role drew them.</param>
/// <param name="Face">The face that lacks them.</param>
/// <param name="Characters">Each character once, in order of first appearance.</param>
public sealed record MissingGlyphs(FontRole Role, FontFace Face, IReadOnlyList<string> Characters)
{
    /// <summary>One line for a user.</summary>
    public override string ToString()
    {
        var named = string.Join("、", Characters.Select(c =>
            string.Create(CultureInfo.InvariantCulture, $"“{c}”（U+{Rune.GetRuneAt(c, 0).Value:X4}）")));
        return $"{FontChains.RoleName(Role)}：字体“{Face.Name}”中没有{named}，PDF 中显示为空框；请改用常用字，或用 --font-dir 指定含有这些字符的字体";
    }
}
