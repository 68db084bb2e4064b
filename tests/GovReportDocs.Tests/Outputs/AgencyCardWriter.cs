using System.Text;

namespace GovReportDocs.Tests.Outputs;

/// <summary>
/// A writer as a platform outside this repository would write one, with the public API only: a one-line text card of
/// the agency, the year and 表三's 总计 of new applications.
/// </summary>
internal sealed class AgencyCardWriter : IReportWriter
{
    public OutputFormat Format { get; } = new("card", ".card.txt", "text/plain; charset=utf-8", "名片", "机关与年度的一行摘要") { InAll = false };

    public ReportOutput Write(ReportDocument document, CancellationToken cancellation = default)
    {
        if (!document.CanRender)
        {
            throw new InvalidOperationException("报告有错误");
        }

        return new ReportOutput(Encoding.UTF8.GetBytes($"{document.Agency}|{document.Year}|{document.Title}"))
        {
            Warnings = ["名片不含表格"],
        };
    }

    public static string Expected(ReportDocument document) => $"{document.Agency}|{document.Year}|{document.Title}";
}
