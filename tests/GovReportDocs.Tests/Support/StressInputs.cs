using GovReportDocs;
using GovReportDocs.Composition;
using GovReportDocs.Model;

namespace GovReportDocs.Tests.Support;

/// <summary>
/// The stress inputs of issues 11 and 24 (tests/GovReportDocs.Tests/Stress): a big city, long and short names, long text, a
/// minimal report, a department, a township; names with brackets, URLs in brackets, numbered lists, 8-digit cells, 12+ pages, a 表二 at a page foot.
/// </summary>
internal static class StressInputs
{
    public static readonly string[] Names =
        [
            "big-city.yaml", "long-name.yaml", "short-name.yaml", "long-narrative.yaml", "minimal.yaml", "department.yaml", "township.yaml",
            "bracket-name.yaml", "medical-insurance.yaml", "county-office.yaml", "tax-office.yaml", "very-long-narrative.yaml", "table2-at-foot.yaml",
        ];

    public static TheoryData<string> All => [.. Names];

    public static string Path(string name) => System.IO.Path.Combine(RepoPaths.Root, "tests", "GovReportDocs.Tests", "Stress", name);

    /// <summary>Loads an input; it must have no error (a missing publishDate is a warning).</summary>
    public static AnnualReport Load(string name)
    {
        var load = GovReport.Load(Path(name));
        load.Errors().ShouldBeEmpty();
        return load.Report!;
    }

    public static ComposedReport Compose(string name) => ReportComposer.Compose(Load(name));
}
