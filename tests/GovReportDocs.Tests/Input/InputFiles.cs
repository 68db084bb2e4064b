using GovReportDocs;
using GovReportDocs.Input;
using GovReportDocs.Model;

namespace GovReportDocs.Tests.Input;

/// <summary>Builds input files by editing the bundled sample's text, and finds lines in them.</summary>
internal static class InputFiles
{
    public static string PanzhouYaml => YamlInputWriter.Write(Support.Samples.Panzhou);

    public static string Replace(string text, string oldValue, string newValue)
    {
        text.ShouldContain(oldValue);
        return text.Replace(oldValue, newValue);
    }

    /// <summary>1-based line of the first line containing <paramref name="fragment"/>.</summary>
    public static int LineOf(string text, string fragment)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(fragment));
        index.ShouldBeGreaterThanOrEqualTo(0, fragment);
        return index + 1;
    }

    public static ReportDocument Parse(string text, string file = "samples/x.yaml") =>
        GovReport.Parse(text, file, GovReport.InputFormatOf(file)!.Value);

    public static AnnualReport ParseClean(string text, string file = "samples/x.yaml")
    {
        var load = Parse(text, file);
        load.Diagnostics.ShouldNotContain(d => d.Rule == GovReportDocs.Diagnostics.RuleIds.Input);
        return load.Report!;
    }
}
