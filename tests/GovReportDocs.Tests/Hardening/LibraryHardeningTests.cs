using GovReportDocs.Diagnostics;
using GovReportDocs.Files;
using GovReportDocs.Input;
using GovReportDocs.Model;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Hardening;

/// <summary>Issue 22: what a careless or hostile input does to the library and the command line.</summary>
public class LibraryHardeningTests
{
    /// <summary>10,000,000 received and 10,000,000 carried over, all concluded: each cell within the limit, the totals past it.</summary>
    private static AnnualReport Busiest()
    {
        var full = new ApplicantCounts(Limits.MaxCount, 0, 0, 0, 0, 0);
        var applications = ApplicationStatistics.Zero
            .With(ApplicationRow.NewlyReceived, full)
            .With(ApplicationRow.CarriedOver, full)
            .With(ApplicationRow.Granted, full)
            .With(ApplicationRow.PartiallyGranted, full);
        return AnnualReport.Empty("某某县某某局", 2025) with { Applications = applications };
    }

    [Fact]
    public void Totals_past_the_cell_limit_are_totals_not_cells_and_validate_and_render_answer()
    {
        using var folder = new TempDirectory();
        var input = folder.Write("busiest.yaml", GovReport.ToInputYaml(Busiest()));

        var validate = CliRunner.Run("validate", input);
        var render = CliRunner.Run("render", input, "--format", "docx", "-o", folder.Path);

        validate.ExitCode.ShouldBeOneOf(0, 1);
        validate.Error.ShouldNotContain("Exception");
        render.ExitCode.ShouldBeOneOf(0, 1);
        render.Error.ShouldNotContain("Exception");
        Busiest().Applications.ResultsTotal.NaturalPersons.ShouldBe(2 * Limits.MaxCount);
    }

    [Fact]
    public void An_entered_row_past_the_cell_limit_is_still_refused_by_the_model()
    {
        Should.Throw<ArgumentOutOfRangeException>(() =>
            ApplicationStatistics.Zero.With(ApplicationRow.Granted, new ApplicantCounts(Limits.MaxCount + 1, 0, 0, 0, 0, 0)));
    }

    [Theory]
    [InlineData("某某\u202E局", "U+202E")]
    [InlineData("某某\u200B局", "U+200B")]
    [InlineData("某某\u2028局", "U+2028")]
    [InlineData("某某\u2029局", "U+2029")]
    [InlineData("某某\uFEFF局", "U+FEFF")]
    [InlineData("某某\t局", "U+0009")]
    public void An_invisible_or_direction_changing_character_in_the_agency_is_refused_naming_it(string agency, string named)
    {
        var document = GovReport.Prepare(AnnualReport.Empty(agency, 2025));

        var finding = document.Diagnostics.Single(d => d.Field == "agency");
        finding.Rule.ShouldBe(RuleIds.Input);
        finding.Severity.ShouldBe(Severity.Error);
        finding.Field.ShouldBe("agency");
        finding.Message.ShouldContain("第3个字符");
        finding.Message.ShouldContain(named);
        document.CanRender.ShouldBeFalse();
    }

    [Fact]
    public void One_agency_length_limit_is_checked_by_validate_and_render_alike()
    {
        using var folder = new TempDirectory();
        var longest = folder.Write("longest.yaml", GovReport.ToInputYaml(AnnualReport.Empty(new string('局', Limits.MaxAgencyLength), 2025)));
        var over = folder.Write("over.yaml", GovReport.ToInputYaml(AnnualReport.Empty(new string('局', Limits.MaxAgencyLength + 1), 2025)));
        var fiveHundred = folder.Write("five-hundred.yaml", GovReport.ToInputYaml(AnnualReport.Empty(new string('局', 500), 2025)));

        CliRunner.Run("validate", longest).ExitCode.ShouldBe(0);
        CliRunner.Run("render", longest, "--format", "docx", "-o", folder.Path).ExitCode.ShouldBe(0);
        foreach (var file in new[] { over, fiveHundred })
        {
            var validate = CliRunner.Run("validate", file);
            var render = CliRunner.Run("render", file, "--format", "docx", "-o", folder.Path);
            validate.ExitCode.ShouldBe(1);
            render.ExitCode.ShouldBe(1);
            validate.Out.ShouldContain($"机关全称过长");
            validate.Out.ShouldContain($"最多{Limits.MaxAgencyLength}个字符");
            render.Out.ShouldContain($"最多{Limits.MaxAgencyLength}个字符");
        }
    }

    [Fact]
    public void The_create_forms_maxlength_is_the_agency_limit()
    {
        var page = File.ReadAllText(Path.Combine(RepoPaths.Root, "src/GovReportDocs.Web/Assets/index.html"));

        page.ShouldContain($"id=\"create-agency\" name=\"agency\" required maxlength=\"{Limits.MaxAgencyLength}\"");
    }

    private sealed class Resolver(Func<string> resolve) : IReportFileResolver
    {
        public string Resolve(string reference, string referringFile) => resolve();
    }

    public static TheoryData<string, string> ResolverFailures => new()
    {
        { "null", "路径解析结果为空" },
        { "io", "读取失败" },
        { "access", "没有读取权限" },
    };

    [Theory]
    [MemberData(nameof(ResolverFailures))]
    public void A_previous_year_resolver_returning_null_or_failing_is_a_finding(string how, string said)
    {
        var resolver = new Resolver(() => how switch
        {
            "null" => null!,
            "io" => throw new IOException("disk"),
            _ => throw new UnauthorizedAccessException("no"),
        });
        var text = GovReport.ToInputYaml(AnnualReport.Empty("某某县某某局", 2025) with { PreviousYear = "last.yaml" });

        var document = GovReport.Parse(text, "/tmp/this.yaml", InputFormat.Yaml, new ReportOptions { Files = resolver });

        var finding = document.Diagnostics.Single(d => d.Field == "previousYear");
        finding.Severity.ShouldBe(Severity.Error);
        finding.Message.ShouldStartWith("上年报告“last.yaml”无法读取：");
        finding.Message.ShouldContain(said);
    }

    [Fact]
    public void A_chain_of_more_symbolic_links_than_the_resolver_follows_is_refused_not_handed_to_the_system()
    {
        using var outside = new TempDirectory();
        using var folder = new TempDirectory();
        var secret = outside.Write("secret.yaml", "agency: 外面的秘密\n");
        var previous = secret;
        for (var i = 44; i >= 0; i--)
        {
            var link = folder.File($"link{i}.yaml");
            File.CreateSymbolicLink(link, previous);
            previous = link;
        }

        var resolver = new FolderTreeResolver(folder.Path);

        var e = Should.Throw<ReportReadException>(() => resolver.Resolve("link0.yaml", folder.File("this.yaml")));
        e.Message.ShouldContain("符号链接过多");
        var document = GovReport.Parse(GovReport.ToInputYaml(AnnualReport.Empty("某某县某某局", 2025) with { PreviousYear = "link0.yaml" }),
            folder.File("this.yaml"), InputFormat.Yaml, new ReportOptions { Files = resolver });
        document.Diagnostics.ShouldNotContain(d => d.Message.Contains("外面的秘密"));
        document.Diagnostics.ShouldContain(d => d.Field == "previousYear" && d.Message.Contains("符号链接过多"));
    }

    [Fact]
    public void Check_of_a_folder_follows_no_directory_link_in_loops_or_out_of_it()
    {
        using var outside = new TempDirectory();
        using var folder = new TempDirectory();
        File.Copy(Path.Combine(RepoPaths.Samples, "panzhou-2024.yaml"), outside.File("outside.yaml"));
        outside.Write("outside.txt", "外面的文件");
        folder.Write("report.txt", "某某县某某局2024年政府信息公开工作年度报告\n");
        Directory.CreateSymbolicLink(folder.File("self1"), folder.Path);
        Directory.CreateSymbolicLink(folder.File("self2"), folder.Path);
        Directory.CreateSymbolicLink(folder.File("up"), outside.Path);
        File.CreateSymbolicLink(folder.File("out.txt"), outside.File("outside.txt"));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var check = CliRunner.Run("check", folder.Path);
        var validate = CliRunner.Run("validate", folder.Path);

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
        check.ExitCode.ShouldBeOneOf(0, 1, 2);
        (check.Out + check.Error).ShouldContain("report.txt");
        (check.Out + check.Error).ShouldNotContain("self1");
        (check.Out + check.Error).ShouldNotContain("self2");
        (check.Out + check.Error).ShouldNotContain("outside");
        (check.Out + check.Error).ShouldNotContain("out.txt");
        (validate.Out + validate.Error).ShouldNotContain("outside");
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
    }

    [Fact]
    public void A_named_pipe_is_told_from_a_regular_file_and_an_empty_file_is_one()
    {
        using var folder = new TempDirectory();
        MakeFifo(folder.File("pipe.yaml"));
        var empty = folder.Write("empty.yaml", "");

        SpecialFile.Is(folder.File("pipe.yaml")).ShouldBe(true);
        SpecialFile.Is("/dev/null").ShouldBe(true);
        SpecialFile.Is(empty).ShouldBe(false);
        SpecialFile.Is(folder.Path).ShouldBe(false);
        SpecialFile.Is(folder.File("missing.yaml")).ShouldBe(false);
        GovReport.Load(folder.File("pipe.yaml")).Errors().Single().Message.ShouldBe("不是普通文件（命名管道、设备等），不能读取");
        GovReport.Load(empty).Errors().Single().Message.ShouldBe("文件为空");
    }

    [Fact]
    public void Check_and_validate_of_a_folder_skip_a_named_pipe_and_tell_an_empty_file()
    {
        using var folder = new TempDirectory();
        MakeFifo(folder.File("pipe.txt"));
        MakeFifo(folder.File("pipe.yaml"));
        folder.Write("empty.txt", "");
        folder.Write("empty.yaml", "");

        var check = CliRunner.Run("check", folder.Path);
        var validate = CliRunner.Run("validate", folder.Path);

        (check.Out + check.Error).ShouldNotContain("pipe.txt");
        (check.Out + check.Error).ShouldContain("empty.txt");
        (check.Out + check.Error).ShouldContain("文件为空");
        (validate.Out + validate.Error).ShouldNotContain("pipe.yaml");
        (validate.Out + validate.Error).ShouldContain("empty.yaml");
        (validate.Out + validate.Error).ShouldContain("文件为空");
        check.ExitCode.ShouldBe(2);
        validate.ExitCode.ShouldBe(2);
    }
}
