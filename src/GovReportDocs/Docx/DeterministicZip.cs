using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace GovReportDocs.Docx;

/// <summary>
/// Rewrites a package so the same document always gives the same bytes: System.IO.Packaging stamps entries
/// with the current time and gives package-level relationships random ids. Entries keep their order; every
/// entry gets one fixed time; package relationships (referenced by no part) are renumbered rId1, rId2….
/// </summary>
internal static partial class DeterministicZip
{
    private const string PackageRelationships = "_rels/.rels";
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Copy(Stream package, Stream output)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = FixedTime;
            using var from = entry.Open();
            using var to = copy.Open();
            if (entry.FullName == PackageRelationships)
            {
                using var reader = new StreamReader(from, Encoding.UTF8);
                var renumbered = Renumber(reader.ReadToEnd());
                to.Write(new UTF8Encoding(false).GetBytes(renumbered));
            }
            else
            {
                from.CopyTo(to);
            }
        }
    }

    private static string Renumber(string relationships)
    {
        var next = 0;
        return RelationshipId().Replace(relationships, _ => $"Id=\"rId{++next}\"");
    }

    [GeneratedRegex("Id=\"[^\"]+\"")]
    private static partial Regex RelationshipId();
}
