using GovReportDocs.Input;
using GovReportDocs.Reading.Sources;

namespace GovReportDocs;

/// <summary>
/// The forms of file the library reads, as users are told them in help and messages, from the registries of input
/// and published forms: a form added there shows everywhere.
/// </summary>
public static class FileForms
{
    /// <summary>Input files: `.yaml、.yml、.json`.</summary>
    public static string Input => InputForms.Listed;

    /// <summary>Published reports: `.txt、.md、.html、.docx、.pdf`.</summary>
    public static string Published => PublishedForms.Listed;
}
