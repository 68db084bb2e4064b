using GovReportDocs.Files;
using GovReportDocs;
using GovReportDocs.Diagnostics;
using GovReportDocs.Input;
using GovReportDocs.Model;
using GovReportDocs.Tests.Support;
using GovReportDocs.Validation;
using static GovReportDocs.Tests.Input.InputFiles;

namespace GovReportDocs.Tests.Input;

public class InputRoundTripTests
{
    [Fact]
    public void The_same_report_in_yaml_and_json_loads_to_equal_models()
    {
        var yaml = GovReport.Load(RepoPaths.Sample("panzhou-2024.yaml"));
        var json = GovReport.Load(RepoPaths.TestData("Input", "panzhou-2024.json"));
        json.Diagnostics.ShouldBe(yaml.Diagnostics.Select(d => d with { Source = json.Diagnostics[0].Source }));
        json.Report!.ShouldBe(yaml.Report!);
    }

    [Fact]
    public void The_sample_carries_the_published_numbers()
    {
        var report = Samples.Panzhou;
        report.Agency.ShouldBe("盘州市人民政府");
        report.Kind.ShouldBe(AgencyKind.Government);
        report.PublishDate.ShouldBe(new DateOnly(2025, 1, 20));
        report.Proactive.NormativeDocuments.ShouldBe(new DocumentCounts(4, 13, 34));
        report.Applications.NewlyReceived.Total.ShouldBe(33);
        report.Applications.CarriedOver.Total.ShouldBe(4);
        report.Applications[ApplicationRow.PartiallyGranted].NaturalPersons.ShouldBe(11);
        report.Applications[ApplicationRow.UnableNotHeld].NaturalPersons.ShouldBe(9);
        report.Applications[ApplicationRow.OtherOther].NaturalPersons.ShouldBe(2);
        report.Applications.ResultsTotal.Total.ShouldBe(34);
        report.Applications.CarriedForward.Total.ShouldBe(3);
        report.ReviewAndLitigation.Review.ShouldBe(new ReviewOutcomes(2, 0, 1, 0));
        report.ReviewAndLitigation.LitigationAfterReview.ShouldBe(new ReviewOutcomes(0, 0, 1, 1));
        report.Problems.Issues.Count.ShouldBe(3);
        report.Contact.Phone.ShouldBe("0858—3636249");
    }

    [Fact]
    public void An_omitted_applications_block_means_a_unit_that_received_nothing()
    {
        var report = ParseClean("agency: 某镇人民政府\nyear: 2024\nagencyKind: township\n");
        report.Applications.ShouldBe(ApplicationStatistics.Zero);
        report.Proactive.ShouldBe(ProactiveDisclosure.Zero);
        report.ReviewAndLitigation.ShouldBe(ReviewAndLitigation.Zero);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Written_yaml_reads_back_to_the_same_report(bool comments)
    {
        foreach (var report in new[] { Samples.Panzhou, Samples.Mengga })
        {
            ParseClean(YamlInputWriter.Write(report, comments)).ShouldBe(report);
        }
    }

    [Fact]
    public void Texts_that_look_like_other_yaml_types_survive_a_round_trip()
    {
        var report = AnnualReport.Empty("某局", 2024) with
        {
            Preamble = "2024-01-01",
            Contact = new Contact("路1号: 东", "553500", "true", "#网站"),
            Overview = new Overview("null", "第一段\n\n第二段", "- 列表", "  前后空格  ", "\"引号\" 与 \\ 反斜杠"),
            Problems = new ProblemsAndImprovements(["yes", "1.5"], ["a: b"], "[x]"),
        };
        ParseClean(YamlInputWriter.Write(report)).ShouldBe(report);
    }

    [Fact]
    public void Last_years_input_loads_relative_to_the_file_that_names_it()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("2023"));
        Directory.CreateDirectory(dir.File("2024"));
        var previous = Samples.Panzhou with
        {
            Year = 2023,
            PublishDate = new DateOnly(2024, 1, 18),
            Preamble = null,
            Applications = ApplicationStatistics.Zero.With(ApplicationRow.CarriedForward, new ApplicantCounts(6, 0, 0, 0, 0, 0)),
        };
        File.WriteAllText(dir.File("2023/panzhou.yaml"), YamlInputWriter.Write(previous));
        var current = Samples.Panzhou with { PreviousYear = "../2023/panzhou.yaml" };
        var path = dir.Write("2024/panzhou.yaml", YamlInputWriter.Write(current));

        var load = GovReport.Load(path, new ReportOptions { Files = new FolderTreeResolver(dir.Path) });
        load.Errors().ShouldAllBe(d => d.Rule == RuleIds.R6);
        load.PreviousYear!.Report.ShouldBe(previous);

        var r6 = load.Diagnostics.Where(d => d.Rule == RuleIds.R6).ToList();
        r6.Select(d => d.Message).ShouldContain("表三 第二行“上年结转” 自然人列应为6（上年报告第四行“结转下年度”），实际为4");
        r6[0].Source!.File.ShouldBe(path);
        r6[0].Source!.KeyPath.ShouldBe("applications.carriedOver");
    }

    [Fact]
    public void A_broken_last_year_file_is_reported_with_its_own_name()
    {
        using var dir = new TempDirectory();
        dir.Write("2023.yaml", "agency: 某局\nyear: 去年\n");
        var path = dir.Write("2024.yaml", "agency: 某局\nyear: 2024\npreviousYear: 2023.yaml\n");
        var load = GovReport.Load(path);
        load.IsUnreadable.ShouldBeFalse();
        load.CanRender.ShouldBeFalse();
        load.Errors().Select(d => d.ToString()).ShouldBe(
        [
            $"{path}:3:1 previousYear：上年报告“2023.yaml”有错误，未作跨年度核对（错误见下）",
            $"{dir.File("2023.yaml")}:2:7 year：应为四位年份（如2024），实际为文本“去年”",
        ]);
    }

    [Fact]
    public void Rule_findings_on_an_input_file_point_at_the_line_of_the_number()
    {
        var text = Replace(PanzhouYaml, "  carriedForward: [3, 0, 0, 0, 0, 0]", "  carriedForward: [4, 0, 0, 0, 0, 0]");
        var result = Parse(text);
        var r2 = result.Diagnostics.Where(d => d.Rule == RuleIds.R2).ToList();
        r2.Count.ShouldBe(2);
        r2.ShouldAllBe(d => d.Source!.KeyPath == "applications");
        var r11 = result.Diagnostics.Single(d => d.Rule == RuleIds.R11);
        r11.Source!.Line.ShouldBe(LineOf(text, "  supervision:"));
    }

    [Fact]
    public void The_schema_describes_every_key_and_refuses_unknown_ones()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(InputSchema.Write());
        var root = schema.RootElement;
        root.GetProperty("additionalProperties").GetBoolean().ShouldBeFalse();
        root.GetProperty("required").EnumerateArray().Select(e => e.GetString()).ShouldBe(["agency", "year"]);
        var properties = root.GetProperty("properties");
        properties.EnumerateObject().Select(p => p.Name).ShouldBe(
        [
            "agency", "year", "agencyKind", "publishDate", "contact", "preamble", "overview", "proactive",
            "applications", "reviewAndLitigation", "problems", "otherMatters", "previousYear",
        ]);
        var denied = properties.GetProperty("applications").GetProperty("properties").GetProperty("denied");
        denied.GetProperty("properties").EnumerateObject().Count().ShouldBe(8);
        var row = denied.GetProperty("properties").GetProperty("stateSecret");
        row.GetProperty("minItems").GetInt32().ShouldBe(6);
        row.GetProperty("maxItems").GetInt32().ShouldBe(7);
        row.GetProperty("description").GetString().ShouldBe("1.属于国家秘密");
    }

    [Fact]
    public void The_input_validation_of_a_sample_has_no_error()
    {
        var result = GovReport.Load(RepoPaths.Sample("mengga-2024.yaml"));
        result.HasErrors.ShouldBeFalse();
        result.Diagnostics.ShouldHaveSingleItem().Field.ShouldBe("publishDate"); // the published report has no date
        new ValidationResult([]).HasErrors.ShouldBeFalse();
    }
}
