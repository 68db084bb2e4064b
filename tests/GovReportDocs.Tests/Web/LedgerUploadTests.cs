using System.Net;
using GovReportDocs.NationalFormat;
using GovReportDocs.Model;
using GovReportDocs.Tests.Ledger;

namespace GovReportDocs.Tests.Web;

public class LedgerUploadTests
{
    [Fact]
    public async Task A_ledger_upload_gives_the_years_table_3_and_4_by_cell_key_and_the_rows_it_could_not_place()
    {
        await using var web = await WebHarness.StartAsync();
        var fixture = new LedgerFixture(200);
        var ledger = fixture.TemplateLedger([[new DateOnly(2025, 2, 1), "甲", "外星人", "某事", null, null]]);

        var response = await web.SendAsync(HttpMethod.Post, "/api/ledger?year=2025&name=" + Uri.EscapeDataString("台账.xlsx"), new ByteArrayContent(ledger));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var json = await web.JsonAsync(response);
        var values = json.GetProperty("values");
        var expected = fixture.ExpectedApplications(2025);
        values.GetProperty("applications.newlyReceived[0]").GetInt32().ShouldBe(expected.NewlyReceived.NaturalPersons);
        values.GetProperty("applications.denied.stateSecret[0]").GetInt32().ShouldBe(expected[ApplicationRow.DeniedStateSecret].NaturalPersons);
        values.GetProperty("reviewAndLitigation.review.upheld").GetInt32().ShouldBe(fixture.ExpectedReview(2025).Review.Upheld);
        values.EnumerateObject().Count().ShouldBe(ReportTables.Applications.DatumCells.Count() - 25 - 6 + 12);
        json.GetProperty("unplaced").EnumerateArray().Select(u => u.GetString()).ShouldBe(
            ["工作表“政府信息公开申请”第202行：申请人类别“外星人”不是表三的申请人类别，无法归入；应为自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他之一"]);
        Directory.GetFiles(web.Folder.Path).Length.ShouldBe(2, "nothing is written");
    }

    [Fact]
    public async Task A_damaged_ledger_or_one_of_another_kind_is_refused_with_a_message()
    {
        await using var web = await WebHarness.StartAsync();
        var damaged = await web.SendAsync(HttpMethod.Post, "/api/ledger?year=2025&name=x.xlsx", new ByteArrayContent([1, 2, 3]));
        var other = await web.SendAsync(HttpMethod.Post, "/api/ledger?year=2025&name=x.doc", new ByteArrayContent([1, 2, 3]));

        damaged.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await web.JsonAsync(damaged)).GetProperty("error").GetString()!.ShouldContain("文件已损坏");
        other.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
