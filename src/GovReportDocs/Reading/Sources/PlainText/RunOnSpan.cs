using GovReportDocs.Reading.Lines;

namespace GovReportDocs.Reading.Sources.PlainText;

/// <summary>What a stretch of a run-on line was read as: where a table starts, a row's label, or a row's values.</summary>
internal enum RunOnSpanKind
{
    TableStart,
    Label,
    Values,
}

/// <summary>A stretch [Start, End) of a run-on line in normalised positions, and what it was read as.</summary>
internal sealed record RunOnSpan(int Start, int End, RunOnSpanKind Kind, IReadOnlyList<decimal?>? Values)
{
    public string? Unsplit { get; init; }

    /// <summary>The row's numbers when its own rules left more than one split.</summary>
    public GluedRow? Guess { get; init; }

    /// <summary>The whole label, when only its beginning stands before the numbers.</summary>
    public string? Whole { get; init; }
}
