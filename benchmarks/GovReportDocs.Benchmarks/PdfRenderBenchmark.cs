using BenchmarkDotNet.Attributes;
using GovReportDocs.Composition;
using GovReportDocs.Input;
using GovReportDocs.Pdf;
using GovReportDocs.Pdf.Licensing;

namespace GovReportDocs.Benchmarks;

/// <summary>One report to PDF, warm (fonts discovered and glyph widths cached). Target: ≤ 20 ms median.</summary>
[MemoryDiagnoser]
public class PdfRenderBenchmark
{
    private ReportDocument _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        PdfLicence.UseAgpl();
        var report = GovReport.Load(Path.Combine(AppContext.BaseDirectory, "samples", "panzhou-2024.yaml")).Report!;
        _document = GovReport.Prepare(report);
        _document.ToPdf();
    }

    [Benchmark]
    public byte[] RenderPdf() => _document.ToPdf().Bytes;
}
