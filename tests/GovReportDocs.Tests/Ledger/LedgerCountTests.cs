using GovReportDocs.NationalFormat;
using GovReportDocs.Ledger;
using GovReportDocs.Model;
using GovReportDocs.Xlsx;

namespace GovReportDocs.Tests.Ledger;

public class LedgerCountTests
{
    private static readonly DateOnly March2025 = new(2025, 3, 1);

    private static LedgerCount Count(params object?[][] rows)
    {
        var sheets = LedgerTemplate.Sheets().ToList();
        sheets[0] = LedgerFixture.WithRows(sheets[0], 1, rows);
        return GovReport.CountLedger(new MemoryStream(XlsxPackage.ToBytes(sheets)), "台账.xlsx", 2025);
    }

    private static string Granted => LedgerLabels.OutcomeLabel(ApplicationRow.Granted);

    [Fact]
    public void Each_year_rule_puts_an_application_in_its_rows()
    {
        var count = Count(
            [March2025, "张三", "自然人", "甲", Granted, new DateOnly(2025, 3, 10)],                  // row 2: 一 and （一）
            [new DateOnly(2024, 12, 20), "某公司", "商业企业", "乙", Granted, new DateOnly(2025, 1, 5)], // row 3: 二 and （一）
            [new DateOnly(2025, 12, 28), "李四", "自然人", "丙", null, null],                          // row 4: 一 and 四
            [new DateOnly(2024, 12, 30), "王五", "其他", "丁", Granted, new DateOnly(2026, 1, 8)],      // row 5: 二 and 四
            [new DateOnly(2024, 5, 1), "赵六", "自然人", "戊", Granted, new DateOnly(2024, 5, 9)],      // 2024's only
            [new DateOnly(2026, 1, 2), "钱七", "自然人", "己", null, null]);                          // 2026's only
        count.Unplaced.ShouldBeEmpty();
        count.OtherYears.ShouldBe(2);
        count.Applications.NewlyReceived.ShouldBe(new ApplicantCounts(2, 0, 0, 0, 0, 0));
        count.Applications.CarriedOver.ShouldBe(new ApplicantCounts(0, 1, 0, 0, 0, 1));
        count.Applications[ApplicationRow.Granted].ShouldBe(new ApplicantCounts(1, 1, 0, 0, 0, 0));
        count.Applications.CarriedForward.ShouldBe(new ApplicantCounts(1, 0, 0, 0, 0, 1));
        count.RowsBehind(new ApplicationDatum(ApplicationRow.CarriedForward, ApplicantColumn.Total)).Select(r => r.Row.Row).ShouldBe([4, 5]);
        count.RowsBehind(new ApplicationDatum(ApplicationRow.ResultsTotal, ApplicantColumn.Total)).Select(r => r.Row.Row).ShouldBe([2, 3]);
    }

    [Fact]
    public void Every_row_that_cannot_be_placed_is_reported_with_its_sheet_row_and_reason_and_counted_nowhere()
    {
        var count = Count(
            [March2025, "甲", "自然人", "一", Granted, March2025],
            [null, "乙", "自然人", "二", Granted, March2025],
            ["三月初", "丙", "自然人", "三", Granted, March2025],
            [March2025, "丁", "自然人", "四", "已办", March2025],
            [March2025, "戊", "外国人", "五", Granted, March2025],
            [March2025, "甲", "自然人", "一", Granted, March2025],
            [March2025, "己", "自然人", "六", "不予公开", March2025],
            [March2025, "庚", "自然人", "七", null, March2025],
            [March2025, "辛", "自然人", "八", Granted, null],
            [March2025, "壬", "自然人", "九", Granted, new DateOnly(2025, 2, 1)],
            [new DateOnly(1999, 3, 1), "癸", "自然人", "十", Granted, March2025]);
        count.Unplaced.Select(f => f.ToString()).ShouldBe(
        [
            "工作表“政府信息公开申请”第3行：没有收到日期，无法确定属于哪一年",
            "工作表“政府信息公开申请”第4行：收到日期“三月初”不是日期；应写成 2025-03-01 这样的日期",
            "工作表“政府信息公开申请”第5行：办理结果“已办”不是表三的办理结果之一，无法归入；应为“（一）予以公开”等21项之一",
            "工作表“政府信息公开申请”第6行：申请人类别“外国人”不是表三的申请人类别，无法归入；应为自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他之一",
            "工作表“政府信息公开申请”第7行：与工作表“政府信息公开申请”第2行重复（收到日期、申请人和申请内容都相同），未重复统计",
            "工作表“政府信息公开申请”第8行：办理结果“不予公开”未说明是（三）不予公开中的哪一项（1.属于国家秘密、2.其他法律行政法规禁止公开、3.危及“三安全一稳定”、4.保护第三方合法权益、5.属于三类内部事务信息、6.属于四类过程性信息、7.属于行政执法案卷、8.属于行政查询事项），无法归入表三",
            "工作表“政府信息公开申请”第9行：已于2025-03-01答复，但没有办理结果",
            "工作表“政府信息公开申请”第10行：有办理结果“（一）予以公开”但没有答复日期，无法确定在哪一年办结",
            "工作表“政府信息公开申请”第11行：答复日期2025-02-01早于收到日期2025-03-01",
            "工作表“政府信息公开申请”第12行：收到日期1999-03-01不可能是申请的日期（条例自2008-05-01施行）；请核对年份",
        ]);
        count.Applications.NewlyReceived.Total.ShouldBe(1);
        count.Applications.ResultsTotal.Total.ShouldBe(1);
    }

    [Theory]
    [InlineData("（一）予以公开", ApplicationRow.Granted)]
    [InlineData("(一)予以公开", ApplicationRow.Granted)]
    [InlineData("予以公开", ApplicationRow.Granted)]
    [InlineData("部分公开", ApplicationRow.PartiallyGranted)]
    [InlineData("（三）不予公开·1.属于国家秘密", ApplicationRow.DeniedStateSecret)]
    [InlineData("不予公开（国家秘密）", ApplicationRow.DeniedStateSecret)]
    [InlineData("本机关不掌握相关政府信息", ApplicationRow.UnableNotHeld)]
    [InlineData("重复申请", ApplicationRow.NotProcessedRepeated)]
    [InlineData("其他处理-其他", ApplicationRow.OtherOther)]
    public void Outcome_words_match_the_format_rows(string word, ApplicationRow row) =>
        LedgerWords.Outcome(word).Value.ShouldBe(row);

    [Theory]
    [InlineData("征求第三方意见后予以公开")]
    [InlineData("其他")]
    [InlineData("已办结")]
    public void An_outcome_word_that_fits_several_rows_or_none_is_not_guessed(string word) =>
        LedgerWords.Outcome(word).Value.ShouldBeNull();

    [Fact]
    public void Reviews_and_lawsuits_count_in_the_year_of_their_date_by_result()
    {
        var sheets = LedgerTemplate.Sheets().ToList();
        sheets[1] = LedgerFixture.WithRows(sheets[1], 1, [
            [March2025, "甲诉本机关", "结果维持"], [March2025, "乙", "纠正"], [new DateOnly(2024, 6, 1), "丙", "维持"], [March2025, "丁", null]]);
        sheets[2] = LedgerFixture.WithRows(sheets[2], 1, [
            [March2025, "戊", "未经复议直接起诉", "尚未审结"], [March2025, "己", "复议后起诉", "其他结果"], [March2025, "庚", "上诉", "维持"]]);
        var count = GovReport.CountLedger(new MemoryStream(XlsxPackage.ToBytes(sheets)), "台账.xlsx", 2025);
        count.Review.Review.ShouldBe(new ReviewOutcomes(1, 1, 0, 0));
        count.Review.LitigationDirect.ShouldBe(new ReviewOutcomes(0, 0, 0, 1));
        count.Review.LitigationAfterReview.ShouldBe(new ReviewOutcomes(0, 0, 1, 0));
        count.Unplaced.Select(f => f.ToString()).ShouldBe(
        [
            "工作表“行政复议”第5行：没有结果；未审结的应填“尚未审结”",
            "工作表“行政诉讼”第4行：起诉方式“上诉”无法识别；应为未经复议直接起诉或复议后起诉",
        ]);
        count.RowsBehind(new ReviewDatum(ReviewGroup.Review, ReviewOutcome.Total)).Select(r => r.Who).ShouldBe(["甲诉本机关", "乙"]);
    }

    [Fact]
    public void Merged_cells_in_the_body_text_in_date_columns_and_formulas_are_reported_or_read_as_shown()
    {
        var sheets = LedgerTemplate.Sheets().ToList();
        var category = LedgerLabels.Categories[0].Label;
        sheets[0] = LedgerFixture.WithRows(sheets[0], 1, [
            [March2025, "甲", category, "一", Granted, March2025],
            [March2025, "乙", null, "二", Granted, March2025],
            // A date worked out by a formula counts as the date it shows.
            [new XlsxCell(0, 0, XlsxStyle.Date, Number: March2025.ToDateTime(TimeOnly.MinValue).ToOADate(), Formula: "DATE(2025,3,1)"), "丙", category, "三", Granted, "2025年3月9日"],
        ]) with { Merges = [new XlsxMerge(1, 2, 2, 2)] };
        var count = GovReport.CountLedger(new MemoryStream(XlsxPackage.ToBytes(sheets)), "台账.xlsx", 2025);
        count.Unplaced.Select(f => f.ToString()).ShouldBe(
            ["工作表“政府信息公开申请”第3行：“申请人类别”在合并单元格中，值只记在合并区域的第一行，无法确定本行的值；请取消合并并逐行填写"]);
        count.Applications.NewlyReceived.NaturalPersons.ShouldBe(2);
    }

    [Fact]
    public void A_sheet_named_for_a_year_reports_a_date_of_another_year()
    {
        var sheet = LedgerFixture.WithRows(LedgerTemplate.Sheets()[0] with { Name = "2025年" }, 1, [
            [new DateOnly(2024, 3, 1), "甲", "自然人", "一", Granted, new DateOnly(2025, 3, 5)]]);
        var count = GovReport.CountLedger(new MemoryStream(XlsxPackage.ToBytes([sheet])), "台账.xlsx", 2025);
        count.Unplaced.Single().ToString().ShouldBe("工作表“2025年”第2行：收到日期2024-03-01在2024年，而所在工作表是2025年的；请核对年份");
    }
}
