using GovReportDocs;
using GovReportDocs.Input;
using GovReportDocs.Model;

namespace GovReportDocs.Tests.Support;

/// <summary>The bundled sample reports, loaded once.</summary>
internal static class Samples
{
    private static readonly Lazy<AnnualReport> LazyPanzhou = new(() => Load("panzhou-2024.yaml"));
    private static readonly Lazy<AnnualReport> LazyMengga = new(() => Load("mengga-2024.yaml"));

    /// <summary>盘州市人民政府 2024: non-zero tables, reviews and lawsuits.</summary>
    public static AnnualReport Panzhou => LazyPanzhou.Value;

    /// <summary>芒市勐戛镇人民政府 2024: a township with all zeros.</summary>
    public static AnnualReport Mengga => LazyMengga.Value;

    public static AnnualReport Load(string name)
    {
        var load = GovReport.Load(RepoPaths.Sample(name));
        load.Errors().ShouldBeEmpty();
        return load.Report!;
    }
}
