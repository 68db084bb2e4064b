using System.Diagnostics;
using System.Text;
using GovReportDocs.Files;
using GovReportDocs.Model;
using GovReportDocs.Narrative;
using GovReportDocs.Reading;
using GovReportDocs.Tests.Support;

namespace GovReportDocs.Tests.Hardening;

/// <summary>
/// Issue 22: the shapes of the second hardening round, varied at random (seeded, so a failure reproduces): PDF
/// object graphs and inflate ratios, nested inline markup, symbolic links and pipes in a folder, template expansion.
/// Whatever the shape: a result or a Chinese refusal, never another exception or a dead process, within a generous
/// 30 s on a shared machine (the inputs are kept small: the bound is what is proved, not the speed).
/// </summary>
public class HostileShapesFuzzTests
{
    private static readonly TimeSpan PerFile = TimeSpan.FromSeconds(30);

    private static void ReadOrRefused(Func<PublishedReport> read, string what)
    {
        var watch = Stopwatch.StartNew();
        var outcome = Record.Exception(() => read());
        watch.Elapsed.ShouldBeLessThan(PerFile, what);
        if (outcome is not null)
        {
            outcome.ShouldBeOfType<ReportReadException>(what + ": " + outcome);
            outcome.Message.ShouldMatch("[\u4e00-\u9fff]", what);
        }
    }

    /// <summary>A PDF of a random graph: chains of objects that are only references, page trees, shared inflating content, nested arrays.</summary>
    private static byte[] RandomPdf(Random random)
    {
        var count = random.Next(6, 40);
        var bodies = new List<object> { "<< /Type /Catalog /Pages 2 0 R >>" };
        string Ref() => $"{random.Next(1, count + 1)} 0 R";
        bodies.Add($"<< /Type /Pages /Kids [{string.Join(" ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Ref()))}] /Count 1 >>");
        while (bodies.Count < count)
        {
            bodies.Add(random.Next(6) switch
            {
                0 => Ref(),
                1 => $"<< /Type /Pages /Kids [{Ref()} {Ref()}] /Count 2 >>",
                2 => $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {(random.Next(2) == 0 ? Ref() : $"[{Ref()} {Ref()}]")} >>",
                3 => ("<< /Filter /FlateDecode >>", MiniPdf.Deflate(Encoding.ASCII.GetBytes(
                    string.Concat(Enumerable.Repeat("0 0 m 100 100 l S\n", random.Next(1, 50_000)))))),
                4 => new string('[', random.Next(1, 400)) + new string(']', random.Next(0, 400)),
                _ => $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {Ref()} /Resources << >> >>",
            });
        }

        return MiniPdf.Build(bodies);
    }

    [Fact]
    public void Random_pdf_object_graphs_and_inflate_ratios_are_read_or_refused()
    {
        var random = new Random(2201);
        for (var i = 0; i < 40; i++)
        {
            var pdf = RandomPdf(random);
            ReadOrRefused(() => TestReader.ReadPdf(pdf, $"graph-{i}.pdf"), $"graph {i}");
        }

        for (var depth = 150; depth <= 250; depth += 25)
        {
            var tree = MiniPdf.DeepPageTree(depth, inObjectStream: depth % 50 == 0);
            ReadOrRefused(() => TestReader.ReadPdf(tree, "deep.pdf"), $"depth {depth}");
        }
    }

    [Fact]
    public void Random_nested_inline_markup_is_read_or_refused()
    {
        string[] tags = ["b", "i", "u", "font", "strong", "em", "span", "a", "s", "small"];
        var random = new Random(2202);
        for (var i = 0; i < 20; i++)
        {
            var html = new StringBuilder("<html><body><h1>某某县某某局2024年政府信息公开工作年度报告</h1>");
            for (var n = random.Next(100, 20_000); n > 0; n--)
            {
                var tag = tags[random.Next(tags.Length)];
                html.Append(random.Next(5) switch
                {
                    0 => $"</{tag}>",
                    1 => "<p>一、总体情况</p>",
                    _ => $"<{tag} class=\"c{random.Next(500)}\">",
                });
            }

            var page = html.Append("</body></html>").ToString();
            ReadOrRefused(() => TestReader.ReadHtml(page, $"markup-{i}.html"), $"markup {i}");
        }
    }

    [Fact]
    public void Folders_of_random_links_pipes_and_devices_are_checked_without_leaving_them_or_looping()
    {
        var random = new Random(2203);
        using var outside = new TempDirectory();
        outside.Write("outside-secret.txt", "某某县某某局2024年政府信息公开工作年度报告");
        File.Copy(RepoPaths.Sample("panzhou-2024.yaml"), outside.File("outside-secret.yaml"));
        for (var round = 0; round < 4; round++)
        {
            using var folder = new TempDirectory();
            File.Copy(RepoPaths.Sample("panzhou-2024.yaml"), folder.File("report.yaml"));
            folder.Write("report.txt", "某某县某某局2024年政府信息公开工作年度报告\n");
            string[] targets = [folder.Path, Path.GetDirectoryName(folder.Path)!, outside.Path, outside.File("outside-secret.txt"),
                outside.File("outside-secret.yaml"), "/dev/zero", "/dev/null", folder.File("missing")];
            for (var n = random.Next(2, 8); n > 0; n--)
            {
                var target = targets[random.Next(targets.Length)];
                var name = folder.File($"link{n}" + (Directory.Exists(target) ? "" : random.Next(2) == 0 ? ".txt" : ".yaml"));
                if (Directory.Exists(target))
                {
                    Directory.CreateSymbolicLink(name, target);
                }
                else
                {
                    File.CreateSymbolicLink(name, target);
                }
            }

            using (var mkfifo = Process.Start("mkfifo", [folder.File("pipe.txt"), folder.File("pipe.yaml")]))
            {
                mkfifo.WaitForExit();
            }

            foreach (var command in new[] { "check", "validate" })
            {
                var watch = Stopwatch.StartNew();
                var result = CliRunner.Run(command, folder.Path);
                watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60), $"{command} round {round}");
                result.ExitCode.ShouldBeOneOf(0, 1, 2);
                (result.Out + result.Error).ShouldNotContain("outside-secret");
                (result.Out + result.Error).ShouldNotContain("Exception");
            }
        }
    }

    [Fact]
    public void Random_template_expansions_finish_with_a_text_or_a_finding()
    {
        var random = new Random(2204);
        for (var i = 0; i < 12; i++)
        {
            var depth = random.Next(1, Limits.MaxTemplateBlockDepth + 1);
            var inside = random.Next(3) switch { 0 => "", 1 => "{{this}}", _ => "{{" + string.Concat(Enumerable.Repeat("../", depth)) + "problems.issuesText}}" };
            var template = string.Concat(Enumerable.Range(0, depth).Select(level => "{{#each " + string.Concat(Enumerable.Repeat("../", level)) + "problems.issues}}"))
                           + inside + string.Concat(Enumerable.Repeat("{{/each}}", depth));
            var issues = random.Next(0, 60);
            var report = AnnualReport.Empty("某某县某某局", 2025) with
            {
                Problems = new ProblemsAndImprovements([.. Enumerable.Range(0, issues).Select(n => $"问题{n}")], ["措施"]),
            };
            var watch = Stopwatch.StartNew();

            var outcome = Record.Exception(() => GovReport.Prepare(report,
                new ReportOptions { Templates = NarrativeTemplates.FromStrings(new Dictionary<string, string> { ["problems"] = template }) }));

            watch.Elapsed.ShouldBeLessThan(PerFile, $"template {i}: depth {depth}, {issues} issues");
            outcome.ShouldBeNull($"template {i}: {outcome}");
        }
    }
}
