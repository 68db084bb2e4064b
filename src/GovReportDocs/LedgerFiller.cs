using GovReportDocs.Diagnostics;
using GovReportDocs.Files;
using GovReportDocs.Input;
using GovReportDocs.Ledger;

namespace GovReportDocs;

/// <summary>An input file's text with a ledger's counts written into 表三 and 表四.</summary>
/// <param name="Text">The new text.</param>
/// <param name="CommentsKept">True when the counts were written in place, keeping every comment and blank line of the file;
/// false when the file had to be written anew (its comments are then lost).</param>
public sealed record FilledInput(string Text, bool CommentsKept);

/// <summary>
/// Writes a ledger's counts into an input file the way the web editor saves one: the changed values in place, so the
/// office's comments stay, and only when the result reads back to exactly the report meant; otherwise the whole file.
/// </summary>
internal static class LedgerFiller
{
    public static FilledInput Fill(string text, string name, LedgerCount count)
    {
        if (InputParser.FormatOf(name) == InputFormat.Json)
        {
            throw new ReportReadException(name, "只能写入 YAML 输入文件（.yaml、.yml）：JSON 文件请用 govreport ledger count --json 取得统计数");
        }

        var document = GovReport.Parse(text, name, InputFormat.Yaml);
        if (document.Report is not { } report || document.Diagnostics.Any(d => d.Rule == RuleIds.Input && d.Severity == Severity.Error))
        {
            throw new ReportReadException(name, "输入文件有错误，无法写入台账的统计数：请先用 govreport validate 检查并改正");
        }

        if (report.Year != count.Year)
        {
            throw new ReportReadException(name, $"输入文件的年度为{report.Year}年，台账统计的是{count.Year}年；请用 --year {report.Year} 统计，或换用{count.Year}年的输入文件");
        }

        var filled = report with { Applications = count.Applications, ReviewAndLitigation = count.Review };
        var meant = GovReport.ToInputYaml(filled, comments: false);
        if (YamlValueEdit.Apply(text, meant) is { } edited
            && GovReport.Parse(edited, name, InputFormat.Yaml).Report is { } reread
            && GovReport.ToInputYaml(reread, comments: false) == meant)
        {
            return new FilledInput(edited, CommentsKept: true);
        }

        return new FilledInput(GovReport.ToInputYaml(filled), CommentsKept: false);
    }
}
