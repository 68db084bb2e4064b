using GovReportDocs.Diagnostics;
using GovReportDocs.NationalFormat;
using GovReportDocs.Input;
using GovReportDocs.Model;
using GovReportDocs.Narrative;
using GovReportDocs.Reading;
using GovReportDocs.Tests.Reading;
using GovReportDocs.Tests.Support;
using GovReportDocs.Validation;

namespace GovReportDocs.Tests.Validation;

/// <summary>R13–R18, the checks evaluators score: on input files and on the real published reports (seeds).</summary>
public class ReviewerRuleTests
{
    private static readonly string[] NewRules = [RuleIds.R13, RuleIds.R14, RuleIds.R15, RuleIds.R16, RuleIds.R17, RuleIds.R18];

    private static string SampleText(string name) => File.ReadAllText(RepoPaths.Sample(name));

    private static ReportDocument ParseSample(string name, Func<string, string> edit) =>
        GovReport.Parse(edit(SampleText(name)), name, InputFormat.Yaml);

    private static string SeedText(string prefix) => File.ReadAllText(SeedReadingTests.Seed(prefix));

    private static PublishedCheck CheckSeed(string prefix, Func<string, string> edit, PreviousYear? previous = null) =>
        GovReport.CheckPublished(TestReader.ReadText(edit(SeedText(prefix)), $"{prefix}.txt"), previous);

    private static Diagnostic Single(IReportFindings findings, string rule, Severity severity)
    {
        var found = findings.Diagnostics.Where(d => d.Rule == rule).ToList();
        found.Count.ShouldBe(1, string.Join("\n", findings.Diagnostics));
        found[0].Severity.ShouldBe(severity);
        return found[0];
    }

    [Theory]
    [InlineData("panzhou-2024.yaml")]
    [InlineData("mengga-2024.yaml")]
    public void The_samples_break_none_of_R14_to_R18(string sample)
    {
        var document = GovReport.Load(RepoPaths.Sample(sample));
        document.Diagnostics.Where(d => NewRules.Contains(d.Rule) && d.Rule != RuleIds.R13).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("004")]
    public void The_seeds_break_none_of_R13_to_R18(string prefix)
    {
        CheckSeed(prefix, t => t).Diagnostics.Where(d => NewRules.Contains(d.Rule)).ShouldBeEmpty();
    }

    // R13 — publication deadline

    [Fact]
    public void R13_a_government_report_published_after_31_March_is_late()
    {
        var document = ParseSample("panzhou-2024.yaml", t => t.Replace("publishDate: 2025-01-20", "publishDate: 2025-04-02"));
        var finding = Single(document, RuleIds.R13, Severity.Warning);
        finding.Message.ShouldBe("发布日期应不晚于2025年3月31日（条例第四十九条：人民政府的年度报告应于2025年3月31日前公布），实际为2025年4月2日，晚了2天");
        finding.Source!.Line.ShouldBe(7);
        finding.Field.ShouldBe("publishDate");
    }

    [Fact]
    public void R13_a_township_report_is_due_by_31_January_and_the_sample_in_time_is_silent()
    {
        var late = ParseSample("mengga-2024.yaml", t => t.Replace("publishDate: null", "publishDate: 2025-02-01"));
        Single(late, RuleIds.R13, Severity.Warning).Message.ShouldStartWith("发布日期应不晚于2025年1月31日（条例第四十九条：政府部门（乡镇、街道）的年度报告应于2025年1月31日前公布），实际为2025年2月1日，晚了1天");
        var inTime = ParseSample("mengga-2024.yaml", t => t.Replace("publishDate: null", "publishDate: 2025-01-31"));
        inTime.Diagnostics.ShouldNotContain(d => d.Rule == RuleIds.R13);
        GovReport.Load(RepoPaths.Sample("panzhou-2024.yaml")).Diagnostics.ShouldNotContain(d => d.Rule == RuleIds.R13);
    }

    [Fact]
    public void R13_an_input_without_a_date_is_warned_at_its_key()
    {
        var finding = Single(GovReport.Load(RepoPaths.Sample("mengga-2024.yaml")), RuleIds.R13, Severity.Warning);
        finding.Message.ShouldStartWith("未填写发布日期（publishDate）：落款处留有日期空位");
        finding.Source!.Line.ShouldBe(6);
    }

    [Fact]
    public void R13_reads_the_date_under_the_signature_of_a_published_report()
    {
        CheckSeed("003", t => t).Diagnostics.ShouldNotContain(d => d.Rule == RuleIds.R13);
        var late = Single(CheckSeed("003", t => t.Replace("2024年1月17日", "2024年2月5日")), RuleIds.R13, Severity.Warning);
        late.Message.ShouldStartWith("发布日期应不晚于2024年1月31日");
        late.Message.ShouldEndWith("实际为2024年2月5日，晚了5天");
        late.Source!.ToString().ShouldBe("003.txt:35:1");
        var undated = Single(CheckSeed("003", t => t.Replace("2024年1月17日", "")), RuleIds.R13, Severity.Warning);
        undated.Message.ShouldStartWith("落款“清城區源潭鎮人民政府”下未写成文日期");
        undated.Source!.Line.ShouldBe(34);
    }

    [Fact]
    public void R13_reads_the_pages_publication_date()
    {
        var finding = Single(CheckSeed("000", t => "发布日期：2025-02-10\n" + t), RuleIds.R13, Severity.Warning);
        finding.Message.ShouldEndWith("实际为2025年2月10日，晚了10天");
        finding.Source!.Line.ShouldBe(1);
        CheckSeed("001", t => "发布时间: 2025-03-10 15:35\n" + t).Diagnostics.ShouldNotContain(d => d.Rule == RuleIds.R13);
    }

    [Fact]
    public void R13_reads_the_publication_date_in_a_crawlers_header()
    {
        // 14 公安局 2024 as crawled: 标题/发布时间/文号/… above the text, no date under the signature. import took that
        // 发布时间 as the report's date; check must judge the deadline by it too.
        var text = File.ReadAllText(RepoPaths.Corpus("14-pingtan-gaj-2024-crawltext.txt"));
        GovReport.CheckPublished(TestReader.ReadText(text, "14.txt")).Diagnostics.ShouldNotContain(d => d.Rule == RuleIds.R13);

        var late = text.Replace("发布时间: 2025-01-20 17:39", "发布时间: 2025-02-20 17:39", StringComparison.Ordinal);
        var finding = Single(GovReport.CheckPublished(TestReader.ReadText(late, "14.txt")), RuleIds.R13, Severity.Warning);
        finding.Message.ShouldEndWith("实际为2025年2月20日，晚了20天");
        finding.Source!.Line.ShouldBe(1);
    }

    // R14 — part 五

    [Fact]
    public void R14_an_input_without_problems_is_warned()
    {
        var report = Samples.Panzhou with { Problems = ProblemsAndImprovements.Empty };
        var finding = ReportValidator.Validate(report).Single(RuleIds.R14, Severity.Warning);
        finding.Message.ShouldBe("“五、存在的主要问题及改进情况”应写明本年度存在的主要问题（problems.issues）和改进措施（problems.measures），实际为空");
        finding.Field.ShouldBe("problems");

        var none = Samples.Panzhou with { Problems = new ProblemsAndImprovements(new ValueList<string>(["无"]), ValueList<string>.Empty) };
        ReportValidator.Validate(none).Single(RuleIds.R14, Severity.Warning).Message.ShouldEndWith("实际只写了“无”");
    }

    [Fact]
    public void R14_problems_without_measures_is_warned_at_the_key()
    {
        var yaml = SampleText("panzhou-2024.yaml");
        var start = yaml.IndexOf("  measures:\n", StringComparison.Ordinal);
        var end = yaml.IndexOf("  lastYearRectification", start, StringComparison.Ordinal);
        var withoutMeasures = GovReport.Parse(yaml[..start] + "  measures: []\n" + yaml[end..], "panzhou-2024.yaml", InputFormat.Yaml);
        var finding = Single(withoutMeasures, RuleIds.R14, Severity.Warning);
        finding.Message.ShouldBe("“五、存在的主要问题及改进情况”列了3项问题，应同时写明改进措施（problems.measures），实际未填写");
        finding.Source!.Line.ShouldBe(80);
    }

    [Fact]
    public void R14_a_published_part_5_of_a_bare_none_is_an_error_at_its_title()
    {
        var text = SeedText("001");
        var five = text.IndexOf("五、存在的主要问题及改进情况\n", StringComparison.Ordinal);
        var six = text.IndexOf("六、其他需要报告的事项", StringComparison.Ordinal);
        var check = GovReport.CheckPublished(TestReader.ReadText(text[..five] + "五、存在的主要问题及改进情况\n无。\n" + text[six..], "001.txt"));
        var finding = Single(check, RuleIds.R14, Severity.Error);
        finding.Message.ShouldBe("“五、存在的主要问题及改进情况”应写明本年度存在的主要问题和改进措施，实际只写了“无。”");
        finding.Source!.ToString().ShouldBe("001.txt:304:1");
    }

    [Fact]
    public void R14_a_published_part_5_that_lists_problems_only_is_an_error()
    {
        // Seed 003 lists its problems in 五 and puts what it will do under 六.
        var finding = Single(CheckSeed("003", t => t), RuleIds.R14, Severity.Error);
        finding.Message.ShouldStartWith("“五、存在的主要问题及改进情况”只列了问题，应同时写明改进措施");
        finding.Source!.Line.ShouldBe(30);
        var measures = SeedText("000").Split('\n')[339];
        measures.ShouldStartWith("针对存在的问题");
        var check = CheckSeed("000", t => t.Replace(measures + "\n", ""));
        Single(check, RuleIds.R14, Severity.Error).Source!.Line.ShouldBe(338);
    }

    // R15 — copied from last year

    [Fact]
    public void R15_a_published_report_copied_from_last_year_is_warned_with_the_share_and_the_passages()
    {
        var lastYear = TestReader.ReadText(SeedText("001").Replace("2024", "2023"), "2023.txt");
        var findings = CheckSeed("001", t => t, PreviousYear.FromPublished(lastYear)).Diagnostics.Where(d => d.Rule == RuleIds.R15).ToList();
        // The tables are last year's too: 表三 and 表四 are each one more finding.
        findings.Select(d => d.Message[..3]).ShouldBe(["全文（", "表三与", "表四与"]);
        var finding = findings[0];
        finding.Severity.ShouldBe(Severity.Warning);
        finding.Message.ShouldStartWith("全文（格式和模板的固定文字除外）与上年报告重复100 %，应不超过50 %；最长的重复段落：一、总体情况“");
        finding.Message.ShouldContain("（1370字）");
        finding.Source!.Line.ShouldBe(2);
    }

    [Fact]
    public void R15_a_single_part_carried_over_is_still_warned()
    {
        var text = SeedText("001");
        var rewritten = "一、总体情况\n" + string.Concat(Enumerable.Range(1, 40).Select(i => $"本年度第{i}项工作另行撰写，内容与上年不同，编号{i * 7}。\n"));
        var lastYearText = text[..text.IndexOf("一、总体情况", StringComparison.Ordinal)] + rewritten + text[text.IndexOf("二、主动公开", StringComparison.Ordinal)..];
        var lastYear = TestReader.ReadText(lastYearText.Replace("2024", "2023"), "2023.txt");
        var findings = CheckSeed("001", t => t, PreviousYear.FromPublished(lastYear)).Diagnostics
            .Where(d => d.Rule == RuleIds.R15 && !d.Message.StartsWith('表')).ToList();
        findings.Select(d => d.Message).ShouldBe(
            ["“五、存在的主要问题及改进情况”（格式和模板的固定文字除外）与上年报告的相似度为100 %（应低于80 %），应根据本年度情况撰写，不宜照搬上年内容"]);
        findings[0].Source!.Line.ShouldBe(304);
    }

    [Fact]
    public void R15_tables_identical_to_last_years_are_warned_for_an_input()
    {
        var lastYear = Samples.Panzhou with { Year = 2023, Preamble = "上年的前言另有内容。", Overview = Overview.Default, Problems = ProblemsAndImprovements.Empty };
        var findings = ReportValidator.Validate(Samples.Panzhou, lastYear).Of(RuleIds.R15);
        findings.Select(d => d.Message).ShouldBe(
        [
            "表三与上年报告逐格相同（175个数字全部一致，其中16个不为0），而报告年度已变：请核对是否沿用了上年的统计表",
            "表四与上年报告逐格相同（15个数字全部一致，其中6个不为0），而报告年度已变：请核对是否沿用了上年的统计表",
        ]);
        findings.ShouldAllBe(d => d.Severity == Severity.Warning);
        findings[0].Datum.ShouldBeOfType<ApplicationDatum>();
    }

    [Fact]
    public void R15_an_input_whose_own_text_is_last_years_is_warned_at_the_part()
    {
        var lastYear = Samples.Panzhou with { Year = 2023, ReviewAndLitigation = ReviewAndLitigation.Zero, Applications = ApplicationStatistics.Zero };
        var finding = ReportValidator.Validate(Samples.Panzhou, lastYear).Single(RuleIds.R15, Severity.Warning);
        finding.Message.ShouldStartWith("全文（格式和模板的固定文字除外）与上年报告重复100 %");
        finding.Field.ShouldBe("overview");
    }

    [Fact]
    public void R15_sets_the_templates_fixed_wording_aside()
    {
        var stock = StockPhrases.Of(NarrativeTemplates.Default);
        stock.ShouldContain("严格执行政府信息公开发布审查制度，规范信息发布流程，及时更新政府信息公开指南和目录，依法做好政府信息管理工作");
        stock.ShouldNotContain(s => s.Contains("{{") || s.Contains('【'));

        // Two years written wholly by the templates share every sentence, and none of it counts as copied.
        var thisYear = AnnualReport.Empty("某某县某某局", 2025) with
        {
            Problems = new ProblemsAndImprovements(new ValueList<string>(["政策解读形式单一，图解、音视频解读偏少。"]), new ValueList<string>(["丰富解读形式，多用图表图解。"])),
        };
        var lastYear = thisYear with { Year = 2024, Problems = new ProblemsAndImprovements(new ValueList<string>(["信息发布不够及时，部分栏目更新滞后。"]), new ValueList<string>(["建立栏目更新台账，按月检查。"])) };
        var html = GovReport.Prepare(thisYear).ToHtml();
        var previousHtml = GovReport.Prepare(lastYear).ToHtml();
        var check = GovReport.CheckPublished(TestReader.ReadHtml(html, "2025.html"),
            PreviousYear.FromPublished(TestReader.ReadHtml(previousHtml, "2024.html")));
        check.Diagnostics.ShouldNotContain(d => d.Rule == RuleIds.R15, string.Join("\n", check.Diagnostics));
    }

    // R16 — sudden change

    [Fact]
    public void R16_a_count_that_falls_below_a_fifth_of_last_years_is_warned()
    {
        var lastYear = ParseSample("panzhou-2024.yaml", t => t.Replace("year: 2024", "year: 2023").Replace("newlyReceived: [33, 0, 0, 0, 0, 0]", "newlyReceived: [200, 0, 0, 0, 0, 0]")).Report!;
        var finding = ReportValidator.Validate(Samples.Panzhou, lastYear).Single(RuleIds.R16, Severity.Warning);
        finding.Message.ShouldBe("本年新收申请数（表三 第一行“本年新收” 总计列）为33，上年为200，只有上年的0.17倍：变化超过5倍，请核对是否填错或错列；如属实，请在正文说明原因");
        finding.Datum.ShouldBe(new ApplicationDatum(ApplicationRow.NewlyReceived, ApplicantColumn.Total));
    }

    [Fact]
    public void R16_is_silent_below_the_floor_and_within_five_fold()
    {
        var small = Samples.Panzhou with { Year = 2023, Proactive = Samples.Panzhou.Proactive with { Licensing = 1 } };
        var report = Samples.Panzhou with { Proactive = Samples.Panzhou.Proactive with { Licensing = 9 } };
        ReportValidator.Validate(report, small).Of(RuleIds.R16).ShouldBeEmpty();
        var fivefold = Samples.Panzhou with { Proactive = Samples.Panzhou.Proactive with { Licensing = 50 } };
        ReportValidator.Validate(fivefold, Samples.Panzhou with { Year = 2023, Proactive = Samples.Panzhou.Proactive with { Licensing = 10 } }).Of(RuleIds.R16).ShouldBeEmpty();
        var growth = ReportValidator.Validate(fivefold with { Proactive = fivefold.Proactive with { Licensing = 51 } },
            Samples.Panzhou with { Year = 2023, Proactive = Samples.Panzhou.Proactive with { Licensing = 10 } }).Single(RuleIds.R16, Severity.Warning);
        growth.Message.ShouldStartWith("行政许可处理决定数（表二 “行政许可”行）为51，上年为10，是上年的5.1倍");
    }

    // R17 — leftovers

    [Fact]
    public void R17_placeholders_in_an_input_are_warnings_at_their_key()
    {
        var document = ParseSample("panzhou-2024.yaml", t => t.Replace("publishDate: 2025-01-20", "publishDate: 2025-01-20\npreamble: 现公布盘州市人民政府2024年政府信息公开工作年度报告。联系电话：XXXX-XXXXXXX，地址：【请填写】。"));
        var findings = document.Diagnostics.Where(d => d.Rule == RuleIds.R17).ToList();
        findings.Select(d => d.Message).ShouldBe(["前言中留有占位文字“XXXX”：发布前应替换为实际内容", "前言中留有占位文字“XXXXXXX”：发布前应替换为实际内容", "前言中留有占位文字“【请填写】”：发布前应替换为实际内容"]);
        findings.ShouldAllBe(d => d.Severity == Severity.Warning && d.Source!.Line == 8);
    }

    [Fact]
    public void R17_mou_mou_in_the_offices_own_name_is_no_placeholder()
    {
        var own = AnnualReport.Empty("某某县某某局", 2025) with { Preamble = "现公布某某县某某局2025年政府信息公开工作年度报告。" };
        ReportValidator.Validate(own).Of(RuleIds.R17).ShouldBeEmpty();
        var other = own with { Preamble = "现公布某某县某某局2025年政府信息公开工作年度报告，联系人某某。" };
        ReportValidator.Validate(other).Single(RuleIds.R17, Severity.Warning).Message.ShouldBe("前言中留有占位文字“某某”：发布前应替换为实际内容");
    }

    [Fact]
    public void R17_another_offices_name_and_a_repeated_word_in_an_input()
    {
        var report = Samples.Panzhou with
        {
            Preamble = "现公布水城区人民政府2024年政府信息公开工作年度报告。",
            Overview = Samples.Panzhou.Overview with { Introduction = "本年度主动公开信息数量增加增加，公开质量提升。" },
        };
        var findings = ReportValidator.Validate(report).Of(RuleIds.R17);
        findings.Select(d => (d.Severity, d.Message, d.Field)).ShouldBe(
        [
            (Severity.Warning, "总体情况（概述）中“增加增加”重复了“增加”：应为“增加”", "overview.introduction"),
            (Severity.Warning, "前言中公布报告的机关应为“盘州市人民政府”，实际为“水城区人民政府”：可能沿用了其他机关的报告", "preamble"),
        ], ignoreOrder: true);
    }

    [Fact]
    public void R17_a_line_that_is_only_a_caption_beside_its_alt_text_is_no_word_typed_twice()
    {
        // The footer of a saved 平潭 page printed by Chromium: an icon's caption printed beside its alt text.
        var check = CheckSeed("000", t => t + "\n平潭文旅平潭文旅\n本年度信息公开工作增加增加。\n");

        check.Diagnostics.Where(d => d.Rule == RuleIds.R17).Select(d => d.Message).ShouldBe(["正文中“增加增加”重复了“增加”：应为“增加”"]);
    }

    [Theory]
    [InlineData("本年度主动公开信息数量增加增加，公开质量提升。")]
    [InlineData("推进推进推进政务公开，哈哈哈哈，信息公开信息公开工作，一一对应，公开公开。")]
    [InlineData("AB增加增加12加强加强加强加强")]
    public void R17_finds_a_word_typed_twice_where_the_pattern_with_a_back_reference_does(string text)
    {
        var pattern = new System.Text.RegularExpressions.Regex(@"(?<w>[\u4e00-\u9fff]{2,4})\k<w>");
        var expected = pattern.Matches(text).Select(m => (m.Value, m.Groups["w"].Value)).ToList();

        expected.ShouldNotBeEmpty();
        R17Leftovers.Repeated(text).ShouldBe(expected);
    }

    [Fact]
    public void R17_finds_a_word_typed_twice_as_the_back_reference_pattern_does_on_every_string_of_a_small_alphabet()
    {
        var pattern = new System.Text.RegularExpressions.Regex(@"(?<w>[\u4e00-\u9fff]{2,4})\k<w>");
        var random = new Random(17);
        for (var n = 0; n < 2000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 24)).Select(_ => "增加强a，"[random.Next(5)]).ToArray());
            R17Leftovers.Repeated(text).ShouldBe(pattern.Matches(text).Select(m => (m.Value, m.Groups["w"].Value)), text);
        }
    }

    [Fact]
    public void R17_a_placeholder_in_a_published_report_is_an_error_at_its_line()
    {
        var check = CheckSeed("000", t => t.Replace("联系电话:0692-3067277)。", "联系电话:××××)。"));
        var finding = Single(check, RuleIds.R17, Severity.Error);
        finding.Message.ShouldBe("正文中留有占位文字“××××”：发布前应替换为实际内容");
        finding.Source!.Line.ShouldBe(1);
    }

    [Fact]
    public void R17_another_offices_signature_on_a_published_report_is_an_error()
    {
        var finding = Single(CheckSeed("003", t => t.Replace("清城區源潭鎮人民政府\n2024", "清城區飛來峽鎮人民政府\n2024")), RuleIds.R17, Severity.Error);
        finding.Message.ShouldBe("落款机关应为“源潭镇”，实际为“清城區飛來峽鎮人民政府”：可能沿用了其他机关的报告");
        finding.Source!.Line.ShouldBe(34);
        // The same office in Traditional characters is the same office.
        CheckSeed("003", t => t).Diagnostics.ShouldNotContain(d => d.Rule == RuleIds.R17);
    }

    // R18 — corrected outcomes

    [Fact]
    public void R18_a_corrected_review_is_an_info_note_at_its_cell()
    {
        var report = Samples.Panzhou with { ReviewAndLitigation = Samples.Panzhou.ReviewAndLitigation with { Review = new ReviewOutcomes(1, 1, 1, 0) } };
        var finding = ReportValidator.Validate(report).Single(RuleIds.R18, Severity.Info);
        finding.Message.ShouldBe("表四 行政复议“结果纠正”列为1件：被纠正的案件在评估中逐件扣分，建议在“五、存在的主要问题及改进情况”中说明原因和整改措施");
        finding.Datum.ShouldBe(new ReviewDatum(ReviewGroup.Review, ReviewOutcome.Corrected));
        finding.SeverityText.ShouldBe("提示");
    }

    [Fact]
    public void R18_on_a_published_report_is_located_at_the_table_and_counts_as_no_error()
    {
        var text = SeedText("001");
        var table = text.IndexOf("2 |\n0 |\n1 |\n0 |\n3 |\n", StringComparison.Ordinal);
        table.ShouldBeGreaterThan(0);
        var corrected = text[..table] + "2 |\n1 |\n0 |\n0 |\n3 |\n" + text[(table + "2 |\n0 |\n1 |\n0 |\n3 |\n".Length)..];
        var check = GovReport.CheckPublished(TestReader.ReadText(corrected, "001.txt"));
        var finding = Single(check, RuleIds.R18, Severity.Info);
        finding.Message.ShouldStartWith("表四 行政复议“结果纠正”列为1件");
        finding.Source!.Line.ShouldBe(290);
        check.ErrorCount().ShouldBe(GovReport.CheckPublished(TestReader.ReadText(text, "001.txt")).ErrorCount());
        check.WarningCount().ShouldBe(GovReport.CheckPublished(TestReader.ReadText(text, "001.txt")).WarningCount());
    }
}
