namespace GovReportDocs.Summary;

/// <summary>Placeholder until the workbook is written.</summary>
internal static class SummaryWorkbook
{
    public static byte[] Write(RegionModel model) => throw new NotSupportedException(model.Years.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
