namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>
/// Whether a font face is heavy: bold, or a 黑体 (gothic) face, as part titles of the 公文 style are set. Known by
/// its name (`XEKKFX+黑体`, `SimHei`, `WenQuanYiZenHei`, `NotoSansCJKsc-Bold`), the subset prefix aside.
/// </summary>
internal static class HeavyFace
{
    private static readonly string[] Marks = ["黑", "Hei", "Bold", "Black", "Heavy", "Semibold", "Demi"];

    public static bool Is(string? fontName)
    {
        if (string.IsNullOrEmpty(fontName))
        {
            return false;
        }

        foreach (var mark in Marks)
        {
            if (fontName.Contains(mark, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
