using GovReportDocs.Docx;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Docx;

/// <summary>LibreOffice (installed by tests/run.sh) opens every sample and converts it; the PDF text holds the report.</summary>
[Trait("Requires", "debian")]
public class LibreOfficeTests
{
    [Fact]
    public void LibreOffice_converts_each_sample_and_the_text_survives()
    {
        using var dir = new TempDirectory();
        foreach (var (sample, agency) in new[] { ("panzhou-2024.yaml", "盘州市人民政府"), ("mengga-2024.yaml", "芒市勐戛镇人民政府") })
        {
            var docx = dir.File(Path.ChangeExtension(sample, ".docx"));
            File.WriteAllBytes(docx, DocxRenderer.Render(Samples.Load(sample)));
            ExternalTool.Run("soffice", $"-env:UserInstallation=file://{dir.Path}/profile", "--headless", "--convert-to", "pdf", "--outdir", dir.Path, docx);
            var pdf = Path.ChangeExtension(docx, ".pdf");
            File.Exists(pdf).ShouldBeTrue($"LibreOffice did not convert {sample}");
            var text = ExternalTool.Squeeze(ExternalTool.Run("pdftotext", "-layout", pdf, "-"));
            text.ShouldContain($"{agency}2024年");
            text.ShouldContain("政府信息公开工作年度报告");
            text.ShouldContain("三、收到和处理政府信息公开申请情况");
            text.ShouldContain("申请人情况");
            text.ShouldContain("第二十条第（一）项");
            text.ShouldContain("—1—");
        }
    }
}
