using GovReportDocs.Composition;
using GovReportDocs.Docx;
using GovReportDocs.Html;
using GovReportDocs.Model;
using GovReportDocs.Narrative;

namespace GovReportDocs.Tests.Support;

/// <summary>
/// A model rendered straight to .docx or HTML, as tests want it: the library renders a prepared report
/// (<see cref="ReportDocument"/>) and keeps no entry point only tests call. Written as extensions, so a test reads
/// <c>DocxRenderer.Render(report)</c> as before.
/// </summary>
internal static class DocxFromModel
{
    extension(DocxRenderer)
    {
        /// <summary>Composes and renders a report as .docx.</summary>
        public static byte[] Render(AnnualReport report, NarrativeTemplates? templates = null) =>
            DocxRenderer.Render(ReportComposer.Compose(report, templates));
    }
}

/// <summary>The HTML half of <see cref="DocxFromModel"/> (one class each: both members are named Render).</summary>
internal static class HtmlFromModel
{
    extension(HtmlRenderer)
    {
        /// <summary>Composes and renders a report as an HTML page.</summary>
        public static string Render(AnnualReport report, NarrativeTemplates? templates = null) =>
            HtmlRenderer.Render(ReportComposer.Compose(report, templates));
    }
}
