using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Reading;
using GovReportDocs.Reading.Lines;
using GovReportDocs.Validation;

namespace GovReportDocs.Summary;

/// <summary>
/// Where a finding is, in the words of the report rather than of its file: 第三部分 表三 第二行“上年结转” 总计列 for a
/// number, 第五部分（存在的主要问题及改进情况） for a text or a line inside that part, 全文 for the report as a whole.
/// A reviewer reads the report, not the HTML source it was saved as.
/// </summary>
internal static class FindingPlaces
{
    public const string Whole = "全文";

    private const string Opening = "标题、开头和落款";

    /// <summary>The place of a finding of a published report, by its number, its key, or the part its line falls in.</summary>
    public static string Of(Diagnostic diagnostic, PrintedStructure? structure)
    {
        if (diagnostic.Datum is { } datum)
        {
            return $"{PartName(PartOfTable(datum.Table))} {datum.Describe()}";
        }

        if ((diagnostic.Field ?? diagnostic.Source?.KeyPath) is { Length: > 0 } key && PartOfKey(key) is { } byKey)
        {
            return byKey == 0 ? Opening : PartWithTitle(byKey);
        }

        if (structure is not null && diagnostic.Source is { } source && source.Line > 1 && structure.Parts.Count > 0)
        {
            var line = source.Page is { } page ? PageLines.Encode(page, source.Line) : source.Line;
            var part = structure.Parts.Where(p => p.Line <= line).MaxBy(p => p.Line);
            return part is null ? Opening : PartWithTitle(part.Number);
        }

        return Whole;
    }

    /// <summary>`第三部分`.</summary>
    public static string PartName(int number) => $"第{PartTitles.All[number - 1][0]}部分";

    /// <summary>`第五部分（存在的主要问题及改进情况）`.</summary>
    private static string PartWithTitle(int number)
    {
        var title = PartTitles.All[number - 1];
        return $"{PartName(number)}（{title[(title.IndexOf('、') + 1)..]}）";
    }

    private static int PartOfTable(string tableName) =>
        PrintedStructure.PartNumberOf(ReportTables.All.First(t => t.Name == tableName));

    /// <summary>The part an input key (or a finding's field) belongs to; 0 for the title and closing; null when none.</summary>
    private static int? PartOfKey(string key) => key.Split('.', '[')[0] switch
    {
        "overview" => 1,
        "proactive" => 2,
        "applications" => 3,
        "reviewAndLitigation" => 4,
        "problems" => 5,
        "otherMatters" => 6,
        "agency" or "year" or "agencyKind" or "publishDate" or "preamble" or "contact" or "previousYear" => 0,
        _ => null,
    };
}
