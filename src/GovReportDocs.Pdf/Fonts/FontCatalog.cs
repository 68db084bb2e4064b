using System.Collections.Concurrent;

namespace GovReportDocs.Pdf.Fonts;

/// <summary>
/// The faces found in the system font folders of Linux, Windows and macOS and in folders or files the
/// caller adds. Scanning reads only font headers; a catalog is cached per set of sources.
/// </summary>
internal sealed class FontCatalog
{
    private static readonly string[] Extensions = [".ttf", ".ttc", ".otf", ".otc"];
    private static readonly ConcurrentDictionary<string, FontCatalog> Cache = new();

    private FontCatalog(IReadOnlyList<string> searched, IReadOnlyList<FontFace> faces)
    {
        Searched = searched;
        Faces = faces;
    }

    /// <summary>The folders and files looked in, in order.</summary>
    public IReadOnlyList<string> Searched { get; }

    /// <summary>Every face found, usable or not.</summary>
    public IReadOnlyList<FontFace> Faces { get; }

    /// <summary><paramref name="extraSources"/> (folders or font files), then the system folders of this platform.</summary>
    /// <param name="extraSources">Searched first.</param>
    /// <param name="includeSystemFolders">False to search only <paramref name="extraSources"/>.</param>
    public static FontCatalog Discover(IEnumerable<string>? extraSources = null, bool includeSystemFolders = true)
    {
        var system = includeSystemFolders ? SystemFolders() : [];
        var sources = (extraSources ?? []).Select(Path.GetFullPath).Concat(system).Distinct().ToList();
        return Cache.GetOrAdd(string.Join("\n", sources), _ => Scan(sources));
    }

    /// <summary>The first usable face one of whose family names is <paramref name="family"/> (case-insensitive), or null.</summary>
    public FontFace? Find(string family) =>
        Faces.FirstOrDefault(f => f.UnusableReason is null && f.Families.Contains(family, StringComparer.OrdinalIgnoreCase));

    /// <summary>A face with that family name that cannot be used, for the message that says why.</summary>
    public FontFace? FindUnusable(string family) =>
        Faces.FirstOrDefault(f => f.UnusableReason is not null && f.Families.Contains(family, StringComparer.OrdinalIgnoreCase));

    /// <summary>The font folders of Linux, Windows and macOS that exist here.</summary>
    public static IEnumerable<string> SystemFolders()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var windows = Environment.GetFolderPath(Environment.SpecialFolder.Windows);
        var localAppData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        string[] candidates =
        [
            "/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".local/share/fonts"), Path.Combine(home, ".fonts"),
            string.IsNullOrEmpty(windows) ? "" : Path.Combine(windows, "Fonts"),
            string.IsNullOrEmpty(localAppData) ? "" : Path.Combine(localAppData, "Microsoft", "Windows", "Fonts"),
            "/System/Library/Fonts", "/Library/Fonts", Path.Combine(home, "Library/Fonts"),
        ];
        return candidates.Where(c => c.Length > 0 && Directory.Exists(c));
    }

    private static FontCatalog Scan(IReadOnlyList<string> sources)
    {
        var faces = new List<FontFace>();
        foreach (var source in sources)
        {
            IEnumerable<string> files = [];
            if (File.Exists(source))
            {
                files = [source];
            }
            else if (Directory.Exists(source))
            {
                files = Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal);
            }

            foreach (var file in files)
            {
                try
                {
                    faces.AddRange(SfntReader.ReadFaces(file));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
                {
                    // An unreadable or damaged font file is not a reason to fail: it is simply not offered.
                }
            }
        }

        return new FontCatalog(sources, faces);
    }
}
