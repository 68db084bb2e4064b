namespace GovReportDocs.Files;

/// <summary>
/// Decides which file a path written inside an input (<c>previousYear</c>) may name. GovReportDocs opens no file
/// an input names unless a resolver allows it: parsing text or a stream without one never touches the file system.
/// </summary>
public interface IReportFileResolver
{
    /// <summary>The full path to open for <paramref name="reference"/>, written in the input named <paramref name="referringFile"/>.</summary>
    /// <exception cref="ReportReadException">The path leads outside what the resolver allows, or is not a usable file name.</exception>
    string Resolve(string reference, string referringFile);
}
