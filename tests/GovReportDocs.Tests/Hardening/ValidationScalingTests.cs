using GovReportDocs.Input;
using GovReportDocs.Model;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Hardening;

/// <summary>
/// Issue 22: validation grew with the square of <c>problems.issues</c>. Its work is counted here, not timed: the bytes
/// a parse and check allocate on this thread (the same input allocates the same bytes on every run). Four times the
/// issues must cost about four times the bytes; a quadratic step would cost sixteen. The speed itself is
/// <c>ManyIssuesBenchmark</c>'s.
/// </summary>
public class ValidationScalingTests
{
    private static string WithIssues(int count)
    {
        var lines = File.ReadAllText(RepoPaths.Sample("panzhou-2024.yaml")).Split('\n').ToList();
        var at = lines.IndexOf("  issues:");
        lines.RemoveRange(at + 1, 3);
        lines.InsertRange(at + 1, Enumerable.Range(0, count).Select(n => "    - 问题" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return string.Join('\n', lines);
    }

    private static (long Bytes, ReportDocument Document) Validate(string text)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var document = GovReport.Parse(text, "issues.yaml", InputFormat.Yaml);
        return (GC.GetAllocatedBytesForCurrentThread() - before, document);
    }

    [Fact]
    public void Checking_four_times_the_issues_takes_about_four_times_the_work()
    {
        Validate(WithIssues(100));   // the first call pays for what is built once (templates, tables)
        var (small, smallDocument) = Validate(WithIssues(10_000));
        var (large, largeDocument) = Validate(WithIssues(40_000));

        smallDocument.Report!.Problems.Issues.Count.ShouldBe(10_000);
        largeDocument.Report!.Problems.Issues.Count.ShouldBe(40_000);
        largeDocument.Errors().ShouldBeEmpty();
        ((double)large / small).ShouldBeLessThan(5.0, $"10,000 issues: {small:#,0} bytes; 40,000: {large:#,0} bytes");
    }

    [Fact]
    public void Issues_that_expand_past_the_limit_stop_with_a_message_naming_it()
    {
        var (bytes, document) = Validate(WithIssues(200_000));

        document.Errors().ShouldContain(d => d.Message.Contains("展开后的文本过长（超过1,000,000个字符"));
        // Stopped at the limit, not after building the whole text: the work stays within what the input itself takes.
        bytes.ShouldBeLessThan(Limits.MaxInputBytes * 60L);
    }
}
