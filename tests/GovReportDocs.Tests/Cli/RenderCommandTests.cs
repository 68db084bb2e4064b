using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Cli;

public class RenderCommandTests
{
    [Fact]
    public void Render_writes_one_docx_per_sample_named_after_its_title()
    {
        using var dir = new TempDirectory();
        var result = CliRunner.Run("render", RepoPaths.Samples, "-o", dir.Path);
        result.ExitCode.ShouldBe(0, result.Out + result.Error);
        Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order().ShouldBe(
        [
            "盘州市人民政府2024年政府信息公开工作年度报告.docx",
            "芒市勐戛镇人民政府2024年政府信息公开工作年度报告.docx",
        ]);
        result.Out.ShouldContain("生成2份报告；0份未生成（有错误或标题冲突），0份无法读取或无法写出");
    }

    [Fact]
    public void Render_refuses_a_report_with_errors_and_writes_nothing_for_it()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("bad.yaml", File.ReadAllText(RepoPaths.Sample("panzhou-2024.yaml"))
            .Replace("  carriedForward: [3, 0, 0, 0, 0, 0]", "  carriedForward: [9, 0, 0, 0, 0, 0]"));
        var output = dir.File("out");
        var result = CliRunner.Run("render", input, RepoPaths.Sample("mengga-2024.yaml"), "-o", output);
        result.ExitCode.ShouldBe(1);
        result.Out.ShouldContain("错误 R2");
        result.Out.ShouldContain($"{input}：有错误，未生成");
        Directory.GetFiles(output).Select(Path.GetFileName).ShouldBe(["芒市勐戛镇人民政府2024年政府信息公开工作年度报告.docx"]);
    }

    [Fact]
    public void Render_of_an_unreadable_input_exits_2()
    {
        using var dir = new TempDirectory();
        var result = CliRunner.Run("render", dir.Write("x.yaml", "agency: [oops"), "-o", dir.File("out"));
        result.ExitCode.ShouldBe(2);
        Directory.Exists(dir.File("out")).ShouldBeFalse();
        CliRunner.Run("render", dir.File("missing.yaml"), "-o", dir.File("out")).ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Render_uses_a_template_directory_and_reports_a_broken_one()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("templates"));
        File.WriteAllText(dir.File("templates/fees.hbs"), "{{nope}}");
        var result = CliRunner.Run("render", RepoPaths.Sample("mengga-2024.yaml"), "-o", dir.File("out"), "--templates", dir.File("templates"));
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain($"{dir.File("templates/fees.hbs")}:1：未知的变量“nope”");
        Directory.Exists(dir.File("out")).ShouldBeFalse();
    }

    [Fact]
    public void Two_inputs_with_the_same_title_do_not_overwrite_each_other()
    {
        using var dir = new TempDirectory();
        var copy = dir.Write("copy.yaml", File.ReadAllText(RepoPaths.Sample("mengga-2024.yaml")));
        var result = CliRunner.Run("render", RepoPaths.Sample("mengga-2024.yaml"), copy, "-o", dir.File("out"));
        result.ExitCode.ShouldBe(2);
        result.Out.ShouldContain($"{copy}：报告标题与 {RepoPaths.Sample("mengga-2024.yaml")} 相同");
        Directory.GetFiles(dir.File("out")).Length.ShouldBe(1);
    }

    [Fact]
    public void Rendering_leaves_no_temporary_file_behind_and_replaces_an_old_output()
    {
        using var dir = new TempDirectory();
        var target = dir.Write("芒市勐戛镇人民政府2024年政府信息公开工作年度报告.docx", "old");
        CliRunner.Run("render", RepoPaths.Sample("mengga-2024.yaml"), "-o", dir.Path).ExitCode.ShouldBe(0);
        Directory.GetFiles(dir.Path).ShouldBe([target]);
        File.ReadAllBytes(target).Length.ShouldBeGreaterThan(1000);
    }
}

public class RenderPdfCommandTests
{
    [Fact]
    [Trait("Requires", "debian")]
    public void Format_all_writes_docx_pdf_and_html_and_reports_font_substitutions()
    {
        using var dir = new TempDirectory();
        var result = CliRunner.Run("render", RepoPaths.Sample("mengga-2024.yaml"), "-o", dir.Path, "--format", "all");
        result.ExitCode.ShouldBe(0, result.Error);
        Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order().ShouldBe(
        [
            "芒市勐戛镇人民政府2024年政府信息公开工作年度报告.docx",
            "芒市勐戛镇人民政府2024年政府信息公开工作年度报告.html",
            "芒市勐戛镇人民政府2024年政府信息公开工作年度报告.pdf",
        ]);
        result.Error.ShouldContain("警告 字体 正文：未找到“仿宋_GB2312”，以“AR PL UMing CN”");
        File.ReadAllBytes(dir.File("芒市勐戛镇人民政府2024年政府信息公开工作年度报告.pdf"))[..5].ShouldBe("%PDF-"u8.ToArray());
    }

    [Fact]
    public void Help_names_the_font_folder_option_and_no_licence_to_choose()
    {
        var help = CliRunner.Run("render", "--help");
        help.ExitCode.ShouldBe(0);
        help.Out.ShouldNotContain("AGPL");
        help.Out.ShouldContain("--font-dir");
    }

    [Fact]
    public void Format_html_writes_the_page_under_the_official_file_name_and_nothing_else()
    {
        using var dir = new TempDirectory();
        var result = CliRunner.Run("render", RepoPaths.Samples, "-o", dir.Path, "--format", "html");
        result.ExitCode.ShouldBe(0, result.Out + result.Error);
        result.Error.ShouldNotContain("字体");
        Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order().ShouldBe(
        [
            "盘州市人民政府2024年政府信息公开工作年度报告.html",
            "芒市勐戛镇人民政府2024年政府信息公开工作年度报告.html",
        ]);
        var page = File.ReadAllText(dir.File("芒市勐戛镇人民政府2024年政府信息公开工作年度报告.html"));
        page.ShouldBe(GovReportDocs.Html.HtmlRenderer.Render(Samples.Mengga));
    }

    [Fact]
    public void An_unknown_format_is_a_wrong_call()
    {
        using var dir = new TempDirectory();
        CliRunner.Run("render", RepoPaths.Sample("mengga-2024.yaml"), "-o", dir.Path, "--format", "odt").ExitCode.ShouldBe(2);
    }
}
