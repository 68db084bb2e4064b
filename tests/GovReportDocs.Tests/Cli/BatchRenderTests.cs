using System.Text.RegularExpressions;
using GovReportDocs.Cli;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Cli;

/// <summary>`render DIR` streams in windows: the outputs, the console and the JSON are those of one worker in input order.</summary>
public partial class BatchRenderTests
{
    /// <summary>More inputs than a window, one with errors, and in the second window a copy of the first input's title.</summary>
    private static TempDirectory Batch(int count)
    {
        var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("in"));
        var sample = File.ReadAllText(RepoPaths.Sample("mengga-2024.yaml"));
        for (var i = 0; i < count; i++)
        {
            var agency = i == RenderCommand.Window + 2 ? "第0号镇人民政府" : $"第{i}号镇人民政府";
            var text = sample.Replace("芒市勐戛镇人民政府", agency, StringComparison.Ordinal);
            if (i == 5)
            {
                text = text.Replace("year: 2024", "year: 1999", StringComparison.Ordinal);
            }

            File.WriteAllText(dir.File($"in/{i:000}.yaml"), text);
        }

        return dir;
    }

    /// <summary>Each file's name and a hash of its bytes, in name order.</summary>
    private static List<string> Files(string directory) =>
        [.. Directory.GetFiles(directory).Order(StringComparer.Ordinal)
            .Select(f => Path.GetFileName(f) + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))];

    private static readonly string[] AllExtensions = [".docx", ".html", ".pdf"];

    [GeneratedRegex(@"用时[0-9.]+秒")]
    private static partial Regex Elapsed();

    [Fact]
    public void One_worker_and_two_give_the_same_files_the_same_lines_and_the_same_json()
    {
        using var dir = Batch(RenderCommand.Window + 6);
        var one = CliRunner.Run("render", dir.File("in"), "-o", dir.File("one"), "--format", "html", "--jobs", "1");
        var two = CliRunner.Run("render", dir.File("in"), "-o", dir.File("two"), "--format", "html", "--jobs", "2");
        var jsonOne = CliRunner.Run("render", dir.File("in"), "-o", dir.File("json1"), "--format", "html", "--jobs", "1", "--json");
        var jsonTwo = CliRunner.Run("render", dir.File("in"), "-o", dir.File("json2"), "--format", "html", "--jobs", "2", "--json");

        one.ExitCode.ShouldBe(2, one.Out + one.Error);
        two.ExitCode.ShouldBe(one.ExitCode);
        Elapsed().Replace(two.Out, "").Replace(dir.File("two"), "OUT", StringComparison.Ordinal)
            .ShouldBe(Elapsed().Replace(one.Out, "").Replace(dir.File("one"), "OUT", StringComparison.Ordinal));
        jsonTwo.Out.Replace(dir.File("json2"), "OUT", StringComparison.Ordinal)
            .ShouldBe(jsonOne.Out.Replace(dir.File("json1"), "OUT", StringComparison.Ordinal));
        var files = Files(dir.File("one"));
        files.Count.ShouldBe(RenderCommand.Window + 6 - 2);
        Files(dir.File("two")).ShouldBe(files);
        Files(dir.File("json2")).ShouldBe(files);
    }

    [Fact]
    public void A_title_claimed_in_the_first_window_is_refused_in_the_second_and_the_lines_keep_input_order()
    {
        using var dir = Batch(RenderCommand.Window + 6);
        var result = CliRunner.Run("render", dir.File("in"), "-o", dir.File("out"), "--format", "docx");

        var first = dir.File("in/000.yaml");
        var copy = dir.File($"in/{RenderCommand.Window + 2:000}.yaml");
        result.Out.ShouldContain($"{copy}：报告标题与 {first} 相同，输出文件会互相覆盖，未生成");
        result.Out.IndexOf($"{dir.File("in/005.yaml")}：有错误，未生成", StringComparison.Ordinal)
            .ShouldBeLessThan(result.Out.IndexOf(copy, StringComparison.Ordinal));
        result.Out.ShouldContain($"生成{RenderCommand.Window + 4}份报告；2份未生成（有错误或标题冲突），0份无法读取或无法写出");
        File.Exists(dir.File("out/第0号镇人民政府2024年政府信息公开工作年度报告.docx")).ShouldBeTrue();
    }

    [Fact]
    [Trait("Requires", "debian")]
    public void All_formats_are_written_alike_by_one_worker_and_by_two()
    {
        using var dir = Batch(3);
        var one = CliRunner.Run("render", dir.File("in"), "-o", dir.File("one"), "--format", "all", "--jobs", "1", "--json");
        var two = CliRunner.Run("render", dir.File("in"), "-o", dir.File("two"), "--format", "all", "--jobs", "2", "--json");

        one.ExitCode.ShouldBe(0, one.Out + one.Error);
        var files = Files(dir.File("one"));
        files.Select(f => f.Split(' ')[0]).ShouldBe(
            from i in Enumerable.Range(0, 3)
            from e in AllExtensions
            select $"第{i}号镇人民政府2024年政府信息公开工作年度报告{e}", ignoreOrder: true);
        Files(dir.File("two")).ShouldBe(files);
        two.Out.Replace(dir.File("two"), "OUT", StringComparison.Ordinal).ShouldBe(one.Out.Replace(dir.File("one"), "OUT", StringComparison.Ordinal));
    }

    [Fact]
    public void Jobs_below_one_is_a_wrong_call()
    {
        using var dir = Batch(1);
        var result = CliRunner.Run("render", dir.File("in"), "-o", dir.File("out"), "--jobs", "0");
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--jobs 应为正整数");
    }
}
