using GovReportDocs.Normalization;

namespace GovReportDocs.Validation;

/// <summary>A part title found in a published report: which part (1–6), as printed, and where.</summary>
/// <param name="Number">1 for 一、总体情况 … 6 for 六、其他需要报告的事项.</param>
/// <param name="Printed">The title as printed.</param>
/// <param name="Line">Its source line.</param>
/// <param name="Index">Its position among the source items.</param>
internal sealed record FoundPart(int Number, string Printed, int Line, int Index)
{
    /// <summary>Whether it reads exactly as the format has it (after width and space normalisation).</summary>
    public bool IsVerbatim => ChineseNormalizer.Normalize(Printed) == ChineseNormalizer.Normalize(NationalFormat.PartTitles.All[Number - 1]);
}
