using GovReportDocs;
using GovReportDocs.Pdf;

namespace GovReportDocs.Tests.Support;

/// <summary>The samples rendered to PDF once written where poppler can read them.</summary>
internal static class PdfSamples
{
    private static readonly string Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "govreport-test-pdf-" + Environment.ProcessId);
    private static readonly Dictionary<string, Lazy<(PdfRenderResult Result, string Path)>> Rendered = new()
    {
        ["panzhou-2024.yaml"] = new(() => Render("panzhou-2024.yaml")),
        ["mengga-2024.yaml"] = new(() => Render("mengga-2024.yaml")),

        // The samples' 表三 fits one page; the big city's crosses one.
        [BigCity] = new(() => Render(BigCity)),
    };

    /// <summary>A stress input whose 表三 crosses a page.</summary>
    public const string BigCity = "big-city.yaml";

    public static PdfRenderResult Result(string sample) => Rendered[sample].Value.Result;

    public static string Path(string sample) => Rendered[sample].Value.Path;

    public static PdfRenderResult Render(GovReportDocs.Model.AnnualReport report)
    {
        return GovReport.Prepare(report).ToPdf();
    }

    private static (PdfRenderResult, string) Render(string sample)
    {
        var result = Render(sample == BigCity ? StressInputs.Load(sample) : Samples.Load(sample));
        Directory.CreateDirectory(Folder);
        var path = System.IO.Path.Combine(Folder, System.IO.Path.ChangeExtension(sample, ".pdf"));
        File.WriteAllBytes(path, result.Bytes);
        return (result, path);
    }
}
