using System.Net;
using System.Text;
using System.Text.Json;
using GovReportDocs.Model;
using GovReportDocs.Reading;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Web;

public class WebApiTests
{
    private static JsonElement Number(int? value) => JsonSerializer.SerializeToElement(value);

    private static JsonElement Text(string? value) => JsonSerializer.SerializeToElement(value);

    [Fact]
    public async Task The_list_names_every_input_file_with_its_agency_year_and_findings()
    {
        await using var web = await WebHarness.StartAsync();
        web.Folder.Write("broken.yaml", "agency: [");

        var list = await web.JsonAsync(await web.Client.GetAsync("/api/reports"));

        var rows = list.EnumerateArray().ToDictionary(r => r.GetProperty("file").GetString()!);
        rows.Keys.ShouldBe(["broken.yaml", "mengga-2024.yaml", "panzhou-2024.yaml"], ignoreOrder: true);
        rows["panzhou-2024.yaml"].GetProperty("agency").GetString().ShouldBe("盘州市人民政府");
        rows["panzhou-2024.yaml"].GetProperty("year").GetInt32().ShouldBe(2024);
        rows["panzhou-2024.yaml"].GetProperty("errors").GetInt32().ShouldBe(0);
        rows["panzhou-2024.yaml"].GetProperty("warnings").GetInt32().ShouldBe(1);
        rows["broken.yaml"].GetProperty("unreadable").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task The_form_is_the_three_tables_as_described_with_each_total_adding_up_its_parts()
    {
        await using var web = await WebHarness.StartAsync();

        var form = await web.JsonAsync(await web.Client.GetAsync("/api/form"));

        var tables = form.GetProperty("tables").EnumerateArray().ToList();
        tables.Select(t => t.GetProperty("name").GetString()).ShouldBe(["表二", "表三", "表四"]);
        tables[1].GetProperty("rows").GetArrayLength().ShouldBe(GovReportDocs.NationalFormat.ReportTables.Applications.RowCount);
        var cells = tables.SelectMany(t => t.GetProperty("rows").EnumerateArray().SelectMany(r => r.EnumerateArray())).ToList();
        cells.Count(c => c.GetProperty("key").ValueKind == JsonValueKind.String)
            .ShouldBe(GovReportDocs.NationalFormat.ReportTables.All.Sum(t => t.DatumCells.Count()));
        var total = cells.Single(c => c.GetProperty("key").GetString() == "applications.resultsTotal[0]");
        total.GetProperty("computed").GetBoolean().ShouldBeTrue();
        total.GetProperty("describe").GetString().ShouldBe("表三 第三行（七）“总计” 自然人列");

        var sums = form.GetProperty("sums");
        sums.GetProperty("applications.newlyReceived[6]").EnumerateArray().Select(k => k.GetString())
            .ShouldBe(["applications.newlyReceived[0]", "applications.newlyReceived[1]", "applications.newlyReceived[2]",
                "applications.newlyReceived[3]", "applications.newlyReceived[4]", "applications.newlyReceived[5]"]);
        sums.GetProperty("applications.resultsTotal[0]").GetArrayLength().ShouldBe(ApplicationStatistics.ResultRows.Length);
        sums.GetProperty("applications.resultsTotal[0]").EnumerateArray().Select(k => k.GetString()).ShouldContain("applications.denied.stateSecret[0]");
        sums.GetProperty("reviewAndLitigation.review.total").EnumerateArray().Select(k => k.GetString())
            .ShouldBe(["reviewAndLitigation.review.upheld", "reviewAndLitigation.review.corrected", "reviewAndLitigation.review.other",
                "reviewAndLitigation.review.pending"]);
    }

    [Fact]
    public async Task Year_texts_answers_the_texts_that_named_the_old_year_brought_to_the_new_one_and_refuses_a_request_without_years()
    {
        await using var web = await WebHarness.StartAsync();
        var texts = new Dictionary<string, string>
        {
            ["preamble"] = "根据《关于做好2024年政府信息公开工作年度报告编制发布工作的通知》，统计期限为2024年1月1日至2024年12月31日。",
            ["overview.introduction"] = "本年度未收到政府信息公开申请。",
            ["problems.issues"] = "2024年平台改版滞后\n解读偏少",
            ["agency"] = "2024年",   // not a narrative text: never touched
        };
        var answer = await web.JsonAsync(await web.SendAsync(HttpMethod.Post, "/api/year-texts", new { from = 2024, to = 2025, texts }));
        var changed = answer.GetProperty("changed").EnumerateArray()
            .Select(c => (c.GetProperty("key").GetString(), c.GetProperty("name").GetString(), c.GetProperty("text").GetString(), c.GetProperty("count").GetInt32()))
            .ToList();
        changed.ShouldBe(
        [
            ("preamble", "前言", "根据《关于做好2024年政府信息公开工作年度报告编制发布工作的通知》，统计期限为2025年1月1日至2025年12月31日。", 2),
            ("problems.issues", "存在的主要问题", "2025年平台改版滞后\n解读偏少", 1),
        ]);

        (await web.SendAsync(HttpMethod.Post, "/api/year-texts", new { texts })).StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_number_that_breaks_R2_is_found_on_the_total_it_unbalances()
    {
        await using var web = await WebHarness.StartAsync();
        var (values, _, findings) = await web.OpenAsync("panzhou-2024.yaml");
        findings.EnumerateArray().ShouldNotContain(f => f.GetProperty("severity").GetString() == "error");

        values["applications.granted[0]"] = Number(13);
        var check = await web.JsonAsync(await web.SendAsync(HttpMethod.Post, "/api/check", new { file = "panzhou-2024.yaml", values }));

        var r2 = check.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("rule").GetString() == "R2").ToList();
        r2.Select(f => f.GetProperty("key").GetString()).ShouldBe(["applications.resultsTotal[0]", "applications.resultsTotal[6]"], ignoreOrder: true);
        r2.ShouldAllBe(f => f.GetProperty("severity").GetString() == "error");
        r2[0].GetProperty("message").GetString()!.ShouldContain("38");
        check.GetProperty("canRender").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task A_number_in_the_text_that_disagrees_with_table_3_is_found_on_the_text_box_it_was_typed_in()
    {
        await using var web = await WebHarness.StartAsync();
        var (values, _, _) = await web.OpenAsync("panzhou-2024.yaml");

        values["overview.onRequest"] = Text("本年度共收到政府信息公开申请5件，均已按时答复。");
        var check = await web.JsonAsync(await web.SendAsync(HttpMethod.Post, "/api/check", new { file = "panzhou-2024.yaml", values }));

        var r7 = check.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "R7");
        r7.GetProperty("key").GetString().ShouldBe("overview.onRequest");
        r7.GetProperty("message").GetString()!.ShouldContain("实际为5");
    }

    [Fact]
    public async Task An_empty_or_negative_cell_is_found_on_that_cell()
    {
        await using var web = await WebHarness.StartAsync();
        var (values, _, _) = await web.OpenAsync("panzhou-2024.yaml");

        values["applications.denied.stateSecret[2]"] = Number(null);
        values["proactive.licensing"] = Number(-1);
        var check = await web.JsonAsync(await web.SendAsync(HttpMethod.Post, "/api/check", new { file = "panzhou-2024.yaml", values }));

        var keyed = check.GetProperty("findings").EnumerateArray()
            .ToDictionary(f => f.GetProperty("key").GetString()!, f => (f.GetProperty("rule").GetString(), f.GetProperty("message").GetString()));
        // A blank cell is not filled in yet (R1: the draft can be saved); a negative one cannot be kept.
        // Said with the form's own names, not the file's keys (“applications.denied.stateSecret”).
        keyed["applications.denied.stateSecret[2]"].ShouldBe(("R1", "“1.属于国家秘密”第3个值（科研机构）为空：表格的每一项都必须填写，没有请填0"));
        keyed["proactive.licensing"].ShouldBe(("INPUT", "应为非负整数，实际为-1"));
    }

    [Fact]
    public async Task A_blank_cell_of_table_2_or_4_is_named_by_its_row_and_its_column()
    {
        await using var web = await WebHarness.StartAsync();
        var (values, _, _) = await web.OpenAsync("panzhou-2024.yaml");

        values["proactive.rules.issued"] = Number(null);
        values["proactive.normativeDocuments.issued"] = Number(null);
        values["proactive.feesTenThousandYuan"] = Number(null);
        values["reviewAndLitigation.litigationDirect.upheld"] = Number(null);
        var check = await web.JsonAsync(await web.SendAsync(HttpMethod.Post, "/api/check", new { file = "panzhou-2024.yaml", values }));

        var keyed = check.GetProperty("findings").EnumerateArray()
            .ToDictionary(f => f.GetProperty("key").GetString()!, f => (f.GetProperty("rule").GetString(), f.GetProperty("message").GetString()));
        const string fill = "为空：表格的每一项都必须填写，没有请填0";
        keyed["proactive.rules.issued"].ShouldBe(("R1", "“规章 本年制发件数”" + fill));
        keyed["proactive.normativeDocuments.issued"].ShouldBe(("R1", "“行政规范性文件 本年制发件数”" + fill));
        keyed["proactive.feesTenThousandYuan"].ShouldBe(("R1", "“行政事业性收费 本年收费金额（单位：万元）”" + fill));
        keyed["reviewAndLitigation.litigationDirect.upheld"].ShouldBe(("R1", "“行政诉讼·未经复议直接起诉 结果维持”" + fill));
    }

    [Fact]
    public async Task A_new_report_leaves_the_processing_fee_blank_and_says_so_until_it_is_filled()
    {
        await using var web = await WebHarness.StartAsync();
        var created = await web.JsonAsync(await web.SendAsync(HttpMethod.Post, "/api/reports", new { agency = "某某县某某局", year = 2025, kind = "department" }));
        var file = created.GetProperty("file").GetString()!;
        var (values, version, findings) = await web.OpenAsync(file);

        string[] fees = ["otherMatters.fees.noticesIssued", "otherMatters.fees.noticesAmountYuan", "otherMatters.fees.collectedYuan"];
        foreach (var key in fees)
        {
            values[key].ValueKind.ShouldBe(JsonValueKind.Null, key);
        }

        var r8 = findings.EnumerateArray().Where(f => f.GetProperty("rule").GetString() == "R8").ToList();
        r8.Select(f => f.GetProperty("key").GetString()).ShouldBe(fees);
        r8.ShouldAllBe(f => f.GetProperty("severity").GetString() == "warning");
        r8[0].GetProperty("message").GetString().ShouldBe("“发出收费通知的件数”为空：未填写前正文写作“未收取信息处理费”；没有收费请填0");

        // Saved still blank, and reopened blank; filled, the warning goes.
        var saved = await web.SendAsync(HttpMethod.Put, "/api/reports/" + Uri.EscapeDataString(file), new { version, values });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        File.ReadAllText(web.Folder.File(file)).ShouldContain("noticesIssued: null");
        (await web.OpenAsync(file)).Values["otherMatters.fees.collectedYuan"].ValueKind.ShouldBe(JsonValueKind.Null);
        foreach (var key in fees)
        {
            values[key] = Text("0");
        }

        var check = await web.JsonAsync(await web.SendAsync(HttpMethod.Post, "/api/check", new { file, values }));
        check.GetProperty("findings").EnumerateArray().ShouldNotContain(f => f.GetProperty("rule").GetString() == "R8");
    }

    [Fact]
    public async Task Save_writes_yaml_the_command_line_reads_back_and_refuses_a_stale_version()
    {
        await using var web = await WebHarness.StartAsync();
        var path = web.Folder.File("panzhou-2024.yaml");
        var (values, version, _) = await web.OpenAsync("panzhou-2024.yaml");
        values["applications.newlyReceived[1]"] = Number(2);
        values["applications.granted[1]"] = Number(2);
        values["overview.platform"] = Text("平台建设情况。");

        var saved = await web.SendAsync(HttpMethod.Put, "/api/reports/panzhou-2024.yaml", new { version, values });

        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = GovReport.Load(path);
        document.Diagnostics.ShouldNotContain(d => d.Severity == Diagnostics.Severity.Error);
        document.Report!.Applications.NewlyReceived.ToArray().ShouldBe([33, 2, 0, 0, 0, 0]);
        document.Report.Applications.NewlyReceived.Total.ShouldBe(35);
        document.Report.Overview.Platform.ShouldBe("平台建设情况。");
        document.Report.Agency.ShouldBe("盘州市人民政府");
        CliRunner.Run("validate", path).ExitCode.ShouldBe(0);
        Directory.GetFiles(web.Folder.Path).Select(Path.GetFileName).ShouldBe(["mengga-2024.yaml", "panzhou-2024.yaml"], ignoreOrder: true);

        var before = File.ReadAllText(path);
        values["overview.platform"] = Text("另一个标签页的内容。");
        var stale = await web.SendAsync(HttpMethod.Put, "/api/reports/panzhou-2024.yaml", new { version, values });

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await web.JsonAsync(stale)).GetProperty("error").GetString()!.ShouldContain("已被修改");
        File.ReadAllText(path).ShouldBe(before);
    }

    [Fact]
    public async Task Save_keeps_the_offices_comments_and_changes_only_the_lines_of_changed_values()
    {
        await using var web = await WebHarness.StartAsync();
        var path = web.Folder.File("panzhou-2024.yaml");
        var original = File.ReadAllText(path).Replace("  phone: 0858—3636249\n", "  phone: 0858—3636249  # 联系人请勿改动\n", StringComparison.Ordinal);
        File.WriteAllText(path, original);
        var (values, version, _) = await web.OpenAsync("panzhou-2024.yaml");
        values["applications.newlyReceived[1]"] = Number(2);
        values["applications.granted[1]"] = Number(2);
        values["contact.phone"] = Text("0858—3636250");

        var check = await web.JsonAsync(await web.SendAsync(HttpMethod.Post, "/api/check", new { file = "panzhou-2024.yaml", values }));
        var saved = await web.JsonAsync(await web.SendAsync(HttpMethod.Put, "/api/reports/panzhou-2024.yaml", new { version, values }));

        check.GetProperty("commentsAtRisk").GetBoolean().ShouldBeFalse();
        saved.GetProperty("commentsLost").GetBoolean().ShouldBeFalse();
        var written = File.ReadAllText(path);
        written.Split('\n').Except(original.Split('\n')).ShouldBe(
            ["  phone: 0858—3636250  # 联系人请勿改动", "  newlyReceived: [33, 2, 0, 0, 0, 0]", "  granted: [12, 2, 0, 0, 0, 0]"]);
        written.Split('\n').Length.ShouldBe(original.Split('\n').Length);
        written.ShouldStartWith("# 盘州市人民政府2024年政府信息公开工作年度报告（转录自已发布的报告，正文为原文）\n");
        GovReport.Load(path).Report!.Applications.NewlyReceived.Total.ShouldBe(35);
        CliRunner.Run("validate", path).ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task Comments_a_save_cannot_keep_are_announced_by_the_check_before_and_the_save_after()
    {
        await using var web = await WebHarness.StartAsync();
        var path = web.Folder.File("panzhou-2024.yaml");
        // A bracketed mapping cannot take a key written in: the file is written anew, without its comments.
        var original = File.ReadAllText(path).Replace(
            "contact:\n  address: 盘州市凤鸣北路1号\n  postcode: null\n  phone: 0858—3636249\n  website: http://www.panzhou.gov.cn/\n",
            "contact: {phone: 0858—3636249}  # 联系人请勿改动\n", StringComparison.Ordinal);
        original.ShouldContain("contact: {phone");
        File.WriteAllText(path, original);
        var (values, version, _) = await web.OpenAsync("panzhou-2024.yaml");
        (await web.JsonAsync(await web.SendAsync(HttpMethod.Post, "/api/check", new { file = "panzhou-2024.yaml", values })))
            .GetProperty("commentsAtRisk").GetBoolean().ShouldBeFalse();
        values["contact.address"] = Text("盘州市凤鸣北路2号");

        var check = await web.JsonAsync(await web.SendAsync(HttpMethod.Post, "/api/check", new { file = "panzhou-2024.yaml", values }));
        var saved = await web.JsonAsync(await web.SendAsync(HttpMethod.Put, "/api/reports/panzhou-2024.yaml", new { version, values }));

        check.GetProperty("commentsAtRisk").GetBoolean().ShouldBeTrue();
        saved.GetProperty("commentsLost").GetBoolean().ShouldBeTrue();
        File.ReadAllText(path).ShouldNotContain("联系人请勿改动");
        GovReport.Load(path).Report!.Contact.Address.ShouldBe("盘州市凤鸣北路2号");
    }

    [Fact]
    public async Task A_json_input_file_is_saved_as_json()
    {
        await using var web = await WebHarness.StartAsync();
        var path = web.Folder.File("某某局-2024.json");
        File.WriteAllText(path, """{"agency": "某某局", "year": 2024}""");
        var (values, version, _) = await web.OpenAsync("某某局-2024.json");
        values["applications.newlyReceived[0]"] = Number(3);
        values["applications.granted[0]"] = Number(3);

        var saved = await web.SendAsync(HttpMethod.Put, "/api/reports/" + Uri.EscapeDataString("某某局-2024.json"), new { version, values });

        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        json.RootElement.GetProperty("agency").GetString().ShouldBe("某某局");
        GovReport.Load(path).Report!.Applications.NewlyReceived.Total.ShouldBe(3);
    }

    [Fact]
    public async Task Save_refuses_a_value_it_could_not_keep_and_leaves_the_file()
    {
        await using var web = await WebHarness.StartAsync();
        var path = web.Folder.File("panzhou-2024.yaml");
        var before = File.ReadAllText(path);
        var (values, version, _) = await web.OpenAsync("panzhou-2024.yaml");
        values["proactive.licensing"] = Number(-1);

        var response = await web.SendAsync(HttpMethod.Put, "/api/reports/panzhou-2024.yaml", new { version, values });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        File.ReadAllText(path).ShouldBe(before);
    }

    [Theory]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("..%2Fpanzhou-2024.yaml")]
    [InlineData("%2Fetc%2Fhosts.yaml")]
    [InlineData("..")]
    [InlineData("notes.txt")]
    public async Task A_name_that_is_no_input_file_of_the_folder_is_refused(string name)
    {
        await using var web = await WebHarness.StartAsync();

        var open = await web.Client.GetAsync("/api/reports/" + name);
        var save = await web.SendAsync(HttpMethod.Put, "/api/reports/" + name, new { version = "x", values = new Dictionary<string, object>() });
        var download = await web.Client.GetAsync("/api/reports/" + name + "/download/docx");

        open.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.NotFound);
        // An escaped slash stays in the name (%2Fetc%2Fhosts.yaml): a file of the folder that does not exist, never /etc/hosts.
        save.IsSuccessStatusCode.ShouldBeFalse();
        Directory.GetFiles(web.Folder.Path).Length.ShouldBe(2);
        download.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_absolute_previous_year_is_not_followed_outside_the_folder()
    {
        await using var web = await WebHarness.StartAsync();
        var (values, _, _) = await web.OpenAsync("panzhou-2024.yaml");
        values["previousYear"] = Text("/etc/passwd");

        var check = await web.JsonAsync(await web.SendAsync(HttpMethod.Post, "/api/check", new { file = "panzhou-2024.yaml", values }));

        var finding = check.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "previousYear");
        finding.GetProperty("message").GetString()!.ShouldContain("只能引用");
    }

    [Fact]
    public async Task A_platform_sets_an_access_token_the_address_gives_once_and_a_cookie_keeps_under_its_mount()
    {
        const string token = "platform-token-7f3a";
        await using var web = await WebHarness.StartAsync(mountedAt: "/annual-report", token: token);

        var anonymous = await web.Client.GetAsync("/annual-report/api/reports");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await web.JsonAsync(anonymous)).GetProperty("error").GetString().ShouldStartWith("拒绝访问：需要访问令牌");
        var wrongBearer = new HttpRequestMessage(HttpMethod.Get, "/annual-report/api/reports");
        wrongBearer.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token + "x");
        (await web.Client.SendAsync(wrongBearer)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var page = new HttpRequestMessage(HttpMethod.Get, "/annual-report/edit?file=panzhou-2024.yaml&token=" + token);
        page.Headers.Accept.ParseAdd("text/html");
        var redirected = await web.Client.SendAsync(page);

        redirected.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        redirected.Headers.Location!.OriginalString.ShouldBe("/annual-report/edit?file=panzhou-2024.yaml");
        var cookie = redirected.Headers.GetValues("Set-Cookie").Single();
        var pair = cookie[..cookie.IndexOf(';', StringComparison.Ordinal)];
        pair.ShouldEndWith("=" + token);
        var withCookie = new HttpRequestMessage(HttpMethod.Get, "/annual-report/api/reports/panzhou-2024.yaml");
        withCookie.Headers.Add("Cookie", pair);
        (await web.Client.SendAsync(withCookie)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // A script may give it in the address too: served, not sent on.
        (await web.Client.GetAsync("/annual-report/api/reports?token=" + token)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_change_without_the_editors_header_or_from_another_origin_is_refused()
    {
        await using var web = await WebHarness.StartAsync();
        var body = new { agency = "某某县某某局", year = 2025, kind = "department" };

        var bare = await web.Client.PostAsync("/api/reports", new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports") { Content = System.Net.Http.Json.JsonContent.Create(body) };
        request.Headers.Add("X-GovReport", "1");
        request.Headers.Add("Origin", "http://evil.example");
        var foreign = await web.Client.SendAsync(request);

        bare.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        foreign.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        Directory.GetFiles(web.Folder.Path).Length.ShouldBe(2);
    }

    [Fact]
    public async Task A_loopback_editor_refuses_another_host_name()
    {
        await using var web = await WebHarness.StartAsync(loopbackOnly: true);

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/reports");
        request.Headers.Host = "rebound.example:5180";
        var response = await web.Client.SendAsync(request);
        var local = new HttpRequestMessage(HttpMethod.Get, "/api/reports");
        local.Headers.Host = "127.0.0.1:5180";

        response.StatusCode.ShouldBe(HttpStatusCode.MisdirectedRequest);
        (await web.Client.SendAsync(local)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_docx_download_is_the_report_under_its_official_name()
    {
        await using var web = await WebHarness.StartAsync();

        var response = await web.Client.GetAsync("/api/reports/panzhou-2024.yaml/download/docx");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("盘州市人民政府2024年政府信息公开工作年度报告.docx");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var read = GovReport.ReadPublished(new MemoryStream(bytes), "download.docx", PublishedFormat.Docx);
        read.Report.Agency.ShouldBe("盘州市人民政府");
        read.Sheet[ApplicationRow.NewlyReceived, ApplicantColumn.Total].ShouldBe(33);
        read.Sheet[ApplicationRow.CarriedForward, ApplicantColumn.NaturalPersons].ShouldBe(3);
    }

    [Fact]
    public async Task The_html_download_is_the_page_for_the_column()
    {
        await using var web = await WebHarness.StartAsync();

        var response = await web.Client.GetAsync("/api/reports/mengga-2024.yaml/download/html");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("芒市勐戛镇人民政府2024年政府信息公开工作年度报告.html");
        (await response.Content.ReadAsStringAsync()).ShouldStartWith("<!DOCTYPE html>");
    }

    [Fact]
    public async Task A_report_with_errors_is_not_downloadable_and_says_why()
    {
        await using var web = await WebHarness.StartAsync();
        var text = File.ReadAllText(web.Folder.File("panzhou-2024.yaml")).Replace("granted: [12, 0, 0, 0, 0, 0]", "granted: [13, 0, 0, 0, 0, 0]");
        web.Folder.Write("panzhou-2024.yaml", text);

        var response = await web.Client.GetAsync("/api/reports/panzhou-2024.yaml/download/docx");

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var json = await web.JsonAsync(response);
        json.GetProperty("error").GetString()!.ShouldContain("报告有错误");
        json.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ShouldContain("R2");
    }

    [Fact]
    public async Task Create_writes_what_init_writes_with_the_table_numbers_blank_to_be_filled_in()
    {
        await using var web = await WebHarness.StartAsync();

        var response = await web.SendAsync(HttpMethod.Post, "/api/reports", new { agency = "某某县某某镇人民政府", year = 2025, kind = "township" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var file = (await web.JsonAsync(response)).GetProperty("file").GetString()!;
        file.ShouldBe("某某县某某镇人民政府-2025.yaml");
        var init = CliRunner.Run("init", "--agency", "某某县某某镇人民政府", "--year", "2025", "--kind", "township");
        File.ReadAllText(web.Folder.File(file)).ShouldBe(init.Out);
        var document = GovReport.Load(web.Folder.File(file));
        document.Diagnostics.Count(d => d.Rule == "R1").ShouldBe(24 * 6 + 10 + 12);   // every cell of 表三, 表二 and 表四
        document.Diagnostics.ShouldNotContain(d => d.Rule == "INPUT");
    }

    [Fact]
    public async Task Next_year_writes_what_init_from_writes_this_years_numbers_blank()
    {
        await using var web = await WebHarness.StartAsync();

        var response = await web.SendAsync(HttpMethod.Post, "/api/next-year?from=panzhou-2024.yaml");
        var file = (await web.JsonAsync(response)).GetProperty("file").GetString()!;
        var init = CliRunner.Run("init", "--from", web.Folder.File("panzhou-2024.yaml"), "-o", web.Folder.File("cli.yaml"));

        init.ExitCode.ShouldBe(0, init.Error);
        var text = File.ReadAllText(web.Folder.File("cli.yaml"));
        text.ShouldBe(File.ReadAllText(web.Folder.File(file)));
        text.ShouldContain("newlyReceived: [null, null, null, null, null, null]");
        text.ShouldContain("carriedOver: [3, 0, 0, 0, 0, 0]");
    }

    [Fact]
    public async Task Next_year_from_an_input_of_the_folder_carries_over_and_names_it_for_R6()
    {
        await using var web = await WebHarness.StartAsync();

        var response = await web.SendAsync(HttpMethod.Post, "/api/next-year?from=panzhou-2024.yaml");

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var file = (await web.JsonAsync(response)).GetProperty("file").GetString()!;
        var next = GovReport.Load(web.Folder.File(file)).Report!;
        next.Year.ShouldBe(2025);
        next.Agency.ShouldBe("盘州市人民政府");
        next.Applications.CarriedOver.ToArray().ShouldBe([3, 0, 0, 0, 0, 0]);
        next.Proactive.NormativeDocuments.InForce.ShouldBe(34);
        next.PreviousYear.ShouldBe("panzhou-2024.yaml");
    }

    [Fact]
    public async Task Next_year_from_an_uploaded_published_report_reads_it()
    {
        await using var web = await WebHarness.StartAsync();
        var published = GovReport.Load(RepoPaths.Sample("panzhou-2024.yaml")).ToHtmlBytes();

        var response = await web.SendAsync(HttpMethod.Post, "/api/next-year?upload=" + Uri.EscapeDataString("盘州市2024年报.html"),
            new ByteArrayContent(published));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var file = (await web.JsonAsync(response)).GetProperty("file").GetString()!;
        var next = GovReport.Load(web.Folder.File(file)).Report!;
        next.Year.ShouldBe(2025);
        next.Agency.ShouldBe("盘州市人民政府");
        next.Applications.CarriedOver.ToArray().ShouldBe([3, 0, 0, 0, 0, 0]);
        // Kept beside it and named as last year's report, so R6 runs.
        next.PreviousYear.ShouldBe("盘州市2024年报.html");
        File.ReadAllBytes(web.Folder.File("盘州市2024年报.html")).ShouldBe(published);
    }

    [Fact]
    public async Task An_upload_larger_than_the_reader_accepts_is_refused()
    {
        await using var web = await WebHarness.StartAsync();

        var response = await web.SendAsync(HttpMethod.Post, "/api/next-year?upload=big.txt", new ByteArrayContent(new byte[9 * 1024 * 1024]));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        Directory.GetFiles(web.Folder.Path).Length.ShouldBe(2);
    }

    [Fact]
    public async Task The_pages_and_their_assets_are_served_from_the_assembly_with_a_strict_policy()
    {
        await using var web = await WebHarness.StartAsync();

        var index = await web.Client.GetAsync("/");
        var editor = await web.Client.GetAsync("/edit?file=panzhou-2024.yaml");
        var script = await web.Client.GetAsync("/assets/editor.js");

        index.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await index.Content.ReadAsStringAsync()).ShouldContain("本目录中的报告");
        index.Headers.GetValues("Content-Security-Policy").Single().ShouldStartWith("default-src 'self'");
        (await editor.Content.ReadAsStringAsync()).ShouldContain("检查结果");
        script.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        (await web.Client.GetAsync("/assets/nothing.js")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_published_report_uploaded_for_checking_gets_the_findings_govreport_check_gives()
    {
        await using var web = await WebHarness.StartAsync();
        var path = RepoPaths.TestData("Reading", "001_a74e8dab883f3363.txt");
        var expected = GovReport.CheckPublished(path);

        var response = await web.SendAsync(HttpMethod.Post, "/api/check-published?name=" + Uri.EscapeDataString("盘州市2024年报.txt"),
            new ByteArrayContent(File.ReadAllBytes(path)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var json = await web.JsonAsync(response);
        json.GetProperty("agency").GetString().ShouldBe("盘州市人民政府");
        json.GetProperty("year").GetInt32().ShouldBe(2024);
        json.GetProperty("errors").GetInt32().ShouldBe(2);
        json.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("message").GetString())
            .ShouldBe(expected.Diagnostics.Select(d => d.Message));
        json.GetProperty("findings")[0].GetProperty("location").GetString()!.ShouldStartWith("盘州市2024年报.txt:");
        Directory.GetFiles(web.Folder.Path).Length.ShouldBe(2);
    }

    [Fact]
    public async Task An_upload_that_is_no_report_is_a_finding_and_one_of_another_kind_is_refused()
    {
        await using var web = await WebHarness.StartAsync();

        var damaged = await web.SendAsync(HttpMethod.Post, "/api/check-published?name=x.docx", new ByteArrayContent([1, 2, 3]));
        var other = await web.SendAsync(HttpMethod.Post, "/api/check-published?name=x.exe", new ByteArrayContent([1, 2, 3]));

        damaged.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await web.JsonAsync(damaged)).GetProperty("unreadable").GetBoolean().ShouldBeTrue();
        other.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
