namespace GovReportDocs.Reading;

/// <summary>The file cannot be read as a report at all (too large, not a supported kind, damaged).</summary>
public sealed class ReportReadException(string file, string message) : Exception(message)
{
    /// <summary>The file.</summary>
    public string File { get; } = file;

    /// <summary>`file：message`.</summary>
    public override string ToString() => $"{File}：{Message}";
}
