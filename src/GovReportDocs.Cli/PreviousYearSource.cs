using GovReportDocs.Input;
using GovReportDocs.Model;
using GovReportDocs.Reading;

namespace GovReportDocs.Cli;

/// <summary>Last year's report from an input file (.yaml, .json) or a published one (.txt, .html, .docx).</summary>
internal static class PreviousYearSource
{
    public sealed record Loaded(AnnualReport Report, PublishedReport? Published);

    /// <summary>The report, or an error message naming the file.</summary>
    public static (Loaded? Report, string? Error) Load(string path)
    {
        if (ReportInput.FormatOf(path) is not null)
        {
            var load = ReportInput.LoadFile(path);
            return load.IsUnreadable
                ? (null, string.Join("\n", load.Diagnostics.Select(d => d.ToString())))
                : (new Loaded(load.Loaded!.Report, null), null);
        }

        try
        {
            var published = PublishedReportReader.Read(path);
            return (new Loaded(published.Report, published), null);
        }
        catch (ReportReadException e)
        {
            return (null, e.ToString());
        }
    }
}
