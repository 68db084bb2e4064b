namespace GovReportDocs.Diagnostics;

/// <summary>A position in an input or imported file: 1-based line and column, and the key path when known.</summary>
public sealed record SourceLocation(string File, int Line, int Column, string? KeyPath = null)
{
    /// <summary>The 1-based page of a paged source (PDF); <see cref="Line"/> then counts on that page.</summary>
    public int? Page { get; init; }

    /// <summary>`file:line:column`, the form editors and terminals link to; `file:页3:行12` on a page.</summary>
    public override string ToString() => Page is { } page ? $"{File}:页{page}:行{Line}" : $"{File}:{Line}:{Column}";
}
