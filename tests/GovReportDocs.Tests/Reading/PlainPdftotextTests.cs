using System.Globalization;
using System.Text;
using GovReportDocs;
using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Reading;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>
/// Text copied out of a PDF with plain `pdftotext` (what Ctrl+C gives): one cell per line, a row as single numbers with
/// blank lines between, a stretch of close rows column by column, and the labels before, after or between the numbers.
/// </summary>
public class PlainPdftotextTests
{
    private static string Form(string name) => Path.Combine(RepoPaths.Root, "tests", "GovReportDocs.Tests", "Reading", "Forms", name);

    public static TheoryData<string, string> Copies() => new()
    {
        { RepoPaths.Corpus("18-hongze-2023-wps.pdf"), RepoPaths.Corpus("20-hongze-2023-pdftotext.txt") },
        { RepoPaths.Corpus("19-hongze-2024-wps.pdf"), RepoPaths.Corpus("22-hongze-2024-pdftotext.txt") },
        { Form("panzhou-2024-libreoffice.pdf"), Form("panzhou-2024-pdftotext.txt") },
    };

    [Theory]
    [MemberData(nameof(Copies))]
    public void A_plain_copy_reads_to_the_numbers_and_findings_of_its_pdf(string pdf, string copied)
    {
        var fromPdf = GovReport.CheckPublished(pdf);
        var fromText = GovReport.CheckPublished(copied);

        StatisticsSheet.AllData.Where(d => fromText.Published!.Sheet[d] != fromPdf.Published!.Sheet[d])
            .Select(d => $"{d.Describe()}: {fromText.Published!.Sheet[d]} ≠ {fromPdf.Published!.Sheet[d]}").ShouldBeEmpty();
        (fromText.Agency, fromText.Year).ShouldBe((fromPdf.Agency, fromPdf.Year));
        // A copy prints spaces between digits and letters (`2024 年`): a quoted sentence is compared without them.
        fromText.Diagnostics.Select(d => $"{d.Rule} {d.Severity} {d.Message.Replace(" ", "", StringComparison.Ordinal)}")
            .ShouldBe(fromPdf.Diagnostics.Select(d => $"{d.Rule} {d.Severity} {d.Message.Replace(" ", "", StringComparison.Ordinal)}"), ignoreOrder: true);
    }

    [Fact]
    public void Lines_cut_by_the_text_width_are_one_paragraph_over_a_page_number_and_a_heading_starts_its_own()
    {
        // As a copy of a PDF set 28 letters to the line: a sentence ends mid-line, the page breaks inside the next one.
        string[] lines =
        [
            "（一）主动公开情况。主要通过政府门户网站主动公开政府文件、项",
            "目审批、通知公告等各类政府信息，全年在政府网站平台主动发布",
            "各类政府信息二千余条。（二）依申请公开情况。规范办理流程，",
            "指导各部门采取自行办理、协同办理、会商办理相结合的工作方式",
            "确保依申请答复工作规范高效，区政府办代表区政府受理政府",
            "- 1 -",
            "",
            "信息公开申请 17 件，均已在法定期限内予以答复。",
            "（三）政府信息管理情况。加强区政府门户网站及政务新媒体日常管",
            "理，运用第三方检测平台实行常态化监测，新增信息审核发布报备。",
        ];

        var read = TestReader.ReadText("一、总体情况\n" + string.Join("\n", lines) + "\n", "wrapped.txt");

        read.Texts.ShouldContain(t => t.Contains("受理政府信息公开申请 17 件", StringComparison.Ordinal));
        read.Texts.ShouldContain(t => t.StartsWith("（三）政府信息管理情况", StringComparison.Ordinal) && t.EndsWith("报备。", StringComparison.Ordinal));
        read.Texts.ShouldContain("一、总体情况");
    }

    [Fact]
    public void Rows_printed_column_by_column_after_their_labels_are_read_in_their_cells()
    {
        // 表三 rows (三)1 to (四)1 as 洪泽区's plain copy prints them: their labels, then each column's nine numbers.
        var text = Table3(columnMajor: [.. Enumerable.Range(4, 9)]);

        var read = TestReader.ReadText(text, "plain.txt");

        ApplicationData.Where(d => read.Sheet[d] != Value(d)).Select(d => d.Describe()).ShouldBeEmpty();
    }

    [Fact]
    public void Rows_printed_column_by_column_one_number_short_are_told_missing_not_guessed()
    {
        var text = Table3(columnMajor: [.. Enumerable.Range(4, 9)], dropOne: true);

        var check = GovReport.CheckPublished(TestReader.ReadText(text, "plain.txt"));

        check.Diagnostics.ShouldContain(d => d.Rule == RuleIds.R1 && d.Message.Contains("属于国家秘密"));
        check.Published!.Sheet[ApplicationRow.DeniedStateSecret, ApplicantColumn.Total].ShouldBeNull();
    }

    [Fact]
    public void Review_numbers_with_a_header_label_printed_between_them_are_one_row()
    {
        // 洪泽区 2024: the third group's 总计 header lands between its fourth number and its fifth.
        var numbers = new[] { "1", "1", "0", "0", "2", "1", "0", "0", "0", "1", "2", "0", "1", "0", "总计", "3" };
        var text = "二、主动公开政府信息情况\n四、政府信息公开行政复议、行政诉讼情况\n行政复议\n\n行政诉讼\n未经复议直接起诉\n\n复议后起诉\n\n结果\n维持\n\n"
                   + string.Join("\n\n", numbers) + "\n\n五、存在的主要问题及改进情况\n无。\n";

        var read = TestReader.ReadText(text, "plain.txt");

        StatisticsSheet.AllData.OfType<ReviewDatum>().Select(d => read.Sheet[d]).ShouldBe([1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3]);
    }

    [Fact]
    public void A_decision_count_printed_before_its_label_is_its_number()
    {
        // 洪泽区 2023: 本年处理决定数量, then 550, then 行政许可; the fee likewise.
        var text = "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件数\n\n规章\n\n0\n\n0\n\n0\n\n"
                   + "行政规范性文件\n\n0\n\n5\n\n5\n\n第二十条第（五）项\n\n信息内容\n\n本年处理决定数量\n550\n\n行政许可\n\n第二十条第（六）项\n\n"
                   + "信息内容\n\n本年处理决定数量\n\n行政处罚\n\n4119\n\n行政强制\n\n195\n第二十条第（八）项\n信息内容\n\n本年收费金额（单位：万元）\n"
                   + "7730.28\n\n行政事业性收费\n\n三、收到和处理政府信息公开申请情况\n申请人情况\n五、存在的主要问题及改进情况\n无。\n";

        var read = TestReader.ReadText(text, "plain.txt");

        (read.Sheet[ProactiveItem.Licensing], read.Sheet[ProactiveItem.Punishment], read.Sheet[ProactiveItem.Enforcement], read.Sheet[ProactiveItem.FeesTenThousandYuan])
            .ShouldBe((550m, 4119m, 195m, 7730.28m));
        (read.Sheet[ProactiveItem.NormativeIssued], read.Sheet[ProactiveItem.NormativeInForce]).ShouldBe((0m, 5m));
    }

    [Fact]
    public void A_column_printed_after_the_rows_under_its_header_is_read_in_its_cells()
    {
        // The filled template's plain copy: each row's label with its first two numbers, then 现行有效件数 and its column.
        var read = TestReader.ReadText(Table2("规章\n\n0\n\n0\n\n行政规范性文件\n\n62\n\n33\n\n现行有效件数\n\n0\n440\n\n"), "plain.txt");

        Table2Numbers(read.Sheet).ShouldBe([0m, 0m, 0m, 62m, 33m, 440m]);
    }

    [Fact]
    public void A_first_cell_on_its_label_line_and_the_other_cells_apart_after_the_rows_are_read_row_by_row()
    {
        // 平潭 2023 printed by Chromium: 77 on its label's line, then the other columns a row at a time as single numbers.
        var read = TestReader.ReadText(Table2("规章\n\n0\n\n行政规范性文件 77\n\n0\n\n0\n\n132\n\n470\n\n"), "plain.txt");

        Table2Numbers(read.Sheet).ShouldBe([0m, 0m, 0m, 77m, 132m, 470m]);
    }

    [Fact]
    public void Columns_printed_after_the_rows_with_blank_lines_between_their_numbers_are_read_by_their_headers()
    {
        // Each row's label with its first number, then 本年废止件数 and its column, 现行有效件数 and its column, the
        // numbers of each column apart: the headers between them say the numbers come a column at a time, not a row.
        var read = TestReader.ReadText(Table2("规章\n\n0\n\n行政规范性文件\n\n62\n\n本年废止件数\n\n0\n\n33\n\n现行有效件数\n\n0\n\n440\n\n"), "plain.txt");

        Table2Numbers(read.Sheet).ShouldBe([0m, 0m, 0m, 62m, 33m, 440m]);
    }

    [Fact]
    public void A_lone_number_set_far_from_its_label_is_no_first_cell()
    {
        // pdftotext -layout spaces a row's cells out by their place on the page: 77 alone far right of its label may
        // be any of the row's cells (here 现行有效件数, the other two blank), so the row is told missing, not guessed.
        var check = GovReport.CheckPublished(TestReader.ReadText(
            "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容       本年制发件数     本年废止件数     现行有效件数\n"
            + "规章                    0                0                 0\n行政规范性文件                                            77\n"
            + "三、收到和处理政府信息公开申请情况\n申请人情况\n五、存在的主要问题及改进情况\n无。\n", "layout.txt"));

        Table2Numbers(check.Published!.Sheet).ShouldBe([0m, 0m, 0m, null, null, null]);
        // The last row of its group read, the table is told cut after 规章.
        check.Diagnostics.ShouldContain(d => d.Rule == RuleIds.R1 && d.Message.Contains("表二在“规章”行之后中断", StringComparison.Ordinal));
    }

    [Fact]
    public void A_column_printed_after_the_rows_one_number_short_is_told_missing_not_guessed()
    {
        var check = GovReport.CheckPublished(TestReader.ReadText(Table2("规章\n\n0\n\n0\n\n行政规范性文件\n\n62\n\n33\n\n现行有效件数\n\n440\n\n"), "plain.txt"));

        Table2Numbers(check.Published!.Sheet).ShouldBe([0m, 0m, null, 62m, 33m, null]);
        check.Diagnostics.ShouldContain(d => d.Rule == RuleIds.R1 && d.Message.Contains("现行有效件数", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(14, false)]
    public void Single_numbers_apart_from_their_labels_are_read_row_by_row_unless_a_header_stands_after_its_column(int totalHeaderAfter, bool read)
    {
        // 表三's labels, then its 175 numbers as single numbers apart; the 总计 header printed after the given count of
        // them. After 14 (平潭海坛 2024 printed by Chromium) the order was not row by row: the numbers are told missing.
        var numbers = ApplicationData.Select(d => Value(d).ToString(CultureInfo.InvariantCulture)).ToList();
        numbers.Insert(totalHeaderAfter, "总计");
        var text = "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n申请人情况\n\n法人或其他组织\n\n"
                   + string.Join("\n", ApplicationRows.All.Select(r => r.Label)) + "\n\n" + string.Join("\n\n", numbers)
                   + "\n\n四、政府信息公开行政复议、行政诉讼情况\n行政复议\n\n五、存在的主要问题及改进情况\n无。\n";

        var sheet = TestReader.ReadText(text, "plain.txt").Sheet;

        if (read)
        {
            ApplicationData.Where(d => sheet[d] != Value(d)).Select(d => d.Describe()).ShouldBeEmpty();
        }
        else
        {
            // The walk by label still gives the last label the numbers after it; every other row is told missing.
            ApplicationData.Where(d => d.Row != ApplicationRow.CarriedForward && sheet[d] is not null).Select(d => d.Describe()).ShouldBeEmpty();
        }
    }

    /// <summary>表二 as plain pdftotext prints it, its 第二十条第（一）项 group's rows as given, the other groups' numbers 1 to 4.</summary>
    private static string Table2(string rules) =>
        "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n\n本年制发件数\n\n本年废止件数\n\n" + rules
        + "第二十条第（五）项\n信息内容\n行政许可\n\n本年处理决定数量\n\n1\n\n第二十条第（六）项\n信息内容\n\n本年处理决定数量\n\n行政处罚\n\n2\n\n"
        + "行政强制\n\n3\n\n第二十条第（八）项\n信息内容\n行政事业性收费\n\n本年收费金额（单位：万元）\n\n4\n\n"
        + "三、收到和处理政府信息公开申请情况\n申请人情况\n五、存在的主要问题及改进情况\n无。\n";

    private static decimal?[] Table2Numbers(StatisticsSheet sheet) =>
    [
        sheet[ProactiveItem.RulesIssued], sheet[ProactiveItem.RulesRepealed], sheet[ProactiveItem.RulesInForce],
        sheet[ProactiveItem.NormativeIssued], sheet[ProactiveItem.NormativeRepealed], sheet[ProactiveItem.NormativeInForce],
    ];

    private static readonly ApplicationDatum[] ApplicationData =
        [.. ApplicationRows.All.SelectMany(r => ApplicantColumns.All.Select(c => new ApplicationDatum(r.Row, c)))];

    /// <summary>A number for each cell, different in each, so that a number in the wrong cell shows.</summary>
    private static decimal Value(ApplicationDatum d) => ((int)d.Row + 1) * 10 + (int)d.Column;

    /// <summary>
    /// 表三 as plain pdftotext prints it: each row its label and single numbers apart, except the given rows (indexes
    /// into the 25 rows), printed as their labels and then their numbers column by column.
    /// </summary>
    private static string Table3(int[] columnMajor, bool dropOne = false)
    {
        var text = new StringBuilder("二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n申请人情况\n\n法人或其他组织\n自然人\n\n总计\n\n");
        for (var r = 0; r < ApplicationRows.All.Count; r++)
        {
            if (r == columnMajor[0])
            {
                foreach (var row in columnMajor)
                {
                    text.Append(ApplicationRows.All[row].Label).Append('\n');
                }

                text.Append('\n');
                foreach (var column in ApplicantColumns.All)
                {
                    var cells = columnMajor.Select(row => Value(new ApplicationDatum(ApplicationRows.All[row].Row, column)).ToString(CultureInfo.InvariantCulture)).ToList();
                    if (dropOne && column == ApplicantColumn.CommercialEnterprises)
                    {
                        cells.RemoveAt(cells.Count - 1);
                    }

                    text.Append(string.Join('\n', cells)).Append("\n\n");
                }
            }

            if (columnMajor.Contains(r))
            {
                continue;
            }

            text.Append(ApplicationRows.All[r].Label).Append("\n\n");
            foreach (var column in ApplicantColumns.All)
            {
                text.Append(Value(new ApplicationDatum(ApplicationRows.All[r].Row, column))).Append("\n\n");
            }
        }

        return text.Append("四、政府信息公开行政复议、行政诉讼情况\n行政复议\n\n五、存在的主要问题及改进情况\n无。\n").ToString();
    }
}
