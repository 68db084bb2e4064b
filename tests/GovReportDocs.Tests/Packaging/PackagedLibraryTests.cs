using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Packaging;

/// <summary>
/// What a platform developer does: pack the libraries, then a fresh net8.0 and net10.0 app that references the
/// packages beside DocumentFormat.OpenXml 3.3.0, with warnings as errors (NU1603 fails it), runs the library examples
/// of README.md and docs/library.md verbatim and must print what each page says it prints. The pages cannot drift.
/// </summary>
[Trait("Requires", "debian")]
public partial class PackagedLibraryTests
{
    private static readonly Lazy<string> Feed = new(Pack);

    [Theory]
    [InlineData("net8.0")]
    [InlineData("net10.0")]
    public void The_library_examples_run_against_the_packages_as_they_say(string framework)
    {
        var (program, expected) = Examples();
        using var app = new TempDirectory();
        File.WriteAllText(Path.Combine(app.Path, "Program.cs"), program);
        File.WriteAllText(Path.Combine(app.Path, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>{framework}</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RollForward>Major</RollForward>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="GovReportDocs" Version="{PackageVersion}" />
                <PackageReference Include="GovReportDocs.Pdf" Version="{PackageVersion}" />
                <PackageReference Include="DocumentFormat.OpenXml" Version="3.3.0" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app.Path, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="packed" value="{Feed.Value}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);

        var build = Dotnet(app.Path, "build", "-c", "Release", "-nologo");
        build.Output.ShouldNotContain("NU1603");
        build.ExitCode.ShouldBe(0, build.Output);

        var run = Dotnet(RepoPaths.Root, Path.Combine(app.Path, "bin", "Release", framework, "Consumer.dll"));
        run.ExitCode.ShouldBe(0, run.Output);
        run.Output.ReplaceLineEndings("\n").Trim().ShouldBe(expected);
    }

    [Theory]
    [InlineData("GovReportDocs", "MIT")]
    [InlineData("GovReportDocs.Pdf", "MIT")]
    [InlineData("GovReportDocs.Web", "MIT")]
    [InlineData("GovReportDocs.Cli", "MIT")]
    public void Each_package_states_its_licence_and_carries_its_own_readme_and_symbols(string package, string licence)
    {
        var nupkg = Path.Combine(Feed.Value, $"{package}.{PackageVersion}.nupkg");
        File.Exists(Path.ChangeExtension(nupkg, ".snupkg")).ShouldBeTrue();
        using var zip = ZipFile.OpenRead(nupkg);
        using var nuspec = new StreamReader(zip.GetEntry(package + ".nuspec")!.Open());
        var metadata = XDocument.Parse(nuspec.ReadToEnd()).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Field(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

        Field("license").ShouldBe(licence);
        Field("readme").ShouldBe("PACKAGE.md");
        Field("projectUrl").ShouldStartWith("https://");
        metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url")!.Value.ShouldStartWith("https://");
        Field("tags").ShouldContain("政府信息公开");
        using var readme = new StreamReader(zip.GetEntry("PACKAGE.md")!.Open());
        var text = readme.ReadToEnd();
        text.ShouldStartWith("# ");
        text.ShouldNotContain("tests/run.sh");
        text.ShouldNotContain("AGPL");
    }

    /// <summary>
    /// The README's short example and docs/library.md's full one as one program: their <c>using</c> lines first, then
    /// each body in a block of its own (so both may name a variable <c>document</c>); the output is README's, then the page's.
    /// </summary>
    private static (string Program, string Output) Examples()
    {
        var readme = Example(Section(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")), "## The library\n"));
        var page = Example(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "library.md")));
        var usings = readme.Usings.Concat(page.Usings).Distinct(StringComparer.Ordinal);
        var program = string.Join('\n', usings) + "\n\n{\n" + readme.Body + "}\n\n{\n" + page.Body + "}\n";
        return (program, readme.Output + "\n" + page.Output);
    }

    private static string Section(string markdown, string heading) => markdown[markdown.IndexOf(heading, StringComparison.Ordinal)..];

    /// <summary>The first C# block of a page and the text block after it that shows its output.</summary>
    private static (IReadOnlyList<string> Usings, string Body, string Output) Example(string markdown)
    {
        var code = Block().Match(markdown);
        code.Groups["lang"].Value.ShouldBe("csharp");
        var output = Block().Match(markdown, code.Index + code.Length);
        output.Groups["lang"].Value.ShouldBe("text");
        var lines = code.Groups["body"].Value.Split('\n');
        var usings = lines.TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal) || l.Length == 0)
            .Where(l => l.Length > 0).ToList();
        var body = string.Join('\n', lines.SkipWhile(l => l.StartsWith("using ", StringComparison.Ordinal) || l.Length == 0));
        return (usings, body, output.Groups["body"].Value.Trim());
    }

    [GeneratedRegex(@"^```(?<lang>\w+)\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Block();

    /// <summary>A version no earlier run packed, so the NuGet cache never serves a stale package.</summary>
    private static readonly string PackageVersion = $"0.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    private static string Pack()
    {
        var feed = Path.Combine(Path.GetTempPath(), "govreport-feed-" + Environment.ProcessId);
        Directory.CreateDirectory(feed);
        foreach (var project in new[] { "GovReportDocs", "GovReportDocs.Pdf", "GovReportDocs.Web", "GovReportDocs.Cli" })
        {
            var pack = Dotnet(RepoPaths.Root, "pack", Path.Combine("src", project, project + ".csproj"), "-c", "Release", "-nologo",
                "-o", feed, $"-p:Version={PackageVersion}");
            pack.ExitCode.ShouldBe(0, pack.Output);
        }

        return feed;
    }

    private static (int ExitCode, string Output) Dotnet(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(600_000).ShouldBeTrue("dotnet " + string.Join(' ', arguments) + " timed out");
        return (process.ExitCode, output.Result + error.Result);
    }
}
