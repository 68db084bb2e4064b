using GovReportDocs.NationalFormat;

namespace GovReportDocs.Composition;

/// <summary>One block of a composed report, in reading order. Renderers draw blocks; they decide nothing about content.</summary>
internal abstract record ReportBlock;

/// <summary>The title, already broken into balanced lines.</summary>
internal sealed record TitleBlock(IReadOnlyList<string> Lines) : ReportBlock
{
    /// <summary>The title on one line.</summary>
    public string Text => string.Concat(Lines);
}

/// <summary>A heading: level 1 `一、` (黑体), level 2 `（一）` (楷体), level 3 `1.` (仿宋, bold).</summary>
/// <param name="Level">1, 2 or 3.</param>
/// <param name="Text">The heading as printed.</param>
/// <param name="IsPart">Whether it is one of the six part titles (bookmarked in the PDF).</param>
internal sealed record HeadingBlock(int Level, string Text, bool IsPart = false) : ReportBlock;

/// <summary>A body paragraph, optionally opening with a lead-in printed in the heading font of its level.</summary>
/// <param name="Text">The text after the lead-in.</param>
/// <param name="LeadIn">E.g. `（一）强化组织领导。`, or null.</param>
/// <param name="LeadInLevel">The heading level whose font the lead-in takes (2 or 3), 0 without lead-in.</param>
internal sealed record ParagraphBlock(string Text, string? LeadIn = null, int LeadInLevel = 0) : ReportBlock
{
    /// <summary>The paragraph as read: lead-in and text.</summary>
    public string FullText => LeadIn + Text;
}

/// <summary>One of the three fixed tables with the numbers to print in it.</summary>
/// <param name="Table">The table description.</param>
/// <param name="Values">The numbers; a missing one prints empty.</param>
internal sealed record TableBlock(TableDescription Table, StatisticsSheet Values) : ReportBlock
{
    /// <summary>What a cell prints: its label, or its number formatted.</summary>
    public string TextOf(TableCell cell) =>
        cell.Label ?? (Values[cell.Datum!] is { } value ? NumberText.Format(value) : "");
}

/// <summary>The closing: the agency (on one or more lines) and the date, placed by <see cref="ClosingLayout"/>.</summary>
internal sealed record ClosingBlock(IReadOnlyList<ClosingLine> Lines) : ReportBlock;

/// <summary>One printed line of the closing.</summary>
/// <param name="Text">What it prints.</param>
/// <param name="IndentChars">Where it starts, in body characters from the left margin.</param>
internal sealed record ClosingLine(string Text, double IndentChars);
