using GovReportDocs;
using GovReportDocs.Model;
using GovReportDocs.Reading;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Reading;

/// <summary>
/// Part 一 of a published report is read into its five aspects on its （一）…（五） headings, as real reports write
/// them: headings alone on their line or run into the text, ASCII `(一)`, `（1）`, their own words for an aspect.
/// </summary>
public class OverviewAspectTests
{
    private static Overview Imported(string path) => GovReport.Import(GovReport.ReadPublished(path)).Report.Overview;

    [Fact]
    public void Headings_on_their_own_lines_split_part_one_and_the_summary_before_them_is_the_introduction()
    {
        var overview = Imported(RepoPaths.Corpus("05-pingtan-2023.html"));

        overview.Introduction.ShouldStartWith("2023年，平潭综合实验区坚持以习近平新时代中国特色社会主义思想为指导");
        overview.Proactive.ShouldStartWith("平潭综合实验区切实落实国务院办公厅");
        overview.OnRequest.ShouldStartWith("持续强化服务理念");
        overview.OnRequest.ShouldContain("办结依申请公开81件");
        overview.Management.ShouldStartWith("进一步规范信息发布全流程");
        overview.Platform.ShouldStartWith("一是开展门户网站提升服务项目");
        overview.Supervision.ShouldStartWith("常态化开展日监测、月通报");
        overview.Introduction.ShouldNotContain("（一）");
    }

    [Fact]
    public void Run_in_headings_in_the_offices_own_words_go_to_their_aspect()
    {
        // 04 海坛片区: （一）持续深化主动公开。… （五）持续强化政府信息公开监督保障。…
        var overview = Imported(RepoPaths.Corpus("04-pingtan-haitan-2024.html"));

        overview.Introduction.ShouldStartWith("2024年，海坛片区管理局坚持以习近平新时代中国特色社会主义思想为指导");
        overview.Proactive.ShouldStartWith("着力抓好政策信息等公开发布");
        overview.OnRequest.ShouldStartWith("坚持树牢服务理念、宗旨意识");
        overview.Management.ShouldStartWith("一是严格制度执行");
        overview.Platform.ShouldStartWith("加强政务新媒体运维管理");
        overview.Supervision.ShouldStartWith("定期组织专人开展自查评估工作");
    }

    [Fact]
    public void Ascii_parentheses_are_headings_too()
    {
        // Seed 001 (盘州市, crawled text): (一)主动公开方面。… (五)监督保障。…
        var overview = Imported(SeedReadingTests.Seed("001"));

        overview.OnRequest.ShouldStartWith("2024年,市政府办公室收到依申请公开信件33件");
        overview.Supervision.ShouldStartWith("一是加强读网巡网力度");
        overview.Platform.ShouldStartWith("政府信息公开平台建设情况。一是完成盘州市政府门户网站改版升级");
    }

    [Fact]
    public void Fewer_aspects_in_other_words_are_placed_by_what_they_are_about()
    {
        // 08 社会事业局: （一）信息制作与管理 （二）主动公开渠道优化 （三）依申请公开规范办理 （四）监督与能力建设
        var overview = Imported(RepoPaths.Corpus("08-pingtan-shs-2025.html"));

        overview.Management.ShouldStartWith("全年制发公文类政府信息383条");
        overview.Proactive.ShouldStartWith("政务新媒体（微信公众号）发布推文787篇");
        overview.OnRequest.ShouldStartWith("完善申请接收、审核、答复全流程机制");
        overview.Supervision.ShouldStartWith("开展信息公开专项检查");
        overview.Platform.ShouldBeNull();
    }

    [Fact]
    public void Headings_that_are_not_the_five_aspects_leave_part_one_whole()
    {
        // 15 市场监督管理局: six headings of its own (强化组织保障… 推进新媒体建设…), not the format's five aspects.
        var overview = Imported(RepoPaths.Corpus("15-pingtan-scj-2025-crawltext.txt"));

        overview.Introduction!.ShouldContain("（六）推进新媒体建设，拓宽服务渠道");
        new[] { overview.Proactive, overview.OnRequest, overview.Management, overview.Platform, overview.Supervision }.ShouldAllBe(a => a == null);
    }

    [Fact]
    public void The_fee_the_text_says_was_collected_is_imported()
    {
        var text = "某某县某某局2024年政府信息公开工作年度报告\n六、其他需要报告的事项\n本年度收取信息处理费3940元。\n";

        var imported = GovReport.Import(GovReport.ReadPublished(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "r.txt", PublishedFormat.Text));

        imported.Report.OtherMatters.Fees.CollectedYuan.ShouldBe(3940m);
    }
}
