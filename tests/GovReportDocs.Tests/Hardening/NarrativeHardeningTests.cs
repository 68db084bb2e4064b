using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;
using GovReportDocs.Diagnostics;
using GovReportDocs.Model;
using GovReportDocs.Narrative;
using GovReportDocs.Pdf;
using GovReportDocs.Pdf.Fonts;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Hardening;

/// <summary>Issue 22: templates and texts that expand without bound, long lists, and a damaged font.</summary>
public class NarrativeHardeningTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private static AnnualReport WithIssues(int count) => AnnualReport.Empty("某某县某某局", 2025) with
    {
        Problems = new ProblemsAndImprovements([.. Enumerable.Range(1, count).Select(i => $"第{i}个问题需要认真研究并加以解决")], ["加强培训"]),
    };

    /// <summary>Eight loops, each over the issues again (<c>../</c> climbs back to the report from the item).</summary>
    private static string NestedLoops(string inside) =>
        string.Concat(Enumerable.Range(0, 8).Select(level => "{{#each " + string.Concat(Enumerable.Repeat("../", level)) + "problems.issues}}"))
        + inside + string.Concat(Enumerable.Repeat("{{/each}}", 8));

    [Fact]
    public void Eight_nested_loops_over_30_issues_are_stopped_with_a_message()
    {
        var templates = NarrativeTemplates.FromStrings(new Dictionary<string, string> { ["problems"] = NestedLoops("x") });
        var watch = Stopwatch.StartNew();

        var document = GovReport.Prepare(WithIssues(30), new ReportOptions { Templates = templates });

        watch.Elapsed.ShouldBeLessThan(Generous);
        var finding = document.Diagnostics.Single(d => d.Message.Contains("展开后的文本过长"));
        finding.Severity.ShouldBe(Severity.Error);
        finding.Source!.File.ShouldBe("problems.hbs");
    }

    [Fact]
    public void Empty_nested_loops_are_stopped_too_each_pass_counting()
    {
        var loops = NestedLoops("");
        var templates = NarrativeTemplates.FromStrings(new Dictionary<string, string> { ["problems"] = loops });
        var watch = Stopwatch.StartNew();

        var document = GovReport.Prepare(WithIssues(30), new ReportOptions { Templates = templates });

        watch.Elapsed.ShouldBeLessThan(Generous);
        document.Diagnostics.ShouldContain(d => d.Rule == RuleIds.Input && d.Severity == Severity.Error && d.Message.Contains("展开后的文本过长"));
    }

    [Fact]
    public void A_long_variable_quoted_thousands_of_times_in_one_text_is_refused_at_its_key()
    {
        var report = WithIssues(3000) with
        {
            Overview = Overview.Default with { OnRequest = string.Concat(Enumerable.Repeat("{{problems.issuesText}}", 4000)) },
        };
        var watch = Stopwatch.StartNew();

        var document = GovReport.Prepare(report);

        watch.Elapsed.ShouldBeLessThan(Generous);
        var finding = document.Diagnostics.Single(d => d.Message.Contains("展开后的文本过长"));
        finding.Severity.ShouldBe(Severity.Error);
        finding.Field.ShouldBe("overview.onRequest");
        document.CanRender.ShouldBeFalse();
    }

    [Fact]
    public void The_templates_as_shipped_still_expand_a_report_with_many_issues()
    {
        var document = GovReport.Prepare(WithIssues(2000));

        document.Diagnostics.ShouldNotContain(d => d.Message.Contains("展开后的文本过长"));
    }

    [Fact]
    public void Validation_time_grows_linearly_with_the_number_of_issues()
    {
        using var folder = new TempDirectory();
        var input = folder.Write("many.yaml", GovReport.ToInputYaml(WithIssues(40_000)));
        var watch = Stopwatch.StartNew();

        var validate = CliRunner.Run("validate", input);

        watch.Elapsed.ShouldBeLessThan(Generous);
        validate.ExitCode.ShouldBeOneOf(0, 1);
    }

    /// <summary>A font file that names itself 仿宋_GB2312 but holds nothing else a face needs.</summary>
    private static byte[] DamagedFangSong()
    {
        var family = Encoding.BigEndianUnicode.GetBytes("仿宋_GB2312");
        var name = new byte[6 + 12 + family.Length];
        BinaryPrimitives.WriteUInt16BigEndian(name.AsSpan(2), 1);
        BinaryPrimitives.WriteUInt16BigEndian(name.AsSpan(4), 18);
        BinaryPrimitives.WriteUInt16BigEndian(name.AsSpan(6), 3);
        BinaryPrimitives.WriteUInt16BigEndian(name.AsSpan(8), 1);
        BinaryPrimitives.WriteUInt16BigEndian(name.AsSpan(10), 0x0804);
        BinaryPrimitives.WriteUInt16BigEndian(name.AsSpan(12), 1);
        BinaryPrimitives.WriteUInt16BigEndian(name.AsSpan(14), (ushort)family.Length);
        family.CopyTo(name, 18);
        var glyf = new byte[16];
        var font = new byte[12 + 32 + name.Length + glyf.Length];
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), 2);
        void Table(int at, string tag, int offset, int length)
        {
            Encoding.ASCII.GetBytes(tag).CopyTo(font, at);
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(at + 8), (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(at + 12), (uint)length);
        }

        Table(12, "glyf", 44, glyf.Length);
        Table(28, "name", 44 + glyf.Length, name.Length);
        name.CopyTo(font, 44 + glyf.Length);
        return font;
    }

    [Fact]
    public void A_damaged_font_file_naming_itself_fangsong_is_not_offered()
    {
        using var fonts = new TempDirectory();
        File.WriteAllBytes(fonts.File("fangsong.ttf"), DamagedFangSong());

        var catalog = FontCatalog.Discover([fonts.Path], includeSystemFolders: false);

        catalog.Find("仿宋_GB2312").ShouldBeNull();
        catalog.FindUnusable("仿宋_GB2312")!.UnusableReason!.ShouldStartWith("字体文件已损坏或不完整");
    }

    [Fact]
    [Trait("Requires", "debian")]
    public void A_damaged_font_file_naming_itself_fangsong_is_passed_over_and_the_pdf_made()
    {
        using var fonts = new TempDirectory();
        File.WriteAllBytes(fonts.File("fangsong.ttf"), DamagedFangSong());
        var document = GovReport.Load(RepoPaths.Sample("panzhou-2024.yaml"));
        PdfSamples.Render(Samples.Mengga); // chooses the PDFsharp licence

        var pdf = document.ToPdf(new PdfRenderOptions { FontSources = [fonts.Path] });

        pdf.Bytes.Length.ShouldBeGreaterThan(1000);
        pdf.Substitutions.ShouldContain(s => s.Wanted == "仿宋_GB2312");
    }
}

/// <summary>
/// Issue 22: a cancelled PDF rendering stops before rendering, not after (a report with errors, which rendering would
/// refuse with InvalidOperationException, shows which comes first).
/// </summary>
public class PdfCancellationTests
{
    [Fact]
    public async Task WritePdfAsync_with_a_cancelled_token_does_not_render_a_report_it_could_not_render_anyway()
    {
        var document = GovReport.Prepare(AnnualReport.Empty("", 2025));

        await Should.ThrowAsync<OperationCanceledException>(() => document.WritePdfAsync(Stream.Null, cancellation: new CancellationToken(true)));
    }
}

/// <summary>Issue 22: reading a published PDF stops when the caller (a web request whose client has gone) cancels.</summary>
public class ReadingCancellationTests
{
    /// <summary>A stream that cancels the reading once it has handed over all its bytes: the client leaves as the upload ends.</summary>
    private sealed class LeavesAtTheEnd(byte[] bytes, CancellationTokenSource leaving) : MemoryStream(bytes, writable: false)
    {
        public override int Read(Span<byte> buffer)
        {
            var read = base.Read(buffer);
            if (read == 0)
            {
                leaving.Cancel();
            }

            return read;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await base.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                await leaving.CancelAsync();
            }

            return read;
        }
    }

    [Fact]
    [Trait("Requires", "debian")]
    public async Task A_pdf_whose_reader_is_cancelled_after_the_upload_is_not_read()
    {
        var pdf = PdfSamples.Result("panzhou-2024.yaml").Bytes;
        using var leaving = new CancellationTokenSource();

        await Should.ThrowAsync<OperationCanceledException>(() =>
            GovReport.ReadPublishedAsync(new LeavesAtTheEnd(pdf, leaving), "panzhou.pdf", GovReportDocs.Reading.PublishedFormat.Pdf, leaving.Token));
    }
}
