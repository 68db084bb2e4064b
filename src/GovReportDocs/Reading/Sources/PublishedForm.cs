using GovReportDocs.Reading.Lines;

namespace GovReportDocs.Reading.Sources;

/// <summary>
/// One form a published report comes in: the extensions that name it (the first is the one users are told), its
/// Chinese name in "不是…" messages, the most bytes read, and the reader that turns its bytes into items.
/// </summary>
internal sealed record PublishedForm(
    PublishedFormat Format,
    IReadOnlyList<string> Extensions,
    string Name,
    long MaxBytes,
    Func<byte[], string, CancellationToken, IReadOnlyList<SourceItem>> Read);
