using GovReportDocs;
using GovReportDocs.Model;
using GovReportDocs.NationalFormat;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>
/// 表三 of the circulated Word template, filled and exported to PDF by LibreOffice, copied with plain pdftotext: its
/// numbers come a band of rows and a column at a time, not by row, and are read only when the placements that fit agree.
/// </summary>
public class FilledTemplatePlainCopyTests
{
    private static readonly string Copy = Path.Combine(RepoPaths.CorpusFolder, "forms", "03-pingtan-czj-2024.template.pdftotext.txt");

    private static readonly ApplicationDatum OverdueCorrectionTotal = new(ApplicationRow.OtherOverdueCorrection, ApplicantColumn.Total);

    private static readonly ApplicationDatum OverdueCorrectionResearch = new(ApplicationRow.OtherOverdueCorrection, ApplicantColumn.ResearchInstitutions);

    [Fact]
    public void The_copy_reads_every_cell_of_table_three()
    {
        var check = GovReport.CheckPublished(Copy);

        ApplicationRows.All.SelectMany(r => ApplicantColumns.All.Select(c => new ApplicationDatum(r.Row, c)))
            .Where(d => check.Published!.Sheet[d] is null).ShouldBeEmpty();
        check.Published!.Sheet[new ApplicationDatum(ApplicationRow.ResultsTotal, ApplicantColumn.NaturalPersons)].ShouldBe(2);
        check.Diagnostics.Where(d => d.Rule == "R1" && d.Message.Contains("表三", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void Two_numbers_on_a_line_are_two_cells_of_a_row_not_a_page_number()
    {
        // `217 1`: 一's 自然人 and 商业企业, which normalising glues into `2171`, a page number's shape.
        var check = GovReport.CheckPublished(Path.Combine(RepoPaths.CorpusFolder, "forms", "01-pingtan-2024.template.pdftotext.txt"));

        check.Published!.Sheet[new ApplicationDatum(ApplicationRow.NewlyReceived, ApplicantColumn.NaturalPersons)].ShouldBe(217);
        check.Published.Sheet[new ApplicationDatum(ApplicationRow.ResultsTotal, ApplicantColumn.CommercialEnterprises)].ShouldBe(1);
    }

    [Fact]
    public void Numbers_two_placements_fit_differently_are_told_missing_not_guessed()
    {
        // （六）1 printed as `1` before its label, its 自然人 0 on the label's line, then `0 1 0 0 0`: 总计 1 before the label
        // and 科研机构 1, or 总计 the second of the five and 商业企业 the 1 before the label. Both keep the row's 总计.
        var lines = File.ReadAllLines(Copy);
        var label = Array.FindIndex(lines, l => l == "1.申请人无正当理由逾期不补正、");
        var total = Array.FindLastIndex(lines, label, l => l == "0");
        var row = Array.FindIndex(lines, label, l => l == "他处理");
        var second = Enumerable.Range(row, lines.Length - row).Where(i => lines[i] == "0").ElementAt(1);
        lines[total] = "1";
        lines[second] = "1";
        var folder = Directory.CreateTempSubdirectory("shuffled-");
        try
        {
            var path = Path.Combine(folder.FullName, "shuffled.txt");
            File.WriteAllLines(path, lines);

            var check = GovReport.CheckPublished(path);

            check.Published!.Sheet[OverdueCorrectionTotal].ShouldBeNull();
            check.Published.Sheet[OverdueCorrectionResearch].ShouldBeNull();
            check.Diagnostics.ShouldContain(d => d.Rule == "R1" && d.Message.Contains("表三", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_total_joined_onto_running_text_is_read_only_when_it_is_its_groups_total()
    {
        // 平潭 2024: 复议后起诉's `总计` / `19` stand among part 五's wrapped lines, the header joined onto them (`…不断扩总计`).
        var copy = Path.Combine(RepoPaths.CorpusFolder, "forms", "01-pingtan-2024.template.pdftotext.txt");
        var afterReview = new ReviewDatum(ReviewGroup.LitigationAfterReview, ReviewOutcome.Total);
        GovReport.CheckPublished(copy).Published!.Sheet[afterReview].ShouldBe(19);

        // Not 13+2+4+0: a sentence that happens to end in 总计, the number no total of the group.
        var lines = File.ReadAllLines(copy);
        lines[Array.LastIndexOf(lines, "19")] = "18";
        var folder = Directory.CreateTempSubdirectory("joined-total-");
        try
        {
            var path = Path.Combine(folder.FullName, "joined.txt");
            File.WriteAllLines(path, lines);

            var check = GovReport.CheckPublished(path);

            check.Published!.Sheet[afterReview].ShouldBeNull();
            check.Diagnostics.ShouldContain(d => d.Rule == "R1" && d.Message.Contains("表四", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
