using GovReportDocs.Narrative;

namespace GovReportDocs.Cli;

/// <summary>The `--templates` option of render and validate: the embedded templates, overridden from a directory.</summary>
internal static class TemplateDirectory
{
    /// <summary>The templates, or null after telling the user what is wrong with the directory.</summary>
    public static NarrativeTemplates? Load(CliConsole console, string? directory)
    {
        try
        {
            return NarrativeTemplates.Load(directory);
        }
        catch (NarrativeException e)
        {
            console.Error.WriteLine(e.ToString());
            return null;
        }
    }
}
