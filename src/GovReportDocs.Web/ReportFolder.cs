using System.Security.Cryptography;
using System.Text;
using GovReportDocs.Files;

namespace GovReportDocs.Web;

/// <summary>
/// The folder of input files. A name from the browser is only ever a bare file name of an input file, looked up in
/// this folder: never a path, so no request reaches a file outside it. Only regular files are listed, opened or
/// saved: a symbolic link (out of the folder, or to <c>/dev/zero</c>), a named pipe (which blocks whoever opens it)
/// or a device is none of the editor's files.
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
                .Where(n => PathOf(n) is { } path && IsRegular(path)).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>The published reports (.docx, .html, .txt, .md, .pdf) directly in the folder, by name: copied in to be checked.</summary>
    public IReadOnlyList<string> PublishedNames() =>
        Directory.Exists(Root)
            ? [.. Directory.EnumerateFiles(Root).Select(Path.GetFileName).OfType<string>()
                .Where(n => PublishedPathOf(n) is not null).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>
    /// The full path of a published report of the folder named by the browser, or null for any other name or for what is
    /// not a regular file (a link out of the folder, a pipe, a device).
    /// </summary>
    public string? PublishedPathOf(string? name)
    {
        if (name is null || name.Length == 0 || name != Path.GetFileName(name) || name.IndexOfAny(['/', '\\', ':']) >= 0
            || name.StartsWith('.') || name.Any(char.IsControl) || GovReport.PublishedFormatOf(name) is null)
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(Root, name));
        return Path.GetDirectoryName(full) == Root && IsRegular(full) ? full : null;
    }

    /// <summary>
    /// The full path of an input file named by the browser, or null when the name is no bare input file name
    /// (a separator, <c>..</c>, a drive, a control character, another extension), or names something that is not a
    /// regular file (a link, a pipe, a device, a folder).
    /// </summary>
    public string? PathOf(string? name)
    {
        if (name is null || !IsInputName(name))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(Root, name));
        return Path.GetDirectoryName(full) == Root && (!IsTaken(full) || IsRegular(full)) ? full : null;
    }

    /// <summary>
    /// Whether a path is a regular file, not a link, a pipe or a device. An empty regular file is one: it is listed and
    /// its finding says it is empty. Where a pipe cannot be told from a file (<see cref="SpecialFile"/>), what reports no
    /// size is refused with the pipes.
    /// </summary>
    private static bool IsRegular(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists && info.LinkTarget is null && (info.Attributes & FileAttributes.ReparsePoint) == 0
                   && SpecialFile.Is(path) switch { true => false, false => true, null => info.Length > 0 };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Whether anything has this name: a file, a folder, or a link (a dangling one too).</summary>
    private static bool IsTaken(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists || Directory.Exists(path) || info.LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
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
        if (!IsRegular(path))
        {
            return null;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return Convert.ToHexString(SHA256.HashData(stream))[..16];
    }

    /// <summary>
    /// Held while a save compares versions and writes, and while a create or next-year picks a name and writes, so
    /// two saves of one file cannot both pass the comparison and a new file never takes a name in use.
    /// </summary>
    public SemaphoreSlim WriteLock { get; } = new(1, 1);

    /// <summary>
    /// Writes a file through a temporary sibling and a rename: a reader sees the old file or the new one, never half;
    /// a failed write leaves the old file as it was.
    /// </summary>
    public static string WriteAtomically(string path, string text) => Write(path, text, overwrite: true)!;

    private static string? Write(string path, string text, bool overwrite)
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

            try
            {
                File.Move(temporary, path, overwrite);
            }
            catch (IOException) when (!overwrite && IsTaken(path))
            {
                return null;
            }
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

    /// <summary>
    /// Writes a new file named from its title (what no file system accepts replaced, no leading dot), under a name no
    /// file has: <c>NAME.yaml</c>, else <c>NAME-2.yaml</c> and on; never over a file. Call with <see cref="WriteLock"/> held.
    /// </summary>
    /// <returns>The name and version written, or null when the title makes no usable file name.</returns>
    public (string Name, string Version)? WriteNew(string title, string text)
    {
        var stem = FileNames.For(title).TrimStart('.');
        for (var n = 1; n < 10_000; n++)
        {
            var name = n == 1 ? stem + ".yaml" : $"{stem}-{n}.yaml";
            if (!IsInputName(name))
            {
                return null;
            }

            var path = Path.Combine(Root, name);
            if (!IsTaken(path) && Write(path, text, overwrite: false) is { } version)
            {
                return (name, version);
            }
        }

        return null;
    }
}
