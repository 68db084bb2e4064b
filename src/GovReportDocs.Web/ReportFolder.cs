using System.Security.Cryptography;
using System.Text;
using GovReportDocs.Files;

namespace GovReportDocs.Web;

/// <summary>
/// The folder of input files. A name from the browser is only ever a bare file name of an input file, looked up in
/// this folder: never a path, so no request reaches a file outside it.
/// </summary>
internal sealed class ReportFolder
{
    private const string TemporaryPrefix = ".govreport-web-";
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    private static int _counter;

    public ReportFolder(string directory)
    {
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        Resolver = new FolderTreeResolver(Root);
    }

    /// <summary>The folder, absolute.</summary>
    public string Root { get; }

    /// <summary>What an input's previousYear may reach: this folder's tree and nothing else.</summary>
    public IReportFileResolver Resolver { get; }

    /// <summary>The input files directly in the folder, by name.</summary>
    public IReadOnlyList<string> InputNames() =>
        Directory.Exists(Root)
            ? [.. Directory.EnumerateFiles(Root).Select(Path.GetFileName).OfType<string>()
                .Where(n => IsInputName(n)).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>The published reports (.docx, .html, .txt, .md, .pdf) directly in the folder, by name: copied in to be checked.</summary>
    public IReadOnlyList<string> PublishedNames() =>
        Directory.Exists(Root)
            ? [.. Directory.EnumerateFiles(Root).Select(Path.GetFileName).OfType<string>()
                .Where(n => PublishedPathOf(n) is not null).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>The full path of a published report of the folder named by the browser, or null for any other name.</summary>
    public string? PublishedPathOf(string? name)
    {
        if (name is null || name.Length == 0 || name != Path.GetFileName(name) || name.IndexOfAny(['/', '\\', ':']) >= 0
            || name.StartsWith('.') || name.Any(char.IsControl) || GovReport.PublishedFormatOf(name) is null)
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(Root, name));
        return Path.GetDirectoryName(full) == Root ? full : null;
    }

    /// <summary>
    /// The full path of an input file named by the browser, or null when the name is no bare input file name
    /// (a separator, <c>..</c>, a drive, a control character, another extension).
    /// </summary>
    public string? PathOf(string? name)
    {
        if (name is null || !IsInputName(name))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(Root, name));
        return Path.GetDirectoryName(full) == Root ? full : null;
    }

    /// <summary>Whether a name is a bare input file name: .yaml, .yml or .json, no path in it.</summary>
    public static bool IsInputName(string name) =>
        name.Length > 0 && FileNames.Fits(name)
        && name == Path.GetFileName(name)
        && name.IndexOfAny(['/', '\\', ':']) < 0
        && !name.StartsWith('.')
        && !name.Any(char.IsControl)
        && GovReport.InputFormatOf(name) is not null;

    /// <summary>What the editor compares to know whether the file changed since it was opened: a hash of its bytes.</summary>
    public static string VersionOf(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes))[..16];

    /// <summary>The version of the file as it is now, or null when it does not exist.</summary>
    public static string? CurrentVersion(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return Convert.ToHexString(SHA256.HashData(stream))[..16];
    }

    /// <summary>Held while a save compares versions and writes, so two saves of one file cannot both pass the comparison.</summary>
    public SemaphoreSlim WriteLock { get; } = new(1, 1);

    /// <summary>
    /// Writes a file through a temporary sibling and a rename: a reader sees the old file or the new one, never half;
    /// a failed write leaves the old file as it was.
    /// </summary>
    public static string WriteAtomically(string path, string text)
    {
        var bytes = Utf8.GetBytes(text);
        var temporary = Path.Combine(Path.GetDirectoryName(path)!,
            $"{TemporaryPrefix}{Environment.ProcessId}-{Interlocked.Increment(ref _counter)}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }

        return VersionOf(bytes);
    }

    /// <summary>
    /// Keeps an uploaded published report in the folder under its own name (the same bytes already there are reused;
    /// another file of that name is never overwritten: the copy is numbered), or null when the name cannot be a file
    /// name of the folder.
    /// </summary>
    public string? KeepSource(string name, byte[] bytes)
    {
        var extension = Path.GetExtension(name);
        var stem = FileNames.For(Path.GetFileNameWithoutExtension(name));
        if (stem.Length == 0 || stem.StartsWith('.') || !FileNames.Fits(stem + "-99" + extension))
        {
            return null;
        }

        Directory.CreateDirectory(Root);
        var kept = stem + extension;
        for (var n = 2; File.Exists(Path.Combine(Root, kept)); n++)
        {
            if (File.ReadAllBytes(Path.Combine(Root, kept)).AsSpan().SequenceEqual(bytes))
            {
                return kept;
            }

            kept = $"{stem}-{n}{extension}";
        }

        var temporary = Path.Combine(Root, $"{TemporaryPrefix}{Environment.ProcessId}-{Interlocked.Increment(ref _counter)}.tmp");
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, Path.Combine(Root, kept), overwrite: false);
        return kept;
    }

    /// <summary>A new file's name from its title (what no file system accepts replaced), not yet taken.</summary>
    public string NewName(string title)
    {
        var stem = FileNames.For(title);
        var name = stem + ".yaml";
        for (var n = 2; File.Exists(Path.Combine(Root, name)); n++)
        {
            name = $"{stem}-{n}.yaml";
        }

        return name;
    }
}
