using GovReportDocs.Web;

namespace GovReportDocs.Tests.Web;

/// <summary>
/// The cell explanations quote the 2019 《中华人民共和国政府信息公开条例》 (国务院令第711号); each citation here was checked
/// against the regulation's text, so a wrong article number fails instead of reaching a clerk.
/// </summary>
public class CellHelpTests
{
    private static IEnumerable<FormCell> Cells() =>
        FormLayout.Instance.Tables.SelectMany(t => t.Rows.SelectMany(r => r)).Where(c => c.Key is not null);

    [Fact]
    public void Every_explanation_reaches_at_least_one_cell_of_the_form()
    {
        var helps = Cells().Select(c => c.Help ?? "").ToList();

        foreach (var (label, meaning) in CellHelp.Entries)
        {
            helps.ShouldContain(h => h.Contains(meaning, StringComparison.Ordinal), $"“{label}”的说明没有出现在任何一格");
        }
    }

    [Theory]
    [InlineData("国家秘密", "第十四条")]
    [InlineData("法律行政法规禁止公开", "第十四条")]
    [InlineData("三安全一稳定", "第十四条")]
    [InlineData("第三方合法权益", "第十五条")]
    [InlineData("三类内部事务信息", "第十六条第一款")]
    [InlineData("四类过程性信息", "第十六条第二款")]
    [InlineData("行政执法案卷", "第十六条第二款")]
    [InlineData("规章", "第二十条第（一）项")]
    [InlineData("行政许可", "第二十条第（五）项")]
    [InlineData("行政处罚", "第二十条第（六）项")]
    [InlineData("行政强制", "第二十条第（六）项")]
    [InlineData("行政事业性收费", "第二十条第（八）项")]
    [InlineData("仍不明确", "第三十条")]
    [InlineData("逾期不补正", "第三十条")]
    [InlineData("大量反复申请", "第三十五条")]
    [InlineData("本机关不掌握", "第三十六条第（四）项")]
    [InlineData("重复申请", "第三十六条第（六）项")]
    [InlineData("行政查询事项", "第三十六条第（七）项")]
    [InlineData("部分公开", "第三十七条")]
    [InlineData("另行制作", "第三十八条")]
    [InlineData("信访举报投诉", "第三十九条第一款")]
    [InlineData("公开出版物", "第三十九条第二款")]
    [InlineData("缴纳费用", "第四十二条")]
    public void Each_explanation_cites_the_article_of_the_regulation_it_comes_from(string label, string article)
    {
        var meaning = CellHelp.Entries.Single(e => e.Label == label).Meaning;

        meaning.ShouldContain(article);
        System.Text.RegularExpressions.Regex.Matches(meaning, "第[一二三四五六七八九十]+条").Select(m => m.Value).Distinct()
            .ShouldBe([article[..(article.IndexOf('条', StringComparison.Ordinal) + 1)]]);
    }

    [Fact]
    public void A_type_the_regulation_has_no_article_for_says_so_and_names_the_format_notice_instead()
    {
        // 要求确认或重新出具已获取信息 comes from the format notice; it was wrongly put under 第三十九条 before.
        var meaning = CellHelp.Entries.Single(e => e.Label == "确认或重新出具").Meaning;

        meaning.ShouldNotContain("第三十九条");
        meaning.ShouldContain("国办公开办函〔2021〕30号");
    }

    [Fact]
    public void A_cell_shows_every_explanation_its_description_calls_for()
    {
        var cell = Cells().Single(c => c.Key == "applications.notProcessed.repeated[0]");

        cell.Help.ShouldBe(CellHelp.Entries.Single(e => e.Label == "重复申请").Meaning);
    }
}
