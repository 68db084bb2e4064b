using System.Text;

namespace GovReportDocs.Files;

/// <summary>The file name a report is written under: its title, with what no file system accepts replaced.</summary>
public static class FileNames
{
    /// <summary>Most bytes a file name may have on the common file systems (ext4, NTFS in UTF-16 is more lenient).</summary>
    public const int MaxNameBytes = 255;

    private static readonly HashSet<char> Invalid = [.. Path.GetInvalidFileNameChars(), '/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    /// <summary>The title as a file name without extension: characters no file system accepts become _.</summary>
    public static string For(string title) =>
        new string(title.Select(c => Invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim().TrimEnd('.');

    /// <summary>Whether a name with its extension fits the file systems reports are written to.</summary>
    public static bool Fits(string nameWithExtension) => Encoding.UTF8.GetByteCount(nameWithExtension) <= MaxNameBytes;
}
