using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Tests.Support;
using GovReportDocs.Validation;

namespace GovReportDocs.Tests.Validation;

/// <summary>R10 (years) and R11 (plausibility).</summary>
public class TextRuleTests
{
    [Fact]
    public void R10_the_statistical_period_in_the_text_must_be_the_report_year()
    {
        var report = Samples.Panzhou with { Preamble = "本报告所列数据统计时限为2023年1月1日至2023年12月31日。" };
        var finding = ReportValidator.Validate(report).Single(RuleIds.R10, Severity.Error);
        finding.Message.ShouldBe("前言中的统计期限应为2024年1月1日至2024年12月31日，实际为“2023年1月1日至2023年12月31日”");
        finding.Field.ShouldBe("preamble");
    }

    [Fact]
    public void R10_a_report_title_quoted_in_the_text_must_carry_the_report_year()
    {
        var report = Samples.Panzhou with { Overview = Samples.Panzhou.Overview with { Introduction = "现公布本机关2023年政府信息公开工作年度报告。" } };
        ReportValidator.Validate(report).Single(RuleIds.R10, Severity.Error).Message
            .ShouldBe("总体情况（概述）中提到的报告年度应为2024年，实际为“2023年政府信息公开工作年度报告”");
    }

    [Fact]
    public void R10_reads_a_year_typed_in_full_width_digits()
    {
        // ２０２３ matched \d but int.Parse threw: validate stopped with 内部错误（AggregateException）.
        var report = Samples.Panzhou with { Overview = Samples.Panzhou.Overview with { Introduction = "现公布本机关２０２３年政府信息公开工作年度报告。" } };
        ReportValidator.Validate(report).Single(RuleIds.R10, Severity.Error).Message
            .ShouldBe("总体情况（概述）中提到的报告年度应为2024年，实际为“２０２３年政府信息公开工作年度报告”");
    }

    [Fact]
    public void R10_a_book_title_left_open_does_not_hide_the_years_after_it()
    {
        var report = Samples.Panzhou with { Overview = Samples.Panzhou.Overview with { Introduction = "依照《条例的要求，现公布本机关2023年政府信息公开工作年度报告。" } };
        ReportValidator.Validate(report).Single(RuleIds.R10, Severity.Error).Message
            .ShouldBe("总体情况（概述）中提到的报告年度应为2024年，实际为“2023年政府信息公开工作年度报告”");
    }

    [Fact]
    public void R10_the_report_is_published_after_its_year()
    {
        ReportValidator.Validate(Samples.Panzhou with { PublishDate = new DateOnly(2024, 12, 20) })
            .Single(RuleIds.R10, Severity.Error).Message
            .ShouldBe("发布日期应晚于统计期限（2024年12月31日），实际为2024年12月20日");
        ReportValidator.Validate(Samples.Panzhou with { PublishDate = new DateOnly(2026, 1, 5) })
            .Single(RuleIds.R10, Severity.Warning).Message
            .ShouldBe("发布日期应在2025年（年度报告于每年1月31日前公布），实际为2026年1月5日");
    }

    [Fact]
    public void R10_the_2021_format_is_for_2021_and_later()
    {
        ReportValidator.Validate(Samples.Mengga with { Year = 2019, Preamble = null }).Single(RuleIds.R10, Severity.Warning).Message
            .ShouldBe("报告年度为2019年：本格式（国办公开办函〔2021〕30号）适用于2021年度及以后的报告");
    }

    [Fact]
    public void R11_townships_cannot_make_rules()
    {
        var report = Samples.Mengga with { PublishDate = new DateOnly(2025, 1, 20), Proactive = Samples.Mengga.Proactive with { Rules = new DocumentCounts(1, 0, 1) } };
        var findings = ReportValidator.Validate(report).Of(RuleIds.R11);
        findings.Select(d => d.Message).ShouldBe(
        [
            "表二 “规章”行“本年制发件数”列：乡镇（街道）无权制定规章，应为0，实际为1",
            "表二 “规章”行“现行有效件数”列：乡镇（街道）无权制定规章，应为0，实际为1",
        ]);
        findings.ShouldAllBe(d => d.Severity == Severity.Warning);
        findings[0].Datum.ShouldBe(new ProactiveDatum(ProactiveItem.RulesIssued));
    }

    [Fact]
    public void R11_a_township_name_with_another_kind_is_questioned()
    {
        ReportValidator.Validate(Samples.Mengga with { Kind = AgencyKind.Department, PublishDate = new DateOnly(2025, 1, 20) }).Single(RuleIds.R11, Severity.Warning).Message
            .ShouldBe("机关名称“芒市勐戛镇人民政府”是乡镇或街道，机关类型应为township（乡镇），实际为department（部门）");
    }

    [Fact]
    public void R11_more_suits_after_review_than_reviews_is_suspicious()
    {
        var report = Samples.Panzhou with
        {
            ReviewAndLitigation = Samples.Panzhou.ReviewAndLitigation with { LitigationAfterReview = new ReviewOutcomes(2, 1, 1, 0) },
        };
        ReportValidator.Validate(report).Of(RuleIds.R11).ShouldContain(d =>
            d.Message.StartsWith("表四 行政诉讼“复议后起诉”“总计”列（4）多于行政复议总计（3）") && d.Severity == Severity.Warning);
    }

    [Fact]
    public void R11_partial_disclosure_counted_again_as_denial_is_flagged()
    {
        var report = Samples.Panzhou with
        {
            Applications = Samples.Panzhou.Applications.With(ApplicationRow.DeniedThirdPartyRights, new ApplicantCounts(3, 0, 0, 0, 0, 0)),
        };
        var result = ReportValidator.Validate(report);
        result.Of(RuleIds.R2).ShouldNotBeEmpty();
        result.Of(RuleIds.R11).ShouldContain(d => d.Message ==
            "办理结果与结转之和（40）比收到的申请（37）多3件，且有部分公开11件、不予公开3件：区分处理的申请只计入“部分公开”，不应同时计入不予公开等情形");
    }

    [Fact]
    public void R11_a_government_report_covers_assessment_and_accountability()
    {
        var finding = ReportValidator.Validate(Samples.Panzhou).Single(RuleIds.R11, Severity.Warning);
        finding.Field.ShouldBe("overview.supervision");
        var covered = Samples.Panzhou with
        {
            Overview = Samples.Panzhou.Overview with { Supervision = "将政务公开纳入绩效考核，开展社会评议，未发生责任追究情况。" },
        };
        ReportValidator.Validate(covered).Of(RuleIds.R11).ShouldBeEmpty();
    }

    [Fact]
    public void R11_a_government_report_left_to_the_default_supervision_text_must_be_completed()
    {
        var report = Samples.Panzhou with { Overview = Samples.Panzhou.Overview with { Supervision = null } };
        var finding = ReportValidator.Validate(report).Single(RuleIds.R11, Severity.Warning);
        finding.Message.ShouldStartWith("总体情况（监督保障）未填写：各级人民政府的报告应写明工作考核、社会评议和责任追究结果情况");
        GovReportDocs.Composition.ReportComposer.Compose(report).Texts.ShouldContain(t => t.Contains("【请填写】"));
        ReportValidator.Validate(Samples.Mengga with { Overview = Overview.Default, PublishDate = new DateOnly(2025, 1, 20) }).Of(RuleIds.R11).ShouldBeEmpty();
    }
}
