using System.Reflection;
using GovReportDocs.Pdf;
using GovReportDocs.Tests.Support;
using GovReportDocs.Web;
using PublicApiGenerator;

namespace GovReportDocs.Tests.Packaging;

/// <summary>
/// The public surface of each package, locked: a change to it shows up as a diff of the approved file in review.
/// When the change is meant, copy the .received.txt written beside the approved file over it.
/// </summary>
public class PublicApiTests
{
    public static TheoryData<string> Packages => ["GovReportDocs", "GovReportDocs.Pdf", "GovReportDocs.Web"];

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_public_api_is_what_was_approved(string package)
    {
        var assembly = package switch
        {
            "GovReportDocs" => typeof(GovReport).Assembly,
            "GovReportDocs.Pdf" => typeof(PdfRenderer).Assembly,
            _ => typeof(GovReportWebOptions).Assembly,
        };
        var api = Generate(assembly);
        var approved = Path.Combine(RepoPaths.Root, "tests", "GovReportDocs.Tests", "Packaging", "Api", package + ".approved.txt");
        var received = Path.ChangeExtension(approved, null).Replace(".approved", ".received", StringComparison.Ordinal) + ".txt";
        var expected = File.Exists(approved) ? File.ReadAllText(approved) : "";
        if (api != expected)
        {
            File.WriteAllText(received, api);
        }
        else if (File.Exists(received))
        {
            File.Delete(received);
        }

        api.ShouldBe(expected, $"public API of {package} changed: compare {received} with {Path.GetFileName(approved)}");
    }

    private static string Generate(Assembly assembly) =>
        assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = false,
            ExcludeAttributes = ["System.Runtime.CompilerServices.NullableContextAttribute", "System.Runtime.CompilerServices.NullableAttribute"],
        }).ReplaceLineEndings("\n");
}
