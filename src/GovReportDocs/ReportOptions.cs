using GovReportDocs.Files;
using GovReportDocs.Narrative;

namespace GovReportDocs;

/// <summary>How reports are checked and written. Immutable; share one instance between threads.</summary>
public sealed record ReportOptions
{
    /// <summary>The embedded templates, and no file is opened that an input names.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>The narrative templates to write and check the text with (the embedded ones by default).</summary>
    public NarrativeTemplates Templates { get; init; } = NarrativeTemplates.Default;

    /// <summary>
    /// Which files an input's <c>previousYear</c> may name. When null, <see cref="GovReport.Load(string, ReportOptions?)"/>
    /// allows the input file's own folder tree, and inputs given as text or a stream open no file at all.
    /// </summary>
    public IReportFileResolver? Files { get; init; }
}
