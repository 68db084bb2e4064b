using GovReportDocs.Validation;

namespace GovReportDocs.Tests.Validation;

/// <summary>
/// A narrative text started from last year's, its report year changed: where the text names the report year it
/// follows (the statistical period, the report's title, 2024年，…), a cited document's title in 《》 keeps its own.
/// </summary>
public class ReportYearTextTests
{
    [Fact]
    public void The_period_and_the_title_follow_the_new_year_a_cited_title_keeps_its_own()
    {
        const string text = "根据《关于做好2024年政府信息公开工作年度报告编制发布工作的通知》要求，现公布本机关2024年政府信息公开工作年度报告。"
            + "本报告所列数据的统计期限为2024年1月1日至2024年12月31日。";
        var (replaced, count) = ReportYearText.Replace(text, 2024, 2025);
        replaced.ShouldBe("根据《关于做好2024年政府信息公开工作年度报告编制发布工作的通知》要求，现公布本机关2025年政府信息公开工作年度报告。"
            + "本报告所列数据的统计期限为2025年1月1日至2025年12月31日。");
        count.ShouldBe(3);
    }

    [Fact]
    public void Only_the_old_year_as_a_year_changes_never_a_longer_number_another_year_or_a_count()
    {
        var (replaced, count) = ReportYearText.Replace("2024年度，收到12024件；2023年结转；编号2024号；共2024 件；2024 年底。", 2024, 2025);
        replaced.ShouldBe("2025年度，收到12024件；2023年结转；编号2024号；共2024 件；2025 年底。");
        count.ShouldBe(2);
    }

    [Fact]
    public void A_text_without_the_old_year_is_left_as_it_is()
    {
        ReportYearText.Replace("本年度未收到政府信息公开申请。{{year}}年", 2024, 2025).ShouldBe(("本年度未收到政府信息公开申请。{{year}}年", 0));
    }
}
