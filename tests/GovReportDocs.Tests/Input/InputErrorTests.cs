using GovReportDocs;
using GovReportDocs.Diagnostics;
using static GovReportDocs.Tests.Input.InputFiles;

namespace GovReportDocs.Tests.Input;

/// <summary>Each kind of bad input gets one Chinese message naming file, line, column and key path.</summary>
public class InputErrorTests
{
    [Fact]
    public void A_table3_row_of_5_values_names_the_file_line_column_and_key()
    {
        var text = Replace(PanzhouYaml, "  granted: [12, 0, 0, 0, 0, 0]", "  granted: [12, 0, 0, 0, 0]");
        var load = Parse(text);
        load.IsUnreadable.ShouldBeFalse();
        load.CanRender.ShouldBeFalse();
        load.Errors().Single().ToString().ShouldBe(
            $"samples/x.yaml:{LineOf(text, "  granted:")}:3 applications.granted：" +
            "应为6个非负整数（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他），实际为5个");
    }

    [Fact]
    public void A_negative_count_in_a_row_names_the_value_and_its_column()
    {
        var text = Replace(PanzhouYaml, "  carriedForward: [3, 0, 0, 0, 0, 0]", "  carriedForward: [3, 0, -2, 0, 0, 0]");
        var diagnostic = Parse(text).Errors().Single();
        diagnostic.Rule.ShouldBe(RuleIds.Input);
        diagnostic.ToString().ShouldBe(
            $"samples/x.yaml:{LineOf(text, "  carriedForward:")}:26 applications.carriedForward：第3个值（科研机构）应为非负整数，实际为-2");
    }

    [Fact]
    public void A_negative_single_count_is_refused()
    {
        var text = Replace(PanzhouYaml, "  licensing: 0", "  licensing: -1");
        Parse(text).Errors().Single().ToString()
            .ShouldBe($"samples/x.yaml:{LineOf(text, "licensing")}:14 proactive.licensing：应为非负整数，实际为-1");
    }

    [Fact]
    public void An_unknown_key_is_an_error_with_a_suggestion()
    {
        var text = Replace(PanzhouYaml, "agency: 盘州市人民政府", "agency: 盘州市人民政府\nagnecy: 盘州市");
        var diagnostic = Parse(text).Errors().Single();
        diagnostic.Source!.Line.ShouldBe(LineOf(text, "agnecy"));
        diagnostic.Source.KeyPath.ShouldBe("agnecy");
        diagnostic.Message.ShouldStartWith("未知的键“agnecy”，是否应为“agency”？（此处可用的键：agency、year、agencyKind");
    }

    [Fact]
    public void An_unknown_nested_key_names_its_full_path()
    {
        var text = Replace(PanzhouYaml, "  unableToProvide:\n", "  unableToProvide:\n    notHold: [1, 0, 0, 0, 0, 0]\n");
        var messages = Parse(text).Diagnostics.Select(d => d.ToString()).ToList();
        messages.ShouldContain(m => m.StartsWith(
            $"samples/x.yaml:{LineOf(text, "notHold")}:5 applications.unableToProvide.notHold：未知的键“notHold”，是否应为“notHeld”？"));
    }

    [Fact]
    public void A_wrong_type_says_what_was_expected_and_found()
    {
        var text = Replace(PanzhouYaml, "year: 2024", "year: 二〇二四");
        Parse(text).Errors().Single().ToString().ShouldBe("samples/x.yaml:2:7 year：应为四位年份（如2024），实际为文本“二〇二四”");

        var quoted = Replace(PanzhouYaml, "  punishment: 0", "  punishment: \"3\"");
        Parse(quoted).Errors().Single().Message.ShouldBe("应为非负整数，实际为文本“3”");

        var row = Replace(PanzhouYaml, "  granted: [12, 0, 0, 0, 0, 0]", "  granted: 12");
        Parse(row).Errors().Single().Message.ShouldBe(
            "应为6个非负整数（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他），实际为数字12");

        var kind = Replace(PanzhouYaml, "agencyKind: government", "agencyKind: 政府");
        Parse(kind).Errors().Single().Message.ShouldBe("应为government、department、township之一，实际为文本“政府”");

        var date = Replace(PanzhouYaml, "publishDate: 2025-01-20", "publishDate: 2025年1月20日");
        Parse(date).Errors().Single().Message.ShouldBe("应为日期（如2025-01-20），实际为文本“2025年1月20日”");
    }

    [Fact]
    public void A_missing_required_key_is_named()
    {
        var text = Replace(PanzhouYaml, "agency: 盘州市人民政府\n", "");
        Parse(text).Errors().Single().ToString().ShouldBe("samples/x.yaml:1:1 agency：缺少必填项“agency”（机关全称，如：盘州市人民政府）");
    }

    [Fact]
    public void Malformed_yaml_gets_the_position_of_the_fault()
    {
        var text = Replace(PanzhouYaml, "  licensing: 0", "  licensing: [0, 0");
        var diagnostic = Parse(text).Errors().Single();
        diagnostic.Rule.ShouldBe(RuleIds.Input);
        diagnostic.Message.ShouldStartWith("YAML 语法错误：");
        diagnostic.Source!.File.ShouldBe("samples/x.yaml");
        diagnostic.Source.Line.ShouldBeGreaterThanOrEqualTo(LineOf(text, "licensing"));
    }

    [Fact]
    public void Duplicate_keys_are_refused_in_yaml_and_json()
    {
        Parse("agency: 甲\nagency: 乙\nyear: 2024\n").Errors().Single().ToString().ShouldBe("samples/x.yaml:2:1 agency：重复的键“agency”");
        var json = Parse("{\n  \"agency\": \"甲\",\n  \"agency\": \"乙\",\n  \"year\": 2024\n}", "x.json").Errors().Single();
        json.ToString().ShouldBe("x.json:3:3 agency：重复的键“agency”");
    }

    [Fact]
    public void Malformed_json_gets_line_and_column()
    {
        var diagnostic = Parse("{\n  \"agency\": \"甲\",\n  \"year\": 2024,,\n}", "x.json").Errors().Single();
        diagnostic.Message.ShouldStartWith("JSON 语法错误：");
        diagnostic.Source!.Line.ShouldBe(3);
    }

    [Fact]
    public void Json_positions_count_characters_not_bytes()
    {
        var diagnostic = Parse("{\"agency\": \"盘州市人民政府\", \"year\": \"2024\"}", "x.json").Errors().Single();
        diagnostic.ToString().ShouldBe("x.json:1:31 year：应为四位年份（如2024），实际为文本“2024”");
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_at_once()
    {
        var text = Replace(Replace(PanzhouYaml, "  licensing: 0", "  licensing: -1"), "  punishment: 0", "  punishmnet: 0");
        var messages = Parse(text).Errors().Select(d => d.Source!.KeyPath).ToList();
        messages.ShouldBe(["proactive.licensing", "proactive.punishmnet", "proactive.punishment"], ignoreOrder: true);
    }

    [Fact]
    public void A_missing_row_inside_a_present_table3_block_is_an_R1_error_not_a_zero()
    {
        var text = Replace(PanzhouYaml, "    needsCreation: [0, 0, 0, 0, 0, 0]\n", "");
        var load = Parse(text);
        load.IsUnreadable.ShouldBeFalse();
        var diagnostic = load.Errors().Single();
        diagnostic.Rule.ShouldBe(RuleIds.R1);
        diagnostic.Severity.ShouldBe(Severity.Error);
        diagnostic.ToString().ShouldBe(
            $"samples/x.yaml:{LineOf(text, "notHeld")}:5 错误 R1 “applications.unableToProvide.needsCreation”（2.没有现成信息需要另行制作）缺失：表格的每一项都必须填写，没有请填0");
    }

    [Fact]
    public void A_blank_table_2_value_is_named_by_its_row_and_column()
    {
        var text = Replace(PanzhouYaml, "  rules:\n    issued: 0", "  rules:\n    issued:");
        var diagnostic = Parse(text).Errors().First();
        diagnostic.ToString().ShouldBe(
            $"samples/x.yaml:{LineOf(text, "    issued:")}:5 错误 R1 “proactive.rules.issued”（规章 本年制发件数）为空：表格的每一项都必须填写，没有请填0");
    }

    [Fact]
    public void A_blank_processing_fee_is_said_until_filled_and_the_report_still_states_none_was_charged()
    {
        var text = Replace(Replace(Replace(PanzhouYaml, "    noticesIssued: 0", "    noticesIssued:"),
            "    noticesAmountYuan: 0", "    noticesAmountYuan: null"), "    collectedYuan: 0", "    collectedYuan: ~");
        var document = Parse(text);
        document.CanRender.ShouldBeTrue();
        var r8 = document.Diagnostics.Where(d => d.Rule == RuleIds.R8).ToList();
        r8.Select(d => d.Source!.KeyPath).ShouldBe(
            ["otherMatters.fees.noticesIssued", "otherMatters.fees.noticesAmountYuan", "otherMatters.fees.collectedYuan"]);
        r8.ShouldAllBe(d => d.Severity == Severity.Warning);
        r8[2].ToString().ShouldBe($"samples/x.yaml:{LineOf(text, "    collectedYuan:")}:5 警告 R8 “otherMatters.fees.collectedYuan”（实际收取的总金额（元））为空：未填写前正文写作“未收取信息处理费”；没有收费请填0");
        var html = document.ToHtml();
        html.ShouldContain("2024年度，本机关未收取信息处理费。");
        html.ShouldNotContain("发出收费通知");
    }

    [Fact]
    public void A_fee_number_left_blank_beside_a_charged_one_is_an_error_on_it_and_is_never_printed_as_0()
    {
        var text = Replace(Replace(Replace(PanzhouYaml, "    noticesIssued: 0", "    noticesIssued:"),
            "    noticesAmountYuan: 0", "    noticesAmountYuan: 300"), "    collectedYuan: 0", "    collectedYuan: 300");
        var document = Parse(text);
        var r8 = document.Diagnostics.Where(d => d.Rule == RuleIds.R8).ToList();
        r8.Single().ToString().ShouldBe($"samples/x.yaml:{LineOf(text, "    noticesIssued:")}:5 错误 R8 " +
            "“otherMatters.fees.noticesIssued”（发出收费通知的件数）为空，而信息处理费的其他数已填写：正文不能把空白写作0，请填写（没有请填0）");
        document.CanRender.ShouldBeFalse();
    }

    [Fact]
    public void Fee_numbers_left_blank_beside_zeros_stay_a_warning_and_the_text_states_none_was_charged()
    {
        var text = Replace(PanzhouYaml, "    noticesIssued: 0", "    noticesIssued:");
        var document = Parse(text);
        var fees = document.Diagnostics.Where(d => d.Rule == RuleIds.R8).ToList();
        fees.ShouldNotBeEmpty();
        fees.ShouldAllBe(d => d.Severity == Severity.Warning);
        document.CanRender.ShouldBeTrue();
        document.ToHtml().ShouldContain("2024年度，本机关未收取信息处理费。");
    }

    [Fact]
    public void A_blank_table_value_is_missing_not_zero()
    {
        var text = Replace(PanzhouYaml, "  enforcement: 0", "  enforcement:");
        var diagnostic = Parse(text).Errors().Single();
        diagnostic.Rule.ShouldBe(RuleIds.R1);
        diagnostic.Message.ShouldStartWith("“proactive.enforcement”（行政强制 本年处理决定数量）为空");
    }

    [Fact]
    public void A_row_of_7_values_is_accepted_when_its_total_is_the_sum()
    {
        var text = Replace(PanzhouYaml, "  granted: [12, 0, 0, 0, 0, 0]", "  granted: [10, 2, 0, 0, 0, 0, 12]");
        ParseClean(text).Applications[GovReportDocs.Model.ApplicationRow.Granted].ShouldBe(new(10, 2, 0, 0, 0, 0));
    }

    [Fact]
    public void A_row_of_7_values_with_a_wrong_total_is_an_R4_error_at_the_total()
    {
        var text = Replace(PanzhouYaml, "  carriedOver: [4, 0, 0, 0, 0, 0]", "  carriedOver: [4, 0, 0, 0, 0, 0, 0]");
        var load = Parse(text);
        load.IsUnreadable.ShouldBeFalse();
        load.Errors().Single().ToString().ShouldBe(
            $"samples/x.yaml:{LineOf(text, "  carriedOver:")}:35 错误 R4 表三 第二行“上年结转” 总计列应为4（各申请人类别之和），实际为0");
    }

    [Fact]
    public void Unsupported_missing_and_empty_files_are_input_errors()
    {
        using var dir = new Support.TempDirectory();
        GovReport.Load(dir.Write("report.txt", "x")).Errors().Single().ToString()
            .ShouldBe($"{dir.File("report.txt")}:1:1：不支持的输入文件类型：应为 .yaml、.yml 或 .json");
        GovReport.Load(dir.File("none.yaml")).Errors().Single().Message.ShouldBe("找不到文件");
        GovReport.Load(dir.Write("empty.yaml", "")).Errors().Single().Message.ShouldBe("文件为空");
        GovReport.Load(dir.Write("blank.yaml", "\n# 只有注释\n")).Errors().Single().Message.ShouldBe("文件为空：应为包含 agency、year 等键的对象");
    }
}
