using GovReportDocs.Reading;

namespace GovReportDocs.Validation;

/// <summary>What R8, R9 and R12 look at in a published report, and last year's for R12.</summary>
/// <param name="Current">The report checked.</param>
/// <param name="Previous">Last year's published report, when given.</param>
public sealed record PublishedFacts(PublishedReport Current, PublishedReport? Previous = null);
