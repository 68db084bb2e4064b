namespace GovReportDocs.Files;

/// <summary>
/// A file cannot be read as a report or an input at all: missing, not a regular file, too large, undecodable,
/// damaged or of another kind. The message is Chinese and names no internals; <see cref="File"/> names the file.
/// </summary>
public sealed class ReportReadException(string file, string message) : Exception(message)
{
    /// <summary>The file, as the caller named it.</summary>
    public string File { get; } = file;

    /// <summary>`file：message`.</summary>
    public override string ToString() => $"{File}：{Message}";
}
