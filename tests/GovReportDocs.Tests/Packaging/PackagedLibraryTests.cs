using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Packaging;

/// <summary>
/// What a platform developer does: pack the libraries, then a fresh net8.0 and net10.0 app that references the
/// packages beside DocumentFormat.OpenXml 3.3.0, with warnings as errors (NU1603 fails it), runs README.md's
/// library example verbatim and must print what README.md says it prints. The README cannot drift.
/// </summary>
[Trait("Requires", "debian")]
public partial class PackagedLibraryTests
{
    private static readonly Lazy<string> Feed = new(Pack);

    [Theory]
    [InlineData("net8.0")]
    [InlineData("net10.0")]
    public void The_readme_example_runs_against_the_packages_as_it_says(string framework)
    {
        var (program, expected) = ReadmeExample();
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

    /// <summary>The first C# block of the README's library section and the text block that shows its output.</summary>
    private static (string Program, string Output) ReadmeExample()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("## The library\n", StringComparison.Ordinal)..];
        var code = Block().Match(section);
        code.Groups["lang"].Value.ShouldBe("csharp");
        var output = Block().Match(section, code.Index + code.Length);
        output.Groups["lang"].Value.ShouldBe("text");
        return (code.Groups["body"].Value, output.Groups["body"].Value.Trim());
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
