using BenchmarkDotNet.Attributes;
using GovReportDocs.Composition;
using GovReportDocs.Input;
using GovReportDocs.Pdf;
using GovReportDocs.Pdf.Licensing;

namespace GovReportDocs.Benchmarks;

/// <summary>
/// One report to PDF, warm (fonts discovered and glyph widths cached). Target: ≤ 20 ms median; tagged (the default)
/// within 25 % of untagged.
/// </summary>
[MemoryDiagnoser]
public class PdfRenderBenchmark
{
    private static readonly PdfRenderOptions Untagged = new() { Tagged = false };
    private ComposedReport _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        PdfLicence.UseAgpl();
        var report = GovReport.Load(Path.Combine(AppContext.BaseDirectory, "samples", "panzhou-2024.yaml")).Report!;
        _report = ReportComposer.Compose(report);
        PdfRenderer.Render(_report);
    }

    [Benchmark]
    public byte[] RenderPdf() => PdfRenderer.Render(_report).Bytes;

    [Benchmark(Baseline = true)]
    public byte[] RenderUntaggedPdf() => PdfRenderer.Render(_report, Untagged).Bytes;
}
