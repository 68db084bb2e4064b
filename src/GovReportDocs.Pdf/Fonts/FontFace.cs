namespace GovReportDocs.Pdf.Fonts;

/// <summary>One face found on disk: a file, or one face of a .ttc collection.</summary>
/// <param name="Path">The font file.</param>
/// <param name="Index">The face's index in a collection; 0 for a single-face file.</param>
/// <param name="Families">Its family names from the name table, English and Chinese (e.g. AR PL UMing CN, 文鼎PL细上海宋Uni).</param>
/// <param name="UnusableReason">Why it cannot be embedded (CFF outlines), or null.</param>
public sealed record FontFace(string Path, int Index, IReadOnlyList<string> Families, string? UnusableReason)
{
    /// <summary>`path#index`: how messages and the font resolver name a face.</summary>
    public string Key => $"{Path}#{Index}";

    /// <summary>The first family name, for messages.</summary>
    public string Name => Families.Count > 0 ? Families[0] : System.IO.Path.GetFileName(Path);
}
