using System.Text;
using GovReportDocs.Diagnostics;
using GovReportDocs.Files;
using GovReportDocs.Input;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Input;

/// <summary>
/// An uploaded input must not make a server read its files: text and streams open nothing unless the caller
/// passes a resolver, and a file's <c>previousYear</c> is opened only inside the input's folder tree.
/// </summary>
public class FileAccessTests
{
    private static readonly string ThisYear = File.ReadAllText(RepoPaths.Sample("panzhou-2024.yaml"));

    /// <summary>A last year whose 结转下年度 (9) disagrees with this year's 上年结转 (4): R6 fires if it is read.</summary>
    private static readonly string LastYear = ThisYear
        .Replace("year: 2024", "year: 2023", StringComparison.Ordinal)
        .Replace("carriedForward: [3, 0, 0, 0, 0, 0]", "carriedForward: [9, 0, 0, 0, 0, 0]", StringComparison.Ordinal);

    private static string Naming(string previousYear) =>
        ThisYear.Replace("previousYear: null", $"previousYear: {previousYear}", StringComparison.Ordinal);

    [Fact]
    public void Parsing_text_that_names_etc_passwd_reads_nothing()
    {
        var document = GovReport.Parse(Naming("/etc/passwd"), "upload.yaml", InputFormat.Yaml);

        document.PreviousYear.ShouldBeNull();
        document.Diagnostics.ShouldAllBe(d => !d.Message.Contains("root:", StringComparison.Ordinal));
        var warning = document.Diagnostics.Single(d => d.Field == "previousYear");
        warning.Rule.ShouldBe(RuleIds.R6);
        warning.Severity.ShouldBe(Severity.Warning);
        warning.Message.ShouldContain("未读取上年报告“/etc/passwd”");
    }

    [Fact]
    public void Parsing_text_or_a_stream_never_opens_a_readable_last_year()
    {
        using var folder = new TempDirectory();
        var last = folder.Write("2023.yaml", LastYear);

        var parsed = GovReport.Parse(Naming(last), "upload.yaml", InputFormat.Yaml);
        var streamed = GovReport.Load(new MemoryStream(Encoding.UTF8.GetBytes(Naming(last))), "upload.yaml", InputFormat.Yaml);

        foreach (var document in new[] { parsed, streamed })
        {
            document.PreviousYear.ShouldBeNull();
            document.Diagnostics.ShouldNotContain(d => d.Rule == RuleIds.R6 && d.Severity == Severity.Error);
        }
    }

    [Fact]
    public void A_caller_that_passes_a_resolver_gets_the_cross_year_check()
    {
        using var folder = new TempDirectory();
        folder.Write("2023.yaml", LastYear);
        var input = folder.Write("2024.yaml", Naming("2023.yaml"));

        var document = GovReport.Parse(File.ReadAllText(input), input, InputFormat.Yaml,
            new ReportOptions { Files = new FolderTreeResolver(folder.Path) });

        document.PreviousYear.ShouldNotBeNull();
        document.Diagnostics.ShouldContain(d => d.Rule == RuleIds.R6 && d.Severity == Severity.Error);
    }

    [Fact]
    public void A_file_names_a_last_year_outside_its_folder_tree_and_nothing_is_read()
    {
        using var folder = new TempDirectory();
        folder.Write("secret.yaml", "db_password: hunter2\n");
        var inputs = Directory.CreateDirectory(Path.Combine(folder.Path, "inputs")).FullName;
        var input = Path.Combine(inputs, "2024.yaml");
        File.WriteAllText(input, Naming("../secret.yaml"));

        var document = GovReport.Load(input);

        document.PreviousYear.ShouldBeNull();
        var error = document.Diagnostics.Single(d => d.Field == "previousYear");
        error.Rule.ShouldBe(RuleIds.Input);
        error.Source!.Line.ShouldBe(97);
        document.Diagnostics.ShouldAllBe(d => !d.Message.Contains("hunter2", StringComparison.Ordinal));
    }
}
