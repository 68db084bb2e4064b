using System.Net;
using System.Text;

namespace GovReportDocs.Web;

/// <summary>
/// The editor's download buttons, one per registered output, written into the page where it marks them, and 预览 PDF
/// when a PDF writer is among them (a host may register none).
/// </summary>
internal static class DownloadButtons
{
    // The preview shows /download/pdf inline (editor.js).
    private const string PdfFormatId = "pdf";

    private const string Marker = "<!--downloads: one button per registered output, filled in by DownloadButtons-->";

    public static byte[] Fill(byte[] page, ReportWriters writers)
    {
        var html = Encoding.UTF8.GetString(page);
        if (!html.Contains(Marker, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("editor.html 缺少下载按钮的位置");
        }

        var buttons = string.Join("\n    ", writers.All.Select(w =>
            $"<button id=\"download-{w.Format.Id}\" type=\"button\" data-format=\"{w.Format.Id}\">下载 {WebUtility.HtmlEncode(w.Format.Name)}</button>"));
        if (writers.All.Any(w => w.Format.Id == PdfFormatId))
        {
            buttons += "\n    <button id=\"preview\" type=\"button\">预览 PDF</button>";
        }

        return Encoding.UTF8.GetBytes(html.Replace(Marker, buttons, StringComparison.Ordinal));
    }
}
