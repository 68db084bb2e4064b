
namespace GovReportDocs.Reading.Lines;

/// <summary>One piece of a published report as read: a paragraph of text or one table cell, with its source line.</summary>
internal abstract record SourceItem(string Text, int Line);

/// <summary>A line or paragraph of running text (title, headings, narrative, page residue).</summary>
internal sealed record SourceParagraph(string Text, int Line) : SourceItem(Text, Line)
{
    /// <summary>
    /// Whether the source sets it as a title: heavier or larger than the body, on lines of its own (only a PDF tells).
    /// A part title is then found by its look and its words even when its numbering or wording is not the format's.
    /// </summary>
    public bool LooksLikeTitle { get; init; }
}

/// <summary>
/// One table cell. <paramref name="IsBlank"/> marks a cell the source shows as empty: only structured sources
/// (HTML, .docx) know that; flattened text loses empty cells.
/// </summary>
internal sealed record SourceCell(string Text, int Line, bool IsBlank = false) : SourceItem(Text, Line);

/// <summary>Something the reader could not read as printed (glued numbers it cannot split), to be reported.</summary>
internal sealed record SourceNote(string Text, int Line) : SourceItem(Text, Line);

/// <summary>A row of glued numbers its own rules split more than one way: the rest of the report may settle it.</summary>
internal sealed record SourceGuess(GluedRow Row, int Line) : SourceItem(Row.GuessNote, Line);

/// <summary>
/// A line of a crawler's header other than the title (`发布时间: 2025-01-27 10:00`): not the report's text, so no rule
/// reads it as such, but kept for what `import` carries (the date the page was published).
/// </summary>
internal sealed record SourceHeader(string Text, int Line) : SourceItem(Text, Line);
