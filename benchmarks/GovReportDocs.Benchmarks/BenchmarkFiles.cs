namespace GovReportDocs.Benchmarks;

/// <summary>The files the benchmarks read, copied next to the benchmark assembly.</summary>
internal static class BenchmarkFiles
{
    /// <summary>The 盘州市人民政府 2024 input.</summary>
    public static string Sample { get; } = Path.Combine(AppContext.BaseDirectory, "samples", "panzhou-2024.yaml");
}
