using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Tests.Support;
using GovReportDocs.Validation;

namespace GovReportDocs.Tests.Validation;

/// <summary>R1–R5 on numbers as printed: each test breaks one rule and reads its diagnostic.</summary>
public class TableRuleTests
{
    private static StatisticsSheet PanzhouSheet => StatisticsSheet.FromReport(Samples.Panzhou);

    private static ValidationResult Check(StatisticsSheet sheet) =>
        ReportValidator.Validate(new ValidationContext(Samples.Panzhou, sheet));

    [Fact]
    public void The_samples_break_no_table_rule()
    {
        foreach (var report in new[] { Samples.Panzhou, Samples.Mengga })
        {
            ReportValidator.Validate(report).Errors.ShouldBeEmpty();
        }
    }

    [Fact]
    public void R1_a_blank_cell_is_missing_not_zero()
    {
        var datum = new ApplicationDatum(ApplicationRow.UnableNotHeld, ApplicantColumn.NaturalPersons);
        var result = Check(PanzhouSheet.With(datum, null));
        var finding = result.Single(RuleIds.R1, Severity.Error);
        finding.Datum.ShouldBe(datum);
        finding.Message.ShouldBe("表三 第三行（四）1“本机关不掌握相关政府信息” 自然人列缺少数值：应为非负整数，空白、“/”、“-”、“—”不视为0");
    }

    [Fact]
    public void R1_counts_are_non_negative_integers()
    {
        var result = Check(PanzhouSheet
            .With(new ProactiveDatum(ProactiveItem.Licensing), -1)
            .With(new ReviewDatum(ReviewGroup.Review, ReviewOutcome.Other), 1.5m));
        result.Of(RuleIds.R1).Select(d => d.Message).ShouldBe(
        [
            "表二 “行政许可”行应为非负整数，实际为-1",
            "表四 行政复议“其他结果”列应为非负整数，实际为1.5",
        ]);
    }

    [Fact]
    public void R1_the_fee_amount_may_be_a_decimal_but_not_negative()
    {
        var fees = new ProactiveDatum(ProactiveItem.FeesTenThousandYuan);
        Check(PanzhouSheet.With(fees, 1.25m)).Of(RuleIds.R1).ShouldBeEmpty();
        Check(PanzhouSheet.With(fees, -0.5m)).Single(RuleIds.R1, Severity.Error).Message
            .ShouldBe("表二 “行政事业性收费”行应为非负数（单位：万元），实际为-0.5");
    }

    [Fact]
    public void R2_received_must_equal_handled_plus_carried_forward_in_each_column()
    {
        var report = Samples.Panzhou with
        {
            Applications = Samples.Panzhou.Applications.With(ApplicationRow.CarriedForward, new ApplicantCounts(4, 0, 0, 0, 0, 0)),
        };
        var findings = ReportValidator.Validate(report).Of(RuleIds.R2);
        findings.Select(d => d.Message).ShouldBe(
        [
            "表三 自然人列 第一项加第二项之和应等于第三项（七）总计加第四项之和：一+二为37，三（七）+四为38",
            "表三 总计列 第一项加第二项之和应等于第三项（七）总计加第四项之和：一+二为37，三（七）+四为38",
        ]);
        findings.ShouldAllBe(d => d.Severity == Severity.Error);
    }

    [Fact]
    public void R3_the_printed_results_total_must_be_the_sum_of_the_21_result_rows()
    {
        var total = new ApplicationDatum(ApplicationRow.ResultsTotal, ApplicantColumn.NaturalPersons);
        var finding = Check(PanzhouSheet.With(total, 35)).Single(RuleIds.R3, Severity.Error);
        finding.Message.ShouldBe("表三 第三行（七）“总计” 自然人列应为34（（一）至（六）21项办理结果之和），实际为35");
        finding.Datum.ShouldBe(total);
    }

    [Fact]
    public void R4_the_printed_row_total_must_be_the_sum_of_the_applicant_columns()
    {
        // 盘州市 published its row 二 with 总计 0 although the parts sum to 4.
        var total = new ApplicationDatum(ApplicationRow.CarriedOver, ApplicantColumn.Total);
        var result = Check(PanzhouSheet.With(total, 0));
        result.Single(RuleIds.R4, Severity.Error).Message.ShouldBe("表三 第二行“上年结转” 总计列应为4（各申请人类别之和），实际为0");
        result.Single(RuleIds.R2, Severity.Error).Message.ShouldContain("总计列");
    }

    [Fact]
    public void R5_each_table4_group_total_must_be_the_sum_of_its_outcomes()
    {
        var total = new ReviewDatum(ReviewGroup.LitigationAfterReview, ReviewOutcome.Total);
        Check(PanzhouSheet.With(total, 1)).Single(RuleIds.R5, Severity.Error).Message
            .ShouldBe("表四 行政诉讼“复议后起诉”“总计”列应为2（结果维持、结果纠正、其他结果、尚未审结之和），实际为1");
    }

    [Fact]
    public void A_missing_part_does_not_produce_a_second_sum_error()
    {
        var result = Check(PanzhouSheet.With(new ApplicationDatum(ApplicationRow.Granted, ApplicantColumn.NaturalPersons), null));
        result.Of(RuleIds.R1).Count.ShouldBe(1);
        result.Of(RuleIds.R3).ShouldBeEmpty();
        result.Of(RuleIds.R4).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void A_report_built_from_the_model_never_breaks_R1_R3_R4_R5(int seed)
    {
        var random = new Random(seed);
        ApplicantCounts Row() => new(random.Next(50), random.Next(5), random.Next(3), random.Next(3), random.Next(2), random.Next(4));
        var rows = ApplicationStatistics.EnteredRows.ToDictionary(r => r, _ => Row());
        var report = AnnualReport.Empty("某县某局", 2024) with
        {
            Applications = ApplicationStatistics.FromRows(rows),
            ReviewAndLitigation = new ReviewAndLitigation(
                new ReviewOutcomes(random.Next(9), random.Next(9), random.Next(9), random.Next(9)),
                new ReviewOutcomes(random.Next(9), random.Next(9), random.Next(9), random.Next(9)),
                new ReviewOutcomes(0, 0, 0, 0)),
        };
        var rules = ReportValidator.Validate(report).Diagnostics.Select(d => d.Rule).ToHashSet();
        rules.ShouldNotContain(RuleIds.R1);
        rules.ShouldNotContain(RuleIds.R3);
        rules.ShouldNotContain(RuleIds.R4);
        rules.ShouldNotContain(RuleIds.R5);
    }
}
