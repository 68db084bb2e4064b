using GovReportDocs.Diagnostics;
using GovReportDocs.Docx;
using GovReportDocs.Html;
using GovReportDocs.Input;
using GovReportDocs.Narrative;
using GovReportDocs.Pdf;

namespace GovReportDocs.Cli;

/// <summary>Reads, checks and renders one input; refuses a report that breaks a rule.</summary>
internal static class ReportRenderer
{
    public static RenderOutcome Render(string input, NarrativeTemplates templates, IReadOnlyCollection<string> formats, PdfRenderOptions pdf)
    {
        var load = ReportInput.LoadFile(input);
        var (check, composed) = ReportInput.Prepare(load, templates);
        if (load.IsUnreadable || composed is null || check.Diagnostics.Any(d => d.Rule == RuleIds.Input))
        {
            return new RenderOutcome(input, RenderStatus.Unreadable, check.Diagnostics);
        }

        if (check.HasErrors)
        {
            return new RenderOutcome(input, RenderStatus.Refused, check.Diagnostics);
        }

        var documents = new List<(string, byte[])>();
        if (formats.Contains("docx"))
        {
            documents.Add((".docx", DocxRenderer.Render(composed)));
        }

        if (formats.Contains("pdf"))
        {
            documents.Add((".pdf", PdfRenderer.Render(composed, pdf).Bytes));
        }

        if (formats.Contains("html"))
        {
            documents.Add((".html", HtmlRenderer.RenderBytes(composed)));
        }

        return new RenderOutcome(input, RenderStatus.Rendered, check.Diagnostics) { Title = composed.Title, Documents = documents };
    }

    /// <summary>The title as a file name: characters no file system accepts become _.</summary>
    public static string FileName(string title)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['/', '\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        return new string(title.Select(c => invalid.Contains(c) ? '_' : c).ToArray()).Trim();
    }
}
