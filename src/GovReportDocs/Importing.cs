using System.Text;
using GovReportDocs.Diagnostics;
using GovReportDocs.Format;
using GovReportDocs.Model;
using GovReportDocs.Reading;

namespace GovReportDocs;

/// <summary>
/// Turns a published report into an input model: numbers it lacks become 0 with a warning each, its text becomes
/// literal text (braces escaped, so nothing published can act as a template), parts 五 and 六 follow as comments.
/// </summary>
internal static class Importing
{
    public static ImportedReport Import(PublishedReport published)
    {
        var notes = new List<Diagnostic>();
        var structure = published.Structure;
        foreach (var datum in StatisticsSheet.AllData.Where(d => published.Sheet[d] is null && structure.TablesFound.Any(t => t.Name == d.Table)))
        {
            notes.Add(Diagnostic.Warning(RuleIds.R1, $"{datum.Describe()}在原报告中缺失，已按0写入，请核对", datum) with
            {
                Source = published.Locate(datum) ?? new SourceLocation(published.File, 1, 1),
            });
        }

        foreach (var table in ReportTables.All.Where(t => !structure.TablesFound.Contains(t)))
        {
            notes.Add(Diagnostic.Warning(RuleIds.R9, $"原报告中没有{table.Name}，已按全部为0写入，请核对") with
            {
                Source = new SourceLocation(published.File, 1, 1),
            });
        }

        var report = published.Report;
        foreach (var field in NarrativeFields.All)
        {
            report = field.Set(report, Literal(field.Get(report)));
        }

        return new ImportedReport(report, notes, Appendix(published));
    }

    /// <summary>Published text is literal: <c>{{</c> in it is written as <c>\{{</c> so it is printed, not evaluated.</summary>
    private static string? Literal(string? text) => text?.Replace("{{", "\\{{", StringComparison.Ordinal);

    /// <summary>Parts 五 and 六 as published, as comments: the contract has no free text for them.</summary>
    private static string Appendix(PublishedReport published)
    {
        var text = new StringBuilder();
        foreach (var (number, name) in new[] { (5, PartTitles.Problems), (6, PartTitles.OtherMatters) })
        {
            if (published.Structure.PartTexts.TryGetValue(number, out var part))
            {
                text.Append("\n# 原报告“").Append(name).Append("”（供参考）：\n");
                foreach (var line in part.Split('\n'))
                {
                    text.Append("#   ").Append(line.Replace('\r', ' ')).Append('\n');
                }
            }
        }

        return text.ToString();
    }
}
