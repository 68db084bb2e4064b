using GovReportDocs.Model;

namespace GovReportDocs.Composition;

/// <summary>A report with all its text rendered and laid out as blocks: what the .docx and PDF renderers draw.</summary>
/// <param name="Report">The model it came from.</param>
/// <param name="Title">The title on one line.</param>
/// <param name="Blocks">Everything to print, in order.</param>
internal sealed record ComposedReport(AnnualReport Report, string Title, IReadOnlyList<ReportBlock> Blocks)
{
    /// <summary>Every paragraph and heading text in reading order (tables excluded), e.g. for checking R7.</summary>
    public IEnumerable<string> Texts => Blocks.SelectMany(b => b switch
    {
        TitleBlock t => [t.Text],
        HeadingBlock h => [h.Text],
        ParagraphBlock p => [p.FullText],
        ClosingBlock c => c.Lines.Select(l => l.Text),
        _ => Array.Empty<string>(),
    });
}
