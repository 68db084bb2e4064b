namespace GovReportDocs.Files;

/// <summary>
/// Resolves a path relative to the input that names it and allows it only inside one folder tree, following
/// symbolic links first, so <c>../../secret/settings.json</c> or a link out of the tree is refused.
/// </summary>
public sealed class FolderTreeResolver : IReportFileResolver
{
    private readonly string _root;
    private readonly string _realRoot;

    /// <summary>Allows files inside <paramref name="root"/> and its subfolders.</summary>
    public FolderTreeResolver(string root)
    {
        _root = WithSeparator(Path.GetFullPath(root));
        _realRoot = WithSeparator(FinalTarget(Path.GetFullPath(root)) ?? Path.GetFullPath(root));
    }

    /// <summary>The folder tree files must be in.</summary>
    public string Root => _root;

    /// <inheritdoc />
    public string Resolve(string reference, string referringFile)
    {
        if (string.IsNullOrWhiteSpace(reference) || reference.IndexOfAny(['\0', '\n', '\r']) >= 0)
        {
            throw new ReportReadException(reference, "路径无效");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(referringFile)) ?? _root;
        var full = Path.GetFullPath(Path.Combine(directory, reference));
        // Past the limit the operating system would go on following what this resolver no longer checks: refused.
        var target = FinalTarget(full)
            ?? throw new ReportReadException(reference, $"符号链接过多（超过{MaxLinks}层）或循环，不予读取");
        if (!target.StartsWith(_realRoot, StringComparison.Ordinal))
        {
            throw new ReportReadException(reference, $"只能引用“{Display()}”目录之内的文件（上年报告的路径相对于本文件）");
        }

        return target;
    }

    private static string WithSeparator(string path) =>
        Path.EndsInDirectorySeparator(path) ? path : path + Path.DirectorySeparatorChar;

    /// <summary>Most symbolic links followed for one path, as Linux's own limit.</summary>
    private const int MaxLinks = 40;

    /// <summary>The path with every symbolic link along it followed, as the operating system will open it; null past <see cref="MaxLinks"/>.</summary>
    private static string? FinalTarget(string path)
    {
        var root = Path.GetPathRoot(path) ?? "/";
        var parts = new Queue<string>(path[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        var current = root;
        var links = 0;
        while (parts.TryDequeue(out var part))
        {
            var next = Path.Combine(current, part);
            string? link;
            try
            {
                link = new FileInfo(next).LinkTarget;
            }
            catch (IOException)
            {
                link = null;
            }

            if (link is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            var resolved = Path.GetFullPath(Path.Combine(current, link));
            var rest = parts.ToArray();
            var resolvedRoot = Path.GetPathRoot(resolved) ?? "/";
            parts = new Queue<string>(resolved[resolvedRoot.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
            current = resolvedRoot;
        }

        return current;
    }

    private string Display() => Path.TrimEndingDirectorySeparator(_root);
}
