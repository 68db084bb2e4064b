using BenchmarkDotNet.Attributes;
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
        _document = GovReport.Load(BenchmarkFiles.Sample);
        _document.ToPdf();
    }

    [Benchmark]
    public byte[] RenderPdf() => _document.ToPdf().Bytes;
}
