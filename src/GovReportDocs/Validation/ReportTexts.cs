using GovReportDocs.NationalFormat;
using GovReportDocs.Model;

namespace GovReportDocs.Validation;

/// <summary>The narrative an office wrote itself, each with the name a diagnostic gives it and its input key.</summary>
internal static class ReportTexts
{
    public static IEnumerable<(string Name, string Field, string Text)> Of(AnnualReport report)
    {
        foreach (var field in NarrativeFields.All)
        {
            if (field.Get(report) is { } text && !string.IsNullOrWhiteSpace(text))
            {
                yield return (field.Name, field.Key, text);
            }
        }

        foreach (var list in NarrativeFields.Lists)
        {
            foreach (var (item, i) in list.Get(report).Select((t, i) => (t, i)))
            {
                yield return ($"{list.Name}第{i + 1}项", list.Key, item);
            }
        }
    }
}
