using System.Net;
using System.Text;

namespace GovReportDocs.Web;

/// <summary>The editor's download buttons, one per registered output, written into the page where it marks them.</summary>
internal static class DownloadButtons
{
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
        return Encoding.UTF8.GetBytes(html.Replace(Marker, buttons, StringComparison.Ordinal));
    }
}
