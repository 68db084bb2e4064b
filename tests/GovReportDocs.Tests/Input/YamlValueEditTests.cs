using GovReportDocs.Input;
using GovReportDocs.Model;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Input;

public class YamlValueEditTests
{
    private static readonly string Panzhou = File.ReadAllText(RepoPaths.Sample("panzhou-2024.yaml"));

    private static AnnualReport Read(string yaml) =>
        GovReport.Parse(yaml, "report.yaml", InputFormat.Yaml).Report.ShouldNotBeNull(yaml);

    /// <summary>The edited text, checked to read back to exactly the report it was given.</summary>
    private static string Edit(string original, AnnualReport report)
    {
        var edited = YamlValueEdit.Apply(original, GovReport.ToInputYaml(report, comments: false)).ShouldNotBeNull();
        GovReport.ToInputYaml(Read(edited), comments: false).ShouldBe(GovReport.ToInputYaml(report, comments: false));
        return edited;
    }

    private static string[] ChangedLines(string before, string after) =>
        [.. after.Split('\n').Except(before.Split('\n'))];

    [Fact]
    public void Changed_numbers_and_texts_are_written_in_place_and_every_comment_and_line_else_stays()
    {
        var report = Read(Panzhou);
        var changed = report with
        {
            Contact = report.Contact with { Phone = "0858-1234567" },
            Applications = ApplicationStatistics.FromRows(ApplicationStatistics.EnteredRows.ToDictionary(
                row => row,
                row => row == ApplicationRow.Granted
                    ? ApplicantCounts.FromValues([13, 0, 1, 0, 0, 0])
                    : report.Applications[row])),
        };

        var edited = Edit(Panzhou, changed);

        ChangedLines(Panzhou, edited).ShouldBe(["  phone: 0858-1234567", "  granted: [13, 0, 1, 0, 0, 0]"]);
        edited.Split('\n').Length.ShouldBe(Panzhou.Split('\n').Length);
        edited.ShouldStartWith("# 盘州市人民政府2024年政府信息公开工作年度报告（转录自已发布的报告，正文为原文）\n# 已发布的原文表三第二行");
    }

    [Fact]
    public void A_comment_after_a_changed_value_stays_on_its_line()
    {
        var original = Panzhou.Replace("  phone: 0858—3636249\n", "  phone: 0858—3636249  # 联系人请勿改动\n", StringComparison.Ordinal);
        var report = Read(original);

        var edited = Edit(original, report with { Contact = report.Contact with { Phone = "0858-7654321" } });

        ChangedLines(original, edited).ShouldBe(["  phone: 0858-7654321  # 联系人请勿改动"]);
    }

    [Fact]
    public void A_list_where_there_was_none_and_a_text_of_several_lines_are_indented_as_the_file_is()
    {
        var original = "# 本局年报\nagency: 某某县某某局\nyear: 2024\nproblems:\n    # 四个空格缩进\n    issues: null\n    measures: null\n";
        var report = Read(original);

        var edited = Edit(original, report with
        {
            Problems = report.Problems with { Issues = ["问题一", "问题二"] },
            Overview = report.Overview with { Introduction = "第一段。\n第二段。" },
        });

        edited.ShouldContain("# 本局年报\n");
        edited.ShouldContain("    # 四个空格缩进\n    issues:\n      - 问题一\n      - 问题二\n    measures: []\n");
    }

    [Fact]
    public void A_key_the_file_lacks_is_written_in_after_the_key_before_it()
    {
        var original = "agency: 某某县某某局  # 全称\nyear: 2024\ncontact:\n    phone: 123\n";
        var report = Read(original);

        var edited = Edit(original, report with
        {
            Kind = AgencyKind.Township,
            Contact = report.Contact with { Address = "某某路1号" },
        });

        edited.ShouldStartWith("agency: 某某县某某局  # 全称\nyear: 2024\nagencyKind: township\ncontact:\n    address: 某某路1号\n    phone: \"123\"\n");
    }

    [Fact]
    public void A_key_missing_from_a_bracketed_mapping_is_not_written_in()
    {
        var original = "agency: 某某县某某局\nyear: 2024\ncontact: {phone: '123'}\n";
        var report = Read(original);

        YamlValueEdit.Apply(original, GovReport.ToInputYaml(report with { Contact = report.Contact with { Address = "某某路1号" } }, comments: false))
            .ShouldBeNull();
    }

    [Fact]
    public void The_comments_of_a_file_are_named_as_written()
    {
        YamlValueEdit.Comments("# 一\na: 1  # 二\n").ShouldBe(["一", "二"], ignoreOrder: true);
    }
}
