namespace GovReportDocs.Diagnostics;

/// <summary>
/// What a finding is, where code acts on one kind of finding: <c>check</c> and <c>import</c> group the missing numbers
/// of a table. Code asks this, never the message's words.
/// </summary>
internal enum FindingKind
{
    /// <summary>Any finding no code treats apart.</summary>
    Other,

    /// <summary>A table number with no value (blank, “/”, “-”, “—”, a key left out), with its <see cref="Diagnostic.Datum"/> when one cell.</summary>
    MissingValue,
}
