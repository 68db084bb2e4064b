using GovReportDocs.Diagnostics;
using GovReportDocs.Model;
using GovReportDocs.Tests.Support;
using GovReportDocs.Validation;

namespace GovReportDocs.Tests.Validation;

public class CrossYearRuleTests
{
    /// <summary>A 2023 report that hands 盘州市's 2024 numbers over exactly.</summary>
    private static AnnualReport Consistent2023 => Samples.Panzhou with
    {
        Year = 2023,
        Applications = ApplicationStatistics.Zero.With(ApplicationRow.CarriedForward, new ApplicantCounts(4, 0, 0, 0, 0, 0)),
        Proactive = ProactiveDisclosure.Zero with { NormativeDocuments = new DocumentCounts(5, 2, 43) },
    };

    [Fact]
    public void R6_holds_when_last_year_hands_over_exactly()
    {
        ReportValidator.Validate(Samples.Panzhou, Consistent2023).Of(RuleIds.R6).ShouldBeEmpty();
    }

    [Fact]
    public void R6_is_not_checked_without_last_year()
    {
        ReportValidator.Validate(Samples.Panzhou).Of(RuleIds.R6).ShouldBeEmpty();
    }

    [Fact]
    public void R6_carried_over_must_equal_last_years_carried_forward_per_column()
    {
        var previous = Consistent2023 with
        {
            Applications = ApplicationStatistics.Zero.With(ApplicationRow.CarriedForward, new ApplicantCounts(5, 1, 0, 0, 0, 0)),
        };
        var findings = ReportValidator.Validate(Samples.Panzhou, previous).Of(RuleIds.R6);
        findings.Select(d => d.Message).ShouldBe(
        [
            "表三 第二行“上年结转” 自然人列应为5（上年报告第四行“结转下年度”），实际为4",
            "表三 第二行“上年结转” 商业企业列应为1（上年报告第四行“结转下年度”），实际为0",
            "表三 第二行“上年结转” 总计列应为6（上年报告第四行“结转下年度”），实际为4",
        ]);
        findings.ShouldAllBe(d => d.Severity == Severity.Error);
    }

    [Fact]
    public void R6_documents_in_force_follow_from_last_year_as_a_warning()
    {
        var previous = Consistent2023 with { Proactive = ProactiveDisclosure.Zero with { NormativeDocuments = new DocumentCounts(5, 2, 40) } };
        var finding = ReportValidator.Validate(Samples.Panzhou, previous).Single(RuleIds.R6, Severity.Warning);
        finding.Message.ShouldStartWith("表二 “行政规范性文件”行“现行有效件数”列应为31（上年现行有效40+本年制发4−本年废止13），实际为34");
    }

    [Fact]
    public void R6_last_years_report_must_be_of_the_year_before()
    {
        var finding = ReportValidator.Validate(Samples.Panzhou, Consistent2023 with { Year = 2022 }).Single(RuleIds.R6, Severity.Warning);
        finding.Message.ShouldBe("上年报告的年度应为2023年，实际为2022年（盘州市人民政府）");
    }
}
