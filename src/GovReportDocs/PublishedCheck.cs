using GovReportDocs.Diagnostics;
using GovReportDocs.Reading;

namespace GovReportDocs;

/// <summary>A published report checked against R1–R18 (R6, R15 and R16 with last year's), or why it could not be read.</summary>
public sealed class PublishedCheck : IReportFindings
{
    internal PublishedCheck(string source, PublishedReport? published, IReadOnlyList<Diagnostic> diagnostics, bool isUnreadable)
    {
        Source = source;
        Published = published;
        Diagnostics = diagnostics;
        IsUnreadable = isUnreadable;
    }

    /// <inheritdoc />
    public string Source { get; }

    /// <summary>The report as read; null when it could not be read.</summary>
    public PublishedReport? Published { get; }

    /// <inheritdoc />
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <inheritdoc />
    public bool IsUnreadable { get; }

    /// <summary>Whether any finding is an error.</summary>
    public bool HasErrors => this.HasErrors();

    /// <inheritdoc />
    public string? Agency => Published?.Report.Agency is { Length: > 0 } agency ? agency : null;

    /// <inheritdoc />
    public int? Year => Published?.Report.Year is > 0 and var year ? year : null;

    /// <summary>
    /// The same check with the findings whose <see cref="Diagnostic.Fingerprint"/> is among <paramref name="fingerprints"/>
    /// marked accepted; a file that could not be read stays as it is.
    /// </summary>
    public PublishedCheck Accept(IEnumerable<string> fingerprints)
    {
        ArgumentNullException.ThrowIfNull(fingerprints);
        var accepted = fingerprints.Select(f => f.Trim().ToLowerInvariant()).ToHashSet();
        if (IsUnreadable || accepted.Count == 0)
        {
            return this;
        }

        return new PublishedCheck(Source, Published,
            [.. Diagnostics.Select(d => accepted.Contains(d.Fingerprint) ? d with { IsAccepted = true } : d)], IsUnreadable);
    }
}
