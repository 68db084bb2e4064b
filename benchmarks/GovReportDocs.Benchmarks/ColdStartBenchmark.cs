using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using GovReportDocs.Docx;
using GovReportDocs.Input;

namespace GovReportDocs.Benchmarks;

/// <summary>
/// From a cold start, as a user runs it: `govreport render sample --format pdf` (target ≤ 1.5 s), and in the
/// same run LibreOffice converting our .docx of the same report to PDF, batched 10 to a call and reported per
/// document, to set against PdfRenderBenchmark (our per-document cost once warm; target ≥ 10× faster).
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 5)]
public class ColdStartBenchmark
{
    private const int BatchedDocuments = 10;
    private string _work = "";
    private string _govreport = "";
    private string _sample = "";

    [GlobalSetup]
    public void Setup()
    {
        _govreport = ProcessRunner.Govreport();
        _sample = Path.Combine(AppContext.BaseDirectory, "samples", "panzhou-2024.yaml");
        _work = Path.Combine(Path.GetTempPath(), "govreport-cold-" + Environment.ProcessId);
        Directory.CreateDirectory(Path.Combine(_work, "docx"));
        var docx = DocxRenderer.Render(GovReport.Load(_sample).Report!);
        for (var i = 0; i < BatchedDocuments; i++)
        {
            File.WriteAllBytes(Path.Combine(_work, "docx", $"{i}.docx"), docx);
        }

        ProcessRunner.Run("soffice", $"-env:UserInstallation=file://{_work}/profile --headless --terminate_after_init");
    }

    [Benchmark(Baseline = true, Description = "govreport render → PDF (cold process)")]
    public void GovreportPdf() => ProcessRunner.Run("dotnet", $"\"{_govreport}\" render \"{_sample}\" -o \"{_work}/pdf\" --format pdf");

    [Benchmark(Description = "LibreOffice .docx → PDF, per document of a batch of 10", OperationsPerInvoke = BatchedDocuments)]
    public void LibreOfficePerDocument()
    {
        var files = string.Join(' ', Enumerable.Range(0, BatchedDocuments).Select(i => $"\"{_work}/docx/{i}.docx\""));
        ProcessRunner.Run("soffice", $"-env:UserInstallation=file://{_work}/profile --headless --convert-to pdf --outdir \"{_work}/lo\" {files}");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_work, recursive: true);
}
