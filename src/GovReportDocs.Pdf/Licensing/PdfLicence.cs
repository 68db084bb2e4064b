using PdfSharp;

namespace GovReportDocs.Pdf.Licensing;

/// <summary>
/// PDFsharp 6.5 is AGPL-3.0 or commercial. A consumer must choose before the first PDF is rendered:
/// <see cref="UseAgpl"/> (your whole program then falls under the AGPL) or <see cref="UseCommercial"/> with a
/// licence key bought from empira. GovReportDocs itself is MIT; this choice is only about PDFsharp.
/// </summary>
public static class PdfLicence
{
    private static volatile string? _chosen;

    /// <summary>The licence chosen: "AGPL-3.0", "commercial", or null before a choice.</summary>
    public static string? Chosen => _chosen;

    /// <summary>Use PDFsharp under the AGPL-3.0 (what the govreport command line does).</summary>
    public static void UseAgpl()
    {
        PdfSharpLicense.SetAgplLicense();
        _chosen = "AGPL-3.0";
    }

    /// <summary>Use PDFsharp under a commercial licence: the key empira issued (base64).</summary>
    /// <exception cref="PdfLicenceException">The key is not valid for PDFsharp 6.5.</exception>
    public static void UseCommercial(string licenceKey)
    {
        try
        {
            PdfSharpLicense.LoadLicense(licenceKey);
        }
        catch (Exception e)
        {
            throw new PdfLicenceException($"PDFsharp 商业许可证无法加载：{e.Message}");
        }

        _chosen = "commercial";
    }

    internal static void EnsureChosen() => Ensure(_chosen);

    internal static void Ensure(string? chosen)
    {
        if (chosen is null)
        {
            throw new PdfLicenceException(
                "生成 PDF 前须选择 PDFsharp 的许可证：调用 PdfLicence.UseAgpl()（程序整体须遵守 AGPL-3.0）" +
                "或 PdfLicence.UseCommercial(许可证密钥)。GovReportDocs 本身为 MIT 许可。");
        }
    }
}

/// <summary>No licence was chosen for PDFsharp, or the commercial key is invalid.</summary>
public sealed class PdfLicenceException(string message) : Exception(message);
