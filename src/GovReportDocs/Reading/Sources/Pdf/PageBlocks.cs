namespace GovReportDocs.Reading.Sources.Pdf;

/// <summary>What a page shows, top to bottom: lines of running text and table rows.</summary>
internal abstract record PageBlock(double Top);

/// <summary>A line of running text.</summary>
internal sealed record LineBlock(TextLine Line) : PageBlock(Line.Top);

/// <summary>One visual table row: the text of each cell that starts on it, left to right; "" for a blank cell.</summary>
internal sealed record RowBlock(double Top, IReadOnlyList<string> Cells) : PageBlock(Top);
