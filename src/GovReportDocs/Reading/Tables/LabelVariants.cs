using GovReportDocs.NationalFormat;

namespace GovReportDocs.Reading.Tables;

/// <summary>
/// Other wordings of the format's row labels that real reports print (the 2019 format's 规范性文件, typing slips).
/// A variant is read as its label, and reported once as an R9 warning, never as missing numbers.
/// </summary>
internal static class LabelVariants
{
    private static readonly Dictionary<string, string[]> Variants = new()
    {
        [ProactiveLabels.NormativeDocuments] = ["规范性文件"],
        [ApplicationRows.Of(Model.ApplicationRow.DeniedEnforcementFiles).Label] = ["7.属于行政执法案件"],
    };

    /// <summary>The variants of a label (none for most).</summary>
    public static IReadOnlyList<string> Of(string label) => Variants.TryGetValue(label, out var variants) ? variants : [];
}
