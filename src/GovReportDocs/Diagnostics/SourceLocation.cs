namespace GovReportDocs.Diagnostics;

/// <summary>A position in an input or imported file: 1-based line and column, and the key path when known.</summary>
public sealed record SourceLocation(string File, int Line, int Column, string? KeyPath = null)
{
    /// <summary>`file:line:column`, the form editors and terminals link to.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
