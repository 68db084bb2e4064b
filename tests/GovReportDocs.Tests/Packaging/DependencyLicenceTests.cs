using System.Text.Json;
using System.Xml.Linq;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Packaging;

/// <summary>
/// Platforms that embed us are mostly closed source: one AGPL or other copyleft library anywhere in a package's
/// dependency closure would bind them. Reads what restore actually resolved (obj/project.assets.json) and each
/// resolved package's own nuspec, so a version bump that changes a licence (as PDFsharp 6.3 did) fails here.
/// </summary>
public class DependencyLicenceTests
{
    private static readonly string[] Permissive = ["MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "0BSD", "MS-PL", "Zlib"];

    public static TheoryData<string> Packages() => ["GovReportDocs", "GovReportDocs.Pdf", "GovReportDocs.Web", "GovReportDocs.Cli"];

    [Theory]
    [MemberData(nameof(Packages))]
    public void Every_library_a_package_brings_in_has_a_permissive_licence(string project)
    {
        var closure = ResolvedPackages(project);
        closure.ShouldNotBeEmpty();
        var refused = closure
            .Select(p => (p.Id, p.Version, Licence: LicenceOf(p.Nuspec)))
            .Where(p => !IsPermissive(p.Licence))
            .Select(p => $"{p.Id} {p.Version}: {p.Licence ?? "no licence expression"}")
            .ToList();
        refused.ShouldBeEmpty();
    }

    [Fact]
    public void The_pdf_package_writes_pdf_itself_and_brings_in_no_pdf_writer()
    {
        ResolvedPackages("GovReportDocs.Pdf").Select(p => p.Id).ShouldNotContain("PDFsharp");

        // The tests still read our PDFs with PDFsharp, pinned to its last MIT release: 6.3 and later are AGPL-3.0.
        var tests = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "GovReportDocs.Tests", "GovReportDocs.Tests.csproj"));
        tests.ShouldContain("""<PackageReference Include="PDFsharp" Version="[6.2.4]" />""");
    }

    [Theory]
    [InlineData("MIT", true)]
    [InlineData("Apache-2.0", true)]
    [InlineData("MIT OR Apache-2.0", true)]
    [InlineData("AGPL-3.0-only", false)]
    [InlineData("MIT AND AGPL-3.0-only", false)]
    [InlineData("GPL-2.0-or-later OR MIT", true)]
    [InlineData("LGPL-2.1-only", false)]
    [InlineData(null, false)]
    public void A_licence_expression_is_permissive_only_when_every_part_that_binds_is(string? expression, bool permissive) =>
        IsPermissive(expression).ShouldBe(permissive);

    /// <summary>SPDX: with OR the user may pick any one alternative; with AND every part applies.</summary>
    private static bool IsPermissive(string? expression)
    {
        if (expression is null)
        {
            return false;
        }

        var alternatives = expression.Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal)
            .Split(" OR ", StringSplitOptions.TrimEntries);
        return alternatives.Any(a => a.Split(" AND ", StringSplitOptions.TrimEntries).All(Permissive.Contains));
    }

    private static string? LicenceOf(string nuspec)
    {
        var metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        var licence = metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "license");
        return licence?.Attribute("type")?.Value == "expression" ? licence.Value.Trim() : null;
    }

    private static List<(string Id, string Version, string Nuspec)> ResolvedPackages(string project)
    {
        var assets = Path.Combine(RepoPaths.Root, "src", project, "obj", "project.assets.json");
        using var json = JsonDocument.Parse(File.ReadAllBytes(assets));
        var folder = json.RootElement.GetProperty("packageFolders").EnumerateObject().First().Name;
        var packages = new List<(string, string, string)>();
        foreach (var library in json.RootElement.GetProperty("libraries").EnumerateObject())
        {
            if (library.Value.GetProperty("type").GetString() != "package")
            {
                continue;
            }

            var (id, version) = (library.Name.Split('/')[0], library.Name.Split('/')[1]);
            var nuspec = library.Value.GetProperty("files").EnumerateArray().Select(f => f.GetString()!)
                .Single(f => f.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
            packages.Add((id, version, Path.Combine(folder, library.Value.GetProperty("path").GetString()!, nuspec)));
        }

        return packages;
    }
}
