using GovReportDocs.Composition;
using GovReportDocs.Diagnostics;
using GovReportDocs.Input;
using GovReportDocs.Model;
using GovReportDocs.Narrative;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Narrative;

public class NarrativeTests
{
    private static string ParagraphAfter(ComposedReport composed, string heading)
    {
        var index = composed.Blocks.ToList().FindIndex(b => b is HeadingBlock h && h.Text == heading);
        index.ShouldBeGreaterThanOrEqualTo(0, heading);
        return ((ParagraphBlock)composed.Blocks[index + 1]).FullText;
    }

    private static AnnualReport PanzhouWithDefaults => Samples.Panzhou with { Overview = Overview.Default, Preamble = null };

    [Fact]
    public void Zeros_read_naturally()
    {
        var composed = ReportComposer.Compose(AnnualReport.Empty("某某县某某局", 2024));
        ParagraphAfter(composed, "（二）依申请公开情况")
            .ShouldBe("本年度未收到政府信息公开申请。未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。");
        ParagraphAfter(composed, "（一）主动公开情况").ShouldBe(
            "2024年，本机关坚持“以公开为常态、不公开为例外”，依法主动公开政府信息。本年度未制发、废止规章和行政规范性文件，未作出行政许可、行政处罚、行政强制决定。");
    }

    [Fact]
    public void Default_text_is_written_from_the_data()
    {
        var composed = ReportComposer.Compose(PanzhouWithDefaults);
        ParagraphAfter(composed, "（二）依申请公开情况").ShouldBe(
            "2024年，本机关新收政府信息公开申请33件，上年结转4件；办结34件，其中予以公开12件、部分公开11件、无法提供9件、其他处理2件；" +
            "结转下年度继续办理3件。因政府信息公开工作被申请行政复议3件（结果维持2件、其他结果1件），被提起行政诉讼2件（其他结果1件、尚未审结1件）。");
        ParagraphAfter(composed, "（一）主动公开情况").ShouldEndWith("本年制发行政规范性文件4件、废止13件，现行有效34件。");
        var preamble = ((ParagraphBlock)composed.Blocks[1]).FullText;
        preamble.ShouldContain("统计期限为2024年1月1日至2024年12月31日");
        preamble.ShouldContain("本报告电子版可在http://www.panzhou.gov.cn/查阅或下载。");
        preamble.ShouldContain("请与盘州市人民政府联系（地址：盘州市凤鸣北路1号；电话：0858—3636249）");
    }

    [Fact]
    public void Part_six_always_states_the_processing_fee()
    {
        var none = ReportComposer.Compose(Samples.Panzhou);
        none.Blocks.SkipWhile(b => b is not HeadingBlock { Text: "六、其他需要报告的事项" }).Skip(1).First()
            .ShouldBe(new ParagraphBlock("2024年度，本机关未收取信息处理费。"));

        var charged = Samples.Panzhou with
        {
            OtherMatters = new OtherMatters(new ProcessingFees(2, 150m, 100.5m), WorkPlan: "认真落实上级工作要点。"),
        };
        var texts = ReportComposer.Compose(charged).Blocks
            .SkipWhile(b => b is not HeadingBlock { Text: "六、其他需要报告的事项" }).Skip(1).TakeWhile(b => b is not ClosingBlock).ToList();
        texts.ShouldBe(
        [
            new HeadingBlock(2, "（一）收取信息处理费情况"),
            new ParagraphBlock("2024年度，本机关依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）发出收费通知2件，总金额150元，实际收取信息处理费100.5元。"),
            new HeadingBlock(2, "（二）落实上级年度政务公开工作要点情况"),
            new ParagraphBlock("认真落实上级工作要点。"),
        ]);
    }

    [Fact]
    public void Text_from_the_input_wins_and_may_quote_the_tables()
    {
        var report = Samples.Panzhou with
        {
            Overview = Samples.Panzhou.Overview with { OnRequest = "本年收到申请{{applications.newlyReceived.total}}件，其中自然人{{applications.newlyReceived.naturalPersons}}件。" },
        };
        ParagraphAfter(ReportComposer.Compose(report), "（二）依申请公开情况").ShouldBe("本年收到申请33件，其中自然人33件。");
    }

    [Fact]
    public void An_unknown_variable_in_input_text_names_the_key_and_line()
    {
        var report = Samples.Panzhou with { Overview = Samples.Panzhou.Overview with { OnRequest = "第一行。\n\n收到{{applications.newlyReceived.totl}}件。" } };
        var error = Should.Throw<NarrativeException>(() => ReportComposer.Compose(report));
        error.ToString().ShouldBe("overview.onRequest:3：未知的变量“applications.newlyReceived.totl”");
    }

    [Fact]
    public void Checking_an_input_file_reports_a_bad_expression_at_its_key()
    {
        var text = GovReportDocs.Tests.Input.InputFiles.PanzhouYaml.Replace("{{applications.carriedOver.total}}", "{{applications.carriedOvr.total}}");
        var result = GovReportDocs.Tests.Input.InputFiles.Parse(text);
        var finding = result.Diagnostics.Single(d => d.Rule == RuleIds.Input);
        finding.ToString().ShouldBe(
            $"samples/x.yaml:{GovReportDocs.Tests.Input.InputFiles.LineOf(text, "  onRequest:")}:3 overview.onRequest：未知的变量“applications.carriedOvr.total”（该文本第1行）");
    }

    [Fact]
    public void A_template_directory_overrides_file_by_file()
    {
        using var dir = new TempDirectory();
        dir.Write("fees.hbs", "{{year}}年度未收取任何信息处理费。");
        var templates = NarrativeTemplates.FromDirectory(dir.Path);
        var composed = ReportComposer.Compose(Samples.Panzhou, templates);
        composed.Texts.ShouldContain("2024年度未收取任何信息处理费。");
        composed.Texts.ShouldContain(t => t.StartsWith("2024年，本机关政府信息公开工作仍存在一些不足：一是网上政府服务能力有待提升"));
    }

    [Fact]
    public void Templates_are_read_when_built_so_an_edited_file_is_seen_by_the_next_set()
    {
        using var dir = new TempDirectory();
        dir.Write("fees.hbs", "{{year}}年度未收取任何信息处理费。");
        var before = NarrativeTemplates.FromDirectory(dir.Path);
        dir.Write("fees.hbs", "{{year}}年度本机关未收取信息处理费。");
        var after = NarrativeTemplates.FromDirectory(dir.Path);
        before.TextOf("fees").ShouldBe("{{year}}年度未收取任何信息处理费。");
        after.TextOf("fees").ShouldBe("{{year}}年度本机关未收取信息处理费。");
        ReportComposer.Compose(Samples.Mengga, after).Texts.ShouldContain("2024年度本机关未收取信息处理费。");
    }

    [Fact]
    public void Templates_can_be_built_from_strings_and_a_name_that_is_no_template_is_refused()
    {
        var templates = NarrativeTemplates.FromStrings(new Dictionary<string, string> { ["fees"] = "{{agency}}未收取信息处理费。" });
        ReportComposer.Compose(Samples.Mengga, templates).Texts.ShouldContain("芒市勐戛镇人民政府未收取信息处理费。");
        Should.Throw<NarrativeException>(() => NarrativeTemplates.FromStrings(new Dictionary<string, string> { ["fee"] = "x" }))
            .Message.ShouldStartWith("没有名为“fee”的模板");
    }

    [Fact]
    public void The_variables_are_listed_with_what_they_hold()
    {
        var variables = NarrativeTemplates.Variables.ToDictionary(v => v.Path, v => v.Description);
        variables["applications.denied.stateSecret.total"].ShouldBe("表三 第三行（三）1“属于国家秘密” 总计列");
        variables["proactive.normativeDocuments.inForce"].ShouldBe("表二 “行政规范性文件”行“现行有效件数”列");
        variables["reviewAndLitigation.litigationAfterReview.corrected"].ShouldBe("表四 行政诉讼“复议后起诉”“结果纠正”");
        variables["self"].ShouldStartWith("本机关在正文中的自称");
    }

    [Fact]
    public void A_broken_template_names_the_file_and_line()
    {
        using var dir = new TempDirectory();
        dir.Write("problems.hbs", "第一行\n{{#if problems.issues}}没有结束");
        var error = Should.Throw<NarrativeException>(() => NarrativeTemplates.FromDirectory(dir.Path));
        error.Where.ShouldBe(dir.File("problems.hbs"));
        error.Line.ShouldBe(2);
        error.Message.ShouldStartWith("模板语法错误：块表达式没有结束");
    }

    [Fact]
    public void An_unknown_variable_in_a_template_names_the_file_and_line()
    {
        using var dir = new TempDirectory();
        dir.Write("closing.hbs", "{{agency}}\n{{publishedOn}}");
        var error = Should.Throw<NarrativeException>(() => ReportComposer.Compose(Samples.Panzhou, NarrativeTemplates.FromDirectory(dir.Path)));
        error.ToString().ShouldBe($"{dir.File("closing.hbs")}:2：未知的变量“publishedOn”");
    }

    [Fact]
    public void Every_embedded_template_renders_for_every_kind_of_office()
    {
        foreach (var kind in Enum.GetValues<AgencyKind>())
        {
            var composed = ReportComposer.Compose(AnnualReport.Empty("某机关", 2024, kind) with { PublishDate = new DateOnly(2025, 1, 15) });
            composed.Blocks.OfType<ClosingBlock>().Single().Lines.Select(l => l.Text).ShouldBe(["某机关", "2025年1月15日"]);
        }
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(12, "十二")]
    [InlineData(20, "二十")]
    [InlineData(34, "三十四")]
    public void Ordinals_are_chinese(int number, string expected) => ChineseText.Ordinal(number).ShouldBe(expected);

    [Fact]
    public void Items_are_enumerated_as_reports_write_them() =>
        ChineseText.Enumerate(["甲。", "乙；", "丙"]).ShouldBe("一是甲。二是乙。三是丙。");
}
