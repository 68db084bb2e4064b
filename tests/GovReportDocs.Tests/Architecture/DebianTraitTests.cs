using System.Text.RegularExpressions;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Architecture;

/// <summary>
/// <c>dotnet test --filter "Requires!=debian"</c> runs on a laptop without poppler, LibreOffice, chromium or CJK fonts
/// only if every test that needs them says so. The trait is derived here from what a test uses: a test (or the helper
/// of its file, or a helper type of the project) that runs a Debian tool or renders a PDF must carry
/// <c>[Trait("Requires", "debian")]</c>, on itself or its class.
/// </summary>
public partial class DebianTraitTests
{
    /// <summary>
    /// What needs the packages tests/run.sh installs: poppler and LibreOffice run through <see cref="ExternalTool"/>,
    /// chromium through Playwright, and the PDF renderer embeds the system's CJK fonts.
    /// </summary>
    private static readonly string[] Needs =
    [
        "ExternalTool.", "Playwright", "/usr/bin/chromium", ".ToPdf(", ".WritePdf(", "PdfRenderer.", "FontCatalog.Discover()",
        "\"--format\", \"pdf\"", "\"--format\", \"all\"",
    ];

    /// <summary>Uses of a helper that leave out what needs Debian: the region folder renders no PDF unless asked.</summary>
    private static readonly string[] Clean = ["new RegionFolder(withPdf: false)"];

    private static readonly string Tests = Path.Combine(RepoPaths.Root, "tests", "GovReportDocs.Tests");

    [Fact]
    public void Every_test_that_uses_a_debian_tool_or_the_system_fonts_carries_the_trait()
    {
        var files = Directory.EnumerateFiles(Tests, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(Tests, f).Split(Path.DirectorySeparatorChar)[0].Equals("obj", StringComparison.Ordinal)
                        && !Path.GetRelativePath(Tests, f).Split(Path.DirectorySeparatorChar)[0].Equals("bin", StringComparison.Ordinal)
                        && Path.GetFileName(f) != $"{nameof(DebianTraitTests)}.cs")
            .ToDictionary(f => Path.GetRelativePath(Tests, f), f => Clean.Aggregate(File.ReadAllText(f), (text, use) => text.Replace(use, "", StringComparison.Ordinal)));
        var markers = HelperMarkers(files);

        var untagged = new List<string>();
        foreach (var (file, text) in files.Where(f => TestAttribute().IsMatch(f.Value) && !ClassTrait().IsMatch(f.Value)))
        {
            var members = Members(text);
            var tainted = Tainted(members, markers);
            untagged.AddRange(members.Where(m => TestAttribute().IsMatch(m.Attributes) && tainted.Contains(m.Name) && !MemberTrait().IsMatch(m.Attributes))
                .Select(m => $"{file}: {m.Name}"));
        }

        markers.ShouldContain("PdfWords.Read");
        markers.ShouldContain("new RegionFolder(");
        untagged.ShouldBeEmpty("tests that need poppler, LibreOffice, chromium or CJK fonts without [Trait(\"Requires\", \"debian\")]");
    }

    /// <summary>
    /// The markers, and each member of a helper (a file without tests) that uses one, as “Type.Member” and, for a
    /// constructor, “new Type(”.
    /// </summary>
    private static List<string> HelperMarkers(Dictionary<string, string> files)
    {
        var markers = Needs.ToList();
        for (var grown = true; grown;)
        {
            grown = false;
            foreach (var text in files.Values.Where(t => !TestAttribute().IsMatch(t)))
            {
                var tainted = Tainted(Members(text), markers);
                foreach (var type in TypeDeclaration().Matches(text).Select(m => m.Groups["name"].Value))
                {
                    foreach (var marker in tainted.Select(member => member == type ? $"new {type}(" : $"{type}.{member}").Where(m => !markers.Contains(m)).ToList())
                    {
                        markers.Add(marker);
                        grown = true;
                    }
                }
            }
        }

        return markers;
    }

    private sealed record Member(string Name, string Attributes, string Body);

    /// <summary>The members of a class file: each with the attribute lines above it and its text up to the next member.</summary>
    private static List<Member> Members(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var members = new List<Member>();
        var attributes = new List<string>();
        string? name = null;
        var memberAttributes = "";
        var body = new List<string>();
        foreach (var line in lines)
        {
            if (AttributeLine().IsMatch(line))
            {
                attributes.Add(line);
                continue;
            }

            if (MemberLine().Match(line) is { Success: true } declaration)
            {
                if (name is not null)
                {
                    members.Add(new Member(name, memberAttributes, string.Join("\n", body)));
                }

                (name, memberAttributes, body) = (declaration.Groups["name"].Value, string.Join("\n", attributes), [line]);
                attributes.Clear();
                continue;
            }

            body.AddRange(attributes);
            attributes.Clear();
            body.Add(line);
        }

        if (name is not null)
        {
            members.Add(new Member(name, memberAttributes, string.Join("\n", body)));
        }

        return members;
    }

    /// <summary>Members that use a marker, or call a member of their file that does.</summary>
    private static HashSet<string> Tainted(List<Member> members, List<string> markers)
    {
        var tainted = members.Where(m => markers.Any(k => m.Body.Contains(k, StringComparison.Ordinal) || m.Attributes.Contains(k, StringComparison.Ordinal)))
            .Select(m => m.Name).ToHashSet();
        for (var grown = true; grown;)
        {
            grown = false;
            foreach (var member in members.Where(m => !tainted.Contains(m.Name)))
            {
                if (tainted.Any(t => Regex.IsMatch(member.Body + member.Attributes, $@"\b{t}\b")))
                {
                    tainted.Add(member.Name);
                    grown = true;
                }
            }
        }

        return tainted;
    }

    [GeneratedRegex(@"^\s*\[(Fact|Theory)\b", RegexOptions.Multiline)]
    private static partial Regex TestAttribute();

    [GeneratedRegex(@"^\[Trait\(""Requires"", ""debian""\)\]", RegexOptions.Multiline)]
    private static partial Regex ClassTrait();

    [GeneratedRegex(@"\[Trait\(""Requires"", ""debian""\)\]")]
    private static partial Regex MemberTrait();

    [GeneratedRegex(@"^    \[")]
    private static partial Regex AttributeLine();

    [GeneratedRegex(@"^    (?:public|private|internal|protected)\b[^(=;]*?\b(?<name>\w+)\s*(?:<[^>]*>)?\s*(?:\(|=>|=|\{|$)")]
    private static partial Regex MemberLine();

    [GeneratedRegex(@"^(?:public |internal )?(?:static |sealed |abstract |partial )*(?:class|record|struct) (?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();
}
