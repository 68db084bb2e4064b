using System.Diagnostics;
using System.Text;
using GovReportDocs.Files;
using GovReportDocs.Reading;
using GovReportDocs.Reading.Sources;
using GovReportDocs.Reading.Sources.Html;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Hardening;

/// <summary>
/// Issue 22: published files built to overflow the stack, inflate without bound or take forever. Each is refused
/// with a Chinese reason, quickly; a bound is proved by a smaller input finishing well under a generous timeout.
/// </summary>
public class ReadingHardeningRoundTwoTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private static ReportReadException Refused(byte[] pdf)
    {
        var watch = Stopwatch.StartNew();
        var e = Should.Throw<ReportReadException>(() => TestReader.ReadPdf(pdf, "hostile.pdf"));
        watch.Elapsed.ShouldBeLessThan(Generous);
        return e;
    }

    [Fact]
    public void An_object_that_refers_to_itself_as_page_content_is_refused_not_a_stack_overflow()
    {
        var pdf = MiniPdf.Build([.. MiniPdf.OnePage("4 0 R"), "4 0 R"]);

        Refused(pdf).Message.ShouldBe("无法读取：PDF文件已损坏：对象引用自身或循环引用");
    }

    [Fact]
    public void A_loop_of_objects_that_are_only_references_is_refused()
    {
        var pdf = MiniPdf.Build([.. MiniPdf.OnePage("4 0 R"), "5 0 R", "6 0 R", "4 0 R"]);

        Refused(pdf).Message.ShouldBe("无法读取：PDF文件已损坏：对象引用自身或循环引用");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_page_tree_50000_levels_deep_is_refused_not_a_stack_overflow(bool inObjectStream)
    {
        var pdf = MiniPdf.DeepPageTree(50_000, inObjectStream);

        Refused(pdf).Message.ShouldBe($"无法读取：PDF页面树嵌套过深（超过{ReadingLimits.MaxNesting}层），文件已损坏或是恶意构造的");
    }

    [Fact]
    public void A_loop_in_the_page_tree_is_refused()
    {
        var pdf = MiniPdf.Build(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"]);

        Refused(pdf).Message.ShouldBe("无法读取：PDF文件已损坏：页面树中有循环");
    }

    [Fact]
    public void An_object_nested_past_the_limit_is_refused()
    {
        var deep = new string('[', 50_000) + new string(']', 50_000);
        var pdf = MiniPdf.Build([.. MiniPdf.OnePage("[]"), deep]);

        Refused(pdf).Message.ShouldStartWith("无法读取：PDF对象嵌套过深");
    }

    [Fact]
    public void Pages_sharing_one_content_stream_count_it_once_each_and_past_the_limit_are_refused()
    {
        const int Pages = 100;
        var content = MiniPdf.Deflate(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("0 0 m 1 1 l S\n", 1024 * 1024 / 14))));
        var stream = Pages + 3;
        var kids = string.Join(" ", Enumerable.Range(3, Pages).Select(n => $"{n} 0 R"));
        List<object> bodies = ["<< /Type /Catalog /Pages 2 0 R >>", $"<< /Type /Pages /Kids [{kids}] /Count {Pages} >>",
            .. Enumerable.Range(0, Pages).Select(_ => $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {stream} 0 R >>"),
            ("<< /Filter /FlateDecode >>", content)];

        Refused(MiniPdf.Build(bodies)).Message.ShouldBe($"无法读取：PDF页面内容过大（解压后超过{ReadingLimits.MaxPdfContentBytes / 1024 / 1024}MB）");
    }

    [Fact]
    public void A_stream_inflating_past_the_limit_is_refused_without_inflating_it_all()
    {
        var bomb = MiniPdf.Deflate(new byte[(int)ReadingLimits.MaxPdfInflatedBytes + (1024 * 1024)]);
        var pdf = MiniPdf.Build([.. MiniPdf.OnePage("[]"), ("<< /Filter /FlateDecode >>", bomb)]);

        Refused(pdf).Message.ShouldBe($"无法读取：PDF解压后过大（超过{ReadingLimits.MaxPdfInflatedBytes / 1024 / 1024}MB）");
    }

    [Fact]
    public void Hostile_pdfs_uploaded_to_check_get_an_answer_and_exit_2_from_the_command_line()
    {
        using var folder = new TempDirectory();
        File.WriteAllBytes(folder.File("self.pdf"), MiniPdf.Build([.. MiniPdf.OnePage("4 0 R"), "4 0 R"]));
        File.WriteAllBytes(folder.File("deep.pdf"), MiniPdf.DeepPageTree(50_000, inObjectStream: false));

        var check = CliRunner.Run("check", folder.Path);

        check.ExitCode.ShouldBe(2);
        check.Out.ShouldContain("对象引用自身或循环引用");
        check.Out.ShouldContain("页面树嵌套过深");
    }

    [Fact]
    public void Markdown_with_a_long_run_of_full_width_spaces_is_read_in_linear_time()
    {
        var markdown = "某某县某某局2024年政府信息公开工作年度报告\n" + new string('\u3000', 200_000) + "\n" + new string('\u3000', 100_000) + "#\n";

        var watch = Stopwatch.StartNew();
        var text = Record.Exception(() => PublishedReportReader.Read(Encoding.UTF8.GetBytes(markdown), "spaces.md", PublishedFormat.Markdown));

        watch.Elapsed.ShouldBeLessThan(Generous);
        if (text is not null)
        {
            text.ShouldBeOfType<ReportReadException>();
        }
    }

    [Fact]
    public void Distinct_formatting_tags_left_open_and_reopened_in_every_paragraph_are_refused_before_parsing()
    {
        var open = string.Concat(Enumerable.Range(0, 190).Select(i => $"<b class=\"c{i}\">"));
        var html = "<html><body><h1>某某县某某局2024年政府信息公开工作年度报告</h1>" + open
                   + string.Concat(Enumerable.Repeat("<p>一、总体情况</p>", 2000)) + "</body></html>";
        var watch = Stopwatch.StartNew();

        var e = Should.Throw<ReportReadException>(() => TestReader.ReadHtml(html, "nested.html"));

        watch.Elapsed.ShouldBeLessThan(Generous);
        e.Message.ShouldStartWith($"无法读取：网页元素过多（超过{ReadingLimits.MaxHtmlElements:#,0}个，其中包括未闭合的格式标记");
    }

    [Fact]
    public void A_table_of_more_rows_than_any_report_is_refused_before_parsing()
    {
        var html = "<html><body><table>" + string.Concat(Enumerable.Repeat("<tr><td>1</td></tr>", ReadingLimits.MaxHtmlElements / 2)) + "</table></body></html>";

        var e = Should.Throw<ReportReadException>(() => PublishedReportReader.Read(Encoding.UTF8.GetBytes(html), "rows.html", PublishedFormat.Html));

        e.Message.ShouldBe($"无法读取：网页元素过多（超过{ReadingLimits.MaxHtmlElements:#,0}个），不是年度报告的网页");
    }

    [Fact]
    public void A_report_page_with_a_bold_tag_left_open_still_reads()
    {
        var page = File.ReadAllText(Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests/GovReportDocs.Tests/Reading/Corpus"), "*.html").Order().First());

        Should.NotThrow(() => HtmlGuard.Check(page.Replace("<body", "<b><font><body", StringComparison.OrdinalIgnoreCase)));
    }
}
